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

    /// <summary><c>POST chatrooms/{id}/announcement</c> (at most <see cref="EmApiLimits.MaxAnnouncementLength"/> characters; "" clears it); true when the server reports it done.</summary>
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
    /// <c>PUT metadata/chatroom/{id}/user/{u}</c> (or <c>…/forced</c>, which overwrites other members' keys) for 1 to <see cref="EmApiLimits.MaxAttributesPerCall"/>
    /// pairs owned by <paramref name="username"/>: one outcome per pair, a key the server refuses being that pair's error.
    /// </summary>
    public async Task<IReadOnlyList<ItemOutcome<EmChatroomAttribute>>> SetChatroomAttributesAsync(string id, string username, IReadOnlyList<KeyValuePair<string, string>> attributes,
        bool keepAfterLeave, bool force, CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(attributes, EmApiLimits.MaxAttributesPerCall, "attributes", nameof(attributes));
        var body = new SetAttributesBody { AutoDelete = keepAfterLeave ? "NO_DELETE" : "DELETE" };
        foreach (var pair in attributes!)
        {
            // A key given twice is sent once, with its last value.
            body.MetaData[pair.Key] = pair.Value;
        }
        var request = ApiRequest.Put(AttributeOwnerPath(id, username, force), EmApiFamily.ChatroomAttribute,
            Body(body, EasemobJsonContext.Default.SetAttributesBody));
        var refused = await SendForRefusedKeysAsync(request, cancellationToken).ConfigureAwait(false);
        return ItemOutcome<EmChatroomAttribute>.ForEach(attributes, pair => refused.TryGetValue(pair.Key, out var error) ? error : null,
            pair => new EmChatroomAttribute { ChatroomId = id, Key = pair.Key, Value = pair.Value });
    }

    /// <summary>
    /// <c>DELETE metadata/chatroom/{id}/user/{u}</c> (or <c>…/forced</c>, for any member's keys) for 1 to <see cref="EmApiLimits.MaxAttributesPerCall"/> keys: one
    /// outcome per key (the removed attribute, with an empty value), a key the server refuses being that key's error.
    /// </summary>
    public async Task<IReadOnlyList<ItemOutcome<EmChatroomAttribute>>> RemoveChatroomAttributesAsync(string id, string username, IReadOnlyList<string> keys, bool force, CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(keys, EmApiLimits.MaxAttributesPerCall, "attribute keys", nameof(keys));
        var body = new AttributeKeysBody { Keys = keys!.Distinct(StringComparer.Ordinal).ToList() };
        var request = ApiRequest.Delete(AttributeOwnerPath(id, username, force), EmApiFamily.ChatroomAttribute,
            Body(body, EasemobJsonContext.Default.AttributeKeysBody));
        Dictionary<string, EasemobApiException> refused;
        try
        {
            refused = await SendForRefusedKeysAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (EasemobApiException uncertain) when (uncertain.MayHaveApplied)
        {
            // Retries are spent and the last attempt may have applied: the keys still set failed, the others are gone.
            refused = body.Keys.ToDictionary(key => key, _ => uncertain);
        }
        if (refused.Count > 0 && (request.AnsweredAfterUncertainAttempt || refused.Values.Any(e => e.MayHaveApplied)))
        {
            // A key refused after an attempt that may have removed it: gone from the chatroom is the removal's success.
            foreach (var key in await KeysGoneAsync(id, refused.Keys.ToList(), cancellationToken).ConfigureAwait(false)) refused.Remove(key);
        }
        return ItemOutcome<EmChatroomAttribute>.ForEach(keys, key => refused.TryGetValue(key, out var error) ? error : null,
            key => new EmChatroomAttribute { ChatroomId = id, Key = key, Value = string.Empty });
    }

    /// <summary>Which of <paramref name="keys"/> the chatroom no longer holds; none when the lookup fails (the refusals stand).</summary>
    private async Task<IEnumerable<string>> KeysGoneAsync(string id, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        try
        {
            var left = (await GetChatroomAttributesAsync(id, keys, cancellationToken).ConfigureAwait(false)).Select(a => a.Key);
            return keys.Except(left, StringComparer.Ordinal).ToArray();
        }
        catch (EasemobApiException)
        {
            return Array.Empty<string>();
        }
    }

    private Uri AttributeOwnerPath(string id, string username, bool force) =>
        force
            ? _core.Api.Path("metadata", "chatroom", id, "user", username, "forced").Build()
            : _core.Api.Path("metadata", "chatroom", id, "user", username).Build();

    /// <summary>Sends an attribute set or delete; the server answers 200 even when some keys failed: those, each with its own error.</summary>
    private async Task<Dictionary<string, EasemobApiException>> SendForRefusedKeysAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var outcome = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeAttributeOutcomeDto, cancellationToken).ConfigureAwait(false);
        return (outcome.ErrorKeys ?? new Dictionary<string, string>()).ToDictionary(
            pair => pair.Key,
            pair => new EasemobApiException(400, AttributeKeyRefusedCode, $"key '{pair.Key}': {pair.Value}", request.Method.Method, request.Uri.AbsoluteUri));
    }

    /// <summary>The error code of one key an attribute call refused while answering 200 (the server gives only a reason).</summary>
    public const string AttributeKeyRefusedCode = "attribute_key_refused";

}
