namespace Easemob.PowerShell.Model;

/// <summary>A group member's role. The member list says only owner or member; admins come from the admin list.</summary>
public enum EmGroupRole
{
    Owner,
    Member,
    Admin,
}
