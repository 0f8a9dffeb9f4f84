namespace Easemob.PowerShell.Client;

/// <summary>Which changes a chatroom update applied; null for a property the server did not report.</summary>
public sealed class ChatroomUpdateResult
{
    public ChatroomUpdateResult(bool? name, bool? description, bool? maxUsers)
    {
        Name = name;
        Description = description;
        MaxUsers = maxUsers;
    }

    /// <summary>The server's <c>groupname</c>.</summary>
    public bool? Name { get; }

    public bool? Description { get; }

    public bool? MaxUsers { get; }
}
