namespace Easemob.PowerShell.Emulator.Api
{
    /// <summary>The service's documented chatroom limits.</summary>
    internal static class ChatroomLimits
    {
        public const int MaxNameLength = 128;
        public const int MaxDescriptionLength = 512;
        public const int MaxMaxUsers = 10000;
        public const int DefaultMaxUsers = 1000;
        public const int MaxCustomBytes = 8192;
        public const int MaxAdmins = Model.EmApiLimits.MaxChatroomAdmins;
    }
}
