using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Mapping;

internal static class UserMapper
{
    public static EmUser ToUser(UserDto user) => new()
    {
        Username = user.Username ?? string.Empty,
        Nickname = user.Nickname,
        Activated = user.Activated,
        Created = UnixTime.FromSecondsOrMilliseconds(user.Created),
        Uuid = user.Uuid,
    };
}
