namespace Easemob.PowerShell.Model
{
    /// <summary>The server reports only two roles: admins are listed as members.</summary>
    public enum EmChatroomRole
    {
        Owner,
        Member,
    }
}
