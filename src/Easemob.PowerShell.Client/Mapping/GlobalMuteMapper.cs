using System;
using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Mapping;

internal static class GlobalMuteMapper
{
    /// <summary>One object per server row, not merged (see <see cref="GlobalMuteMerger"/>).</summary>
    public static GlobalMutePage ToPage(GlobalMuteListDto? list)
    {
        var checkedOn = UnixTime.FromSecondsOrMilliseconds(list?.UnixTime);
        IReadOnlyList<EmGlobalMute> rows = list?.Rows?.Select(row => ToGlobalMute(row, row.Username ?? string.Empty, checkedOn)).ToArray()
            ?? new EmGlobalMute[0];
        return new GlobalMutePage(rows, checkedOn);
    }

    /// <summary>The single-user answer, which names the user <c>userid</c>.</summary>
    public static EmGlobalMute ToGlobalMute(GlobalMuteDto user, string requestedUsername) =>
        ToGlobalMute(user, user.UserId ?? user.Username ?? requestedUsername, UnixTime.FromSecondsOrMilliseconds(user.UnixTime));

    private static EmGlobalMute ToGlobalMute(GlobalMuteDto row, string username, DateTimeOffset? checkedOn) => new()
    {
        Username = username,
        Chat = row.Chat,
        GroupChat = row.GroupChat,
        Chatroom = row.Chatroom,
        CheckedOn = checkedOn,
    };
}
