using System.Collections.Generic;
using System.Text.Json.Serialization;
using Easemob.PowerShell.Client.Json.Wire;

namespace Easemob.PowerShell.Client.Json;

/// <summary>
/// Source-generated (reflection-free, fast) metadata for every wire type. The lenient converters apply to every
/// property of their type, so each documented quirk is handled once for all calls; unknown fields are ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = new[]
    {
        typeof(LenientStringConverter),
        typeof(LenientInt32Converter),
        typeof(LenientInt64Converter),
        typeof(LenientBooleanConverter),
        typeof(OneOrManyConverter<ChatroomDto>),
        typeof(OneOrManyConverter<AffiliationDto>),
        typeof(OneOrManyConverter<GlobalMuteDto>),
        typeof(OneOrManyConverter<UserDto>),
        typeof(OneOrManyConverter<ChatroomUserOutcomeDto>),
        typeof(OneOrManyConverter<UserDeviceDto>),
        typeof(OneOrManyConverter<RegisterFailureDto>),
        typeof(OneOrManyConverter<Dictionary<string, string>>),
        typeof(OneOrManyConverter<RecallResultDto>),
        typeof(OneOrManyConverter<HistoryUrlDto>),
        typeof(OneOrManyConverter<GroupDto>),
        typeof(OneOrManyConverter<GroupFileDto>),
        typeof(OneOrManyConverter<MemberMetadataEntry>),
    })]
[JsonSerializable(typeof(DataEnvelope<List<ChatroomDto>>))]
[JsonSerializable(typeof(DataEnvelope<List<AffiliationDto>>))]
[JsonSerializable(typeof(DataEnvelope<ChatroomCreatedDto>))]
[JsonSerializable(typeof(DataEnvelope<ChatroomUpdatedDto>))]
[JsonSerializable(typeof(DataEnvelope<ChatroomOwnerTransferredDto>))]
[JsonSerializable(typeof(DataEnvelope<ChatroomDeletedDto>))]
[JsonSerializable(typeof(DataEnvelope<GlobalMuteListDto>))]
[JsonSerializable(typeof(DataEnvelope<GlobalMuteDto>))]
[JsonSerializable(typeof(UsersEnvelope))]
[JsonSerializable(typeof(DataEnvelope<ResultDto>))]
[JsonSerializable(typeof(DataEnvelope<List<UserDeviceDto>>))]
[JsonSerializable(typeof(DataEnvelope<List<Dictionary<string, string>>>))]
[JsonSerializable(typeof(DataEnvelope<Dictionary<string, string>>))]
[JsonSerializable(typeof(DataEnvelope<AnnouncementDto>))]
[JsonSerializable(typeof(DataEnvelope<AttributeOutcomeDto>))]
[JsonSerializable(typeof(AnnouncementBody))]
[JsonSerializable(typeof(AttributeKeysBody))]
[JsonSerializable(typeof(SetAttributesBody))]
[JsonSerializable(typeof(UsernamesBody))]
[JsonSerializable(typeof(TokenResponseDto))]
[JsonSerializable(typeof(UserTokenResponseDto))]
[JsonSerializable(typeof(DataEnvelope<Dictionary<string, Dictionary<string, string>>>))]
[JsonSerializable(typeof(UserAttributeBatchBody))]
[JsonSerializable(typeof(ValueAnswerDto))]
[JsonSerializable(typeof(DataEnvelope<ContactListDto>))]
[JsonSerializable(typeof(DataEnvelope<ContactImportDto>))]
[JsonSerializable(typeof(RemarkBody))]
[JsonSerializable(typeof(ErrorResponseDto))]
[JsonSerializable(typeof(CreateChatroomBody))]
[JsonSerializable(typeof(UpdateChatroomBody))]
[JsonSerializable(typeof(TransferChatroomOwnerBody))]
[JsonSerializable(typeof(SetGlobalMuteBody))]
[JsonSerializable(typeof(DataEnvelope<ChatroomMembersAddedDto>))]
[JsonSerializable(typeof(DataEnvelope<List<ChatroomUserOutcomeDto>>))]
[JsonSerializable(typeof(DataEnvelope<List<string>>))]
[JsonSerializable(typeof(DataEnvelope<ChatroomRoleChangeDto>))]
[JsonSerializable(typeof(DataEnvelope<ChatroomMuteAllDto>))]
[JsonSerializable(typeof(ChatroomMuteBody))]
[JsonSerializable(typeof(ChatroomNewAdminBody))]
[JsonSerializable(typeof(ChatroomSuperAdminBody))]
[JsonSerializable(typeof(MessageSentEnvelope))]
[JsonSerializable(typeof(RecallBody))]
[JsonSerializable(typeof(BatchRecallBody))]
[JsonSerializable(typeof(DataEnvelope<BroadcastDto>))]
[JsonSerializable(typeof(DataEnvelope<List<HistoryUrlDto>>))]
[JsonSerializable(typeof(DataEnvelope<List<RecallResultDto>>))]
[JsonSerializable(typeof(DataEnvelope<List<GroupDto>>))]
[JsonSerializable(typeof(GroupsEnvelope))]
[JsonSerializable(typeof(DataEnvelope<GroupCreatedDto>))]
[JsonSerializable(typeof(DataEnvelope<GroupDisabledDto>))]
[JsonSerializable(typeof(DataEnvelope<Dictionary<string, bool>>))]
[JsonSerializable(typeof(DataEnvelope<List<GroupFileDto>>))]
[JsonSerializable(typeof(DataEnvelope<GroupFileDeletedDto>))]
[JsonSerializable(typeof(DataEnvelope<MemberMetadataBatchDto>))]
[JsonSerializable(typeof(DataEnvelope<Dictionary<string, Dictionary<string, string>>>))]
[JsonSerializable(typeof(BooleanEnvelope))]
[JsonSerializable(typeof(CreateGroupBody))]
[JsonSerializable(typeof(UpdateGroupBody))]
[JsonSerializable(typeof(MemberMetadataBody))]
[JsonSerializable(typeof(MemberMetadataEntry[]))]
[JsonSerializable(typeof(MemberMetadataQueryBody))]
internal sealed partial class EasemobJsonContext : JsonSerializerContext
{
}
