using System.Collections.Generic;
using System.Linq;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Mapping;

/// <summary>Wire chatrooms and member entries to model objects. Properties the server did not send stay null.</summary>
internal static class ChatroomMapper
{
    public static IReadOnlyList<EmChatroom> ToChatrooms(List<ChatroomDto>? rooms) =>
        rooms is null ? new EmChatroom[0] : rooms.Select(ToChatroom).ToArray();

    public static EmChatroom ToChatroom(ChatroomDto room) => new()
    {
        Id = room.Id ?? string.Empty,
        Name = room.Name,
        Description = room.Description,
        // The details call names the owner twice; should `owner` be missing, the affiliations still say who it is.
        Owner = room.Owner ?? room.Affiliations?.FirstOrDefault(a => a.Owner is not null)?.Owner,
        MaxUsers = room.MaxUsers,
        MemberCount = room.AffiliationsCount,
        MembersOnly = room.MembersOnly,
        AllowInvites = room.AllowInvites,
        Public = room.Public,
        Created = UnixTime.FromSecondsOrMilliseconds(room.Created),
        Custom = room.Custom,
        Members = room.Affiliations?.Select(UsernameOf).OfType<string>().ToArray(),
        Disabled = room.Disabled,
        MuteAll = room.Mute,
    };

    public static IReadOnlyList<EmChatroomMember> ToMembers(string chatroomId, List<AffiliationDto>? affiliations) =>
        affiliations is null
            ? new EmChatroomMember[0]
            : affiliations
                .Where(a => UsernameOf(a) is not null)
                .Select(a => new EmChatroomMember
                {
                    ChatroomId = chatroomId,
                    Username = a.Owner ?? a.Member!,
                    Role = a.Owner is not null ? EmChatroomRole.Owner : EmChatroomRole.Member,
                })
                .ToArray();

    private static string? UsernameOf(AffiliationDto affiliation) => affiliation.Owner ?? affiliation.Member;
}
