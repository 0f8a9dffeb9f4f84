using System;
using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// What the chatroom cmdlet bases say differently for groups: the noun in confirmations and messages and the
    /// check of an id. The chatroom and group APIs mirror each other, so the group cmdlets reuse the chatroom
    /// bases with this as their parameter.
    /// </summary>
    internal sealed class RoomKind
    {
        public static readonly RoomKind Chatroom = new RoomKind("chatroom", "InvalidChatroomId", InputChecks.ChatroomId);
        public static readonly RoomKind Group = new RoomKind("group", "InvalidGroupId", InputChecks.GroupId);

        private RoomKind(string noun, string invalidIdErrorId, Func<string?, ErrorRecord?> checkId)
        {
            Noun = noun;
            InvalidIdErrorId = invalidIdErrorId;
            CheckId = checkId;
        }

        /// <summary>"chatroom" or "group".</summary>
        public string Noun { get; }

        /// <summary>The error id of an id that cannot be sent.</summary>
        public string InvalidIdErrorId { get; }

        /// <summary>The error for an id that cannot be sent, or null.</summary>
        public Func<string?, ErrorRecord?> CheckId { get; }
    }
}
