using System;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>The fields of a user the service reports as its entity. Immutable: nothing updates them.</summary>
internal sealed class UserEntity
{
    public UserEntity(Guid uuid, string username, string? nickname, long createdMilliseconds)
    {
        Uuid = uuid;
        Username = username;
        Nickname = nickname;
        CreatedMilliseconds = createdMilliseconds;
    }

    public Guid Uuid { get; }

    public string Username { get; }

    public string? Nickname { get; }

    public long CreatedMilliseconds { get; }

    /// <summary>The same as created: no call modifies a user.</summary>
    public long ModifiedMilliseconds => CreatedMilliseconds;
}
