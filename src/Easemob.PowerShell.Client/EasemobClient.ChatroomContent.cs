using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

public sealed partial class EasemobClient
{
    /// <summary><c>GET chatrooms/{id}/announcement</c>.</summary>
    public async Task<EmChatroomAnnouncement> GetChatroomAnnouncementAsync(string id, CancellationToken cancellationToken) =>
        new() { ChatroomId = id, Announcement = await GetAnnouncementAsync(RoomScope.Chatroom, id, cancellationToken).ConfigureAwait(false) };

    /// <summary><c>POST chatrooms/{id}/announcement</c> (at most 512 characters; "" clears it); true when the server reports it done.</summary>
    public Task<bool> SetChatroomAnnouncementAsync(string id, string announcement, CancellationToken cancellationToken) =>
        SetAnnouncementAsync(RoomScope.Chatroom, id, announcement, cancellationToken);

    /// <summary>The announcement text of a chatroom or group; "" when it has none.</summary>
    private async Task<string> GetAnnouncementAsync(RoomScope scope, string id, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path(scope.Root, id, "announcement").Build(), scope.Family);
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeAnnouncementDto, cancellationToken).ConfigureAwait(false);
        return answer.Announcement ?? string.Empty;
    }

    private async Task<bool> SetAnnouncementAsync(RoomScope scope, string id, string announcement, CancellationToken cancellationToken)
    {
        if (announcement is null) throw new ArgumentNullException(nameof(announcement));
        var request = ApiRequest.Post(_core.Api.Path(scope.Root, id, "announcement").Build(), scope.Family,
            Body(new AnnouncementBody { Announcement = announcement }, EasemobJsonContext.Default.AnnouncementBody), RequestIdempotency.Idempotent);
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeResultDto, cancellationToken).ConfigureAwait(false);
        return answer.Result ?? false;
    }

    /// <summary><c>POST metadata/chatroom/{id}</c> (a read): every attribute, or those of <paramref name="keys"/> that exist.</summary>
    public async Task<IReadOnlyList<EmChatroomAttribute>> GetChatroomAttributesAsync(string id, IReadOnlyList<string>? keys, CancellationToken cancellationToken)
    {
        var body = new AttributeKeysBody { Keys = keys is { Count: > 0 } ? keys.ToList() : null };
        var request = ApiRequest.Post(_core.Api.Path("metadata", "chatroom", id).Build(), EmApiFamily.ChatroomAttribute,
            Body(body, EasemobJsonContext.Default.AttributeKeysBody), RequestIdempotency.Read);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeDictionaryStringString, cancellationToken).ConfigureAwait(false);
        return (answer.Data ?? new Dictionary<string, string>())
            .Select(pair => new EmChatroomAttribute { ChatroomId = id, Key = pair.Key, Value = pair.Value })
            .ToArray();
    }

    /// <summary>
    /// <c>PUT metadata/chatroom/{id}/user/{u}</c> (or <c>…/forced</c>, which overwrites other members' keys) for 1 to 10
    /// pairs owned by <paramref name="username"/>. Keys the server refuses are in the outcome, not thrown.
    /// </summary>
    public async Task<ChatroomAttributeOutcome> SetChatroomAttributesAsync(string id, string username, IReadOnlyList<KeyValuePair<string, string>> attributes,
        bool keepAfterLeave, bool force, CancellationToken cancellationToken)
    {
        RequireAttributeBatch(attributes?.Count ?? 0, nameof(attributes));
        var body = new SetAttributesBody { AutoDelete = keepAfterLeave ? "NO_DELETE" : "DELETE" };
        foreach (var pair in attributes!)
        {
            // A key given twice is sent once, with its last value.
            body.MetaData[pair.Key] = pair.Value;
        }
        var request = ApiRequest.Put(AttributeOwnerPath(id, username, force), EmApiFamily.ChatroomAttribute,
            Body(body, EasemobJsonContext.Default.SetAttributesBody));
        return await SendForAttributeOutcomeAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>DELETE metadata/chatroom/{id}/user/{u}</c> (or <c>…/forced</c>, for any member's keys) for 1 to 10 keys.</summary>
    public async Task<ChatroomAttributeOutcome> RemoveChatroomAttributesAsync(string id, string username, IReadOnlyList<string> keys, bool force, CancellationToken cancellationToken)
    {
        RequireAttributeBatch(keys?.Count ?? 0, nameof(keys));
        var body = new AttributeKeysBody { Keys = keys!.Distinct(StringComparer.Ordinal).ToList() };
        var request = ApiRequest.Delete(AttributeOwnerPath(id, username, force), EmApiFamily.ChatroomAttribute,
            Body(body, EasemobJsonContext.Default.AttributeKeysBody));
        return await SendForAttributeOutcomeAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private Uri AttributeOwnerPath(string id, string username, bool force) =>
        force
            ? _core.Api.Path("metadata", "chatroom", id, "user", username, "forced").Build()
            : _core.Api.Path("metadata", "chatroom", id, "user", username).Build();

    private async Task<ChatroomAttributeOutcome> SendForAttributeOutcomeAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var outcome = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeAttributeOutcomeDto, cancellationToken).ConfigureAwait(false);
        var failed = (outcome.ErrorKeys ?? new Dictionary<string, string>()).ToDictionary(
            pair => pair.Key,
            pair => new EasemobApiException(400, AttributeKeyRefusedCode, $"key '{pair.Key}': {pair.Value}", request.Method.Method, request.Uri.AbsoluteUri));
        return new ChatroomAttributeOutcome((IReadOnlyList<string>?)outcome.SuccessKeys ?? Array.Empty<string>(), failed);
    }

    /// <summary>The error code of one key an attribute call refused while answering 200 (the server gives only a reason).</summary>
    public const string AttributeKeyRefusedCode = "attribute_key_refused";

    private static void RequireAttributeBatch(int count, string name)
    {
        if (count < 1 || count > EmApiLimits.MaxAttributesPerCall)
            throw new ArgumentException($"Give 1 to {EmApiLimits.MaxAttributesPerCall} attributes per call.", name);
    }
}
