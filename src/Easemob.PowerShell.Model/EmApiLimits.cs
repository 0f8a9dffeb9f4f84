using System;

namespace Easemob.PowerShell.Model
{
    /// <summary>The vendor's documented per-app-key rate limits, shared by the client's governor and the emulator.</summary>
    public static class EmApiLimits
    {
        public static int DocumentedCallsPerSecond(EmApiFamily family)
        {
            switch (family)
            {
                case EmApiFamily.Token: return 300;
                case EmApiFamily.ChatroomCollection: return 50;
                case EmApiFamily.ChatroomItem: return 100;
                case EmApiFamily.GlobalMute: return 100;
                // Not documented for users; the vendor's default for other calls is 100/s.
                case EmApiFamily.User: return 100;
                default: throw new ArgumentOutOfRangeException(nameof(family), family, null);
            }
        }

        /// <summary>Most ids one chatroom-details call accepts.</summary>
        public const int MaxChatroomIdsPerDetailsCall = 100;
    }
}
