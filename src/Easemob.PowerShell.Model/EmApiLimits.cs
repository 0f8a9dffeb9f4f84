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

        /// <summary>
        /// Most users one per-user chatroom batch takes (add/remove members, mute/unmute, allowlist, blocklist):
        /// 60 in every version of the pages. The newest pages allow 100 for adding and muting only, so 60 is what
        /// works everywhere and what the client sends.
        /// </summary>
        public const int MaxUsersPerChatroomBatch = 60;

        /// <summary>Most users the newest pages accept in one add-members or mute call (the server's own limit there).</summary>
        public const int MaxUsersPerChatroomAddOrMuteCall = 100;

        /// <summary>Most admins a chatroom has: the owner plus the admins are at most 100.</summary>
        public const int MaxChatroomAdmins = 99;
    }
}
