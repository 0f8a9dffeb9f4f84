namespace Easemob.PowerShell.Model;

/// <summary>One contact (friend) of a user, with the remark the user gave it.</summary>
public sealed class EmUserContact
{
    public EmUserContact(string username, string contact, string? remark)
    {
        Username = username;
        Contact = contact;
        Remark = remark;
    }

    /// <summary>The user whose contact list it is.</summary>
    public string Username { get; }

    public string Contact { get; }

    public string? Remark { get; }

    public override string ToString() => Username + " -> " + Contact;
}

/// <summary>One user on a user's block list.</summary>
public sealed class EmUserBlockedUser
{
    public EmUserBlockedUser(string username, string blockedUser)
    {
        Username = username;
        BlockedUser = blockedUser;
    }

    /// <summary>The user whose block list it is.</summary>
    public string Username { get; }

    public string BlockedUser { get; }

    public override string ToString() => Username + " blocks " + BlockedUser;
}
