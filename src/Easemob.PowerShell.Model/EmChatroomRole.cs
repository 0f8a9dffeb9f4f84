namespace Easemob.PowerShell.Model;

/// <summary>A chatroom member's role. The member list says only owner or member; admins come from the admin list.</summary>
public enum EmChatroomRole
{
    Owner,
    Member,
    Admin,
}
