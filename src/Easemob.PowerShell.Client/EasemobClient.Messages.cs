using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// Messages: sending to chatrooms and users, recalling and modifying sent messages, exporting history. A send is not idempotent: once it may have reached the server it is
/// never sent again, and its failure says the message may have been delivered (<see cref="EasemobApiException.MayExist"/>).
/// A 429 or 403 message_send_error (the message rate) was surely not sent, and is retried.
/// </summary>
public sealed partial class EasemobClient
{
    private const string MayHaveBeenDelivered = "The message may have been delivered nonetheless: its answer was lost. It was not sent again.";

    /// <summary>
    /// <c>POST messages/chatrooms</c> to 1 to <see cref="EmApiLimits.MaxChatroomsPerMessage"/> chatrooms, or with <paramref name="toUsers"/> the directed form
    /// <c>POST messages/chatrooms/users</c> to 1 to <see cref="EmApiLimits.MaxDirectedUsersPerMessage"/> members of one chatroom. Counts one message per chatroom.
    /// </summary>
    public Task<MessageSendResult> SendChatroomMessageAsync(IReadOnlyList<string> chatroomIds, OutgoingMessage message, EmMessagePriority? priority,
        IReadOnlyList<string>? toUsers, CancellationToken cancellationToken) =>
        SendRoomMessageAsync("chatrooms", EmApiFamily.ChatroomMessage, EmApiLimits.MaxChatroomsPerMessage, chatroomIds, message, toUsers,
            w => { if (priority is { } level) w.WriteString("chatroom_msg_level", level.ToString().ToLowerInvariant()); }, cancellationToken);

    /// <summary>
    /// <c>POST messages/chatgroups</c> to 1 to <see cref="EmApiLimits.MaxGroupsPerMessage"/> groups, or with <paramref name="toUsers"/> the directed form
    /// <c>POST messages/chatgroups/users</c> to 1 to <see cref="EmApiLimits.MaxDirectedUsersPerMessage"/> members of one group. Counts one message per group.
    /// </summary>
    public Task<MessageSendResult> SendGroupMessageAsync(IReadOnlyList<string> groupIds, OutgoingMessage message, IReadOnlyList<string>? toUsers,
        CancellationToken cancellationToken) =>
        SendRoomMessageAsync("chatgroups", EmApiFamily.GroupMessage, EmApiLimits.MaxGroupsPerMessage, groupIds, message, toUsers, null, cancellationToken);

    /// <summary>A send to rooms of one kind (<paramref name="collection"/>: chatrooms or chatgroups), or its directed form to some members of one room.</summary>
    private Task<MessageSendResult> SendRoomMessageAsync(string collection, EmApiFamily family, int maxRooms, IReadOnlyList<string> roomIds, OutgoingMessage message,
        IReadOnlyList<string>? toUsers, Action<System.Text.Json.Utf8JsonWriter>? writeOptions, CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(roomIds, toUsers is null ? maxRooms : 1, "rooms", nameof(roomIds));
        if (toUsers is not null) BatchGuard.RequireCount(toUsers, EmApiLimits.MaxDirectedUsersPerMessage, "members", nameof(toUsers));
        var body = message.ToSendBody(roomIds, w =>
        {
            writeOptions?.Invoke(w);
            if (toUsers is null) return;
            w.WriteStartArray("users");
            foreach (var user in toUsers) w.WriteStringValue(user);
            w.WriteEndArray();
        });
        var path = toUsers is null ? _core.Api.Path("messages", collection) : _core.Api.Path("messages", collection, "users");
        return SendMessageAsync(ApiRequest.PostMessage(path.Build(), family, new ArraySegment<byte>(body), roomIds.Count),
            StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// <c>POST messages/users</c> to 1 to 600 users; <paramref name="syncDevice"/> copies it to the sender's devices,
    /// <paramref name="onlineOnly"/> (<c>routetype ROUTE_ONLINE</c>) skips users who are offline. One message per user.
    /// </summary>
    public Task<MessageSendResult> SendUserMessageAsync(IReadOnlyList<string> usernames, OutgoingMessage message, bool syncDevice, bool onlineOnly,
        CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(usernames, EmApiLimits.MaxUsersPerMessage, "user names", nameof(usernames));
        var body = message.ToSendBody(usernames, w =>
        {
            if (syncDevice) w.WriteBoolean("sync_device", true);
            if (onlineOnly) w.WriteString("routetype", "ROUTE_ONLINE");
        });
        return SendMessageAsync(ApiRequest.PostMessage(_core.Api.Path("messages", "users").Build(), EmApiFamily.UserMessage, new ArraySegment<byte>(body), usernames.Count),
            EmApiLimits.UsernameComparer, cancellationToken);
    }

    private async Task<MessageSendResult> SendMessageAsync(ApiRequest request, StringComparer targets, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await SendAsync(request, EasemobJsonContext.Default.MessageSentEnvelope, cancellationToken).ConfigureAwait(false);
            var ids = (answer.Data ?? throw ApiFailures.InvalidResponse(request, "it has no data."))
                .Where(entry => !string.IsNullOrEmpty(entry.Value))
                .GroupBy(entry => entry.Key, targets)
                .ToDictionary(group => group.Key, group => group.First().Value, targets);
            var sentOn = UnixTime.FromSecondsOrMilliseconds(answer.Timestamp) ?? DateTimeOffset.UtcNow;
            return new MessageSendResult(ids, sentOn, target =>
            {
                var unreported = ApiFailures.InvalidResponse(request, $"it reports no message id for '{target}'.");
                unreported.MarkMayExist(MayHaveBeenDelivered);
                return unreported;
            });
        }
        catch (EasemobApiException failure) when (failure.MayExist)
        {
            failure.MarkMayExist(MayHaveBeenDelivered);
            throw;
        }
    }

    /// <summary>
    /// <c>POST messages/chatrooms/broadcast</c>: one message into every active chatroom. Sent once, never retried
    /// (10 a minute, 100 a day); returns the broadcast id.
    /// </summary>
    public Task<string> SendChatroomBroadcastAsync(OutgoingMessage message, EmMessagePriority? priority, CancellationToken cancellationToken) =>
        SendBroadcastAsync(_core.Api.Path("messages", "chatrooms", "broadcast"), EmApiFamily.ChatroomBroadcast, message.ToBroadcastBody(w =>
        {
            if (priority is { } level) w.WriteString("chatroom_msg_level", level.ToString().ToLowerInvariant());
        }), cancellationToken);

    /// <summary>
    /// <c>POST messages/broadcast</c> to every user (one per 30 minutes, 3 a day), or <c>POST messages/users/broadcast</c>
    /// to every online user (one a minute, 50 a day). Sent once, never retried; returns the broadcast id.
    /// </summary>
    public Task<string> SendUserBroadcastAsync(OutgoingMessage message, bool onlineOnly, CancellationToken cancellationToken) =>
        onlineOnly
            ? SendBroadcastAsync(_core.Api.Path("messages", "users", "broadcast"), EmApiFamily.OnlineUserBroadcast, message.ToBroadcastBody(null), cancellationToken)
            : SendBroadcastAsync(_core.Api.Path("messages", "broadcast"), EmApiFamily.UserBroadcast,
                message.ToBroadcastBody(w => w.WriteString("target_type", "users")), cancellationToken);

    private async Task<string> SendBroadcastAsync(ApiUriBuilder path, EmApiFamily family, byte[] body, CancellationToken cancellationToken)
    {
        var request = ApiRequest.PostBroadcast(path.Build(), family, new ArraySegment<byte>(body));
        try
        {
            var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeBroadcastDto, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(answer.Id) ? throw ApiFailures.InvalidResponse(request, "it has no broadcast id.") : answer.Id!;
        }
        catch (EasemobApiException failure) when (failure.MayExist)
        {
            failure.MarkMayExist("The broadcast may have been sent nonetheless: its answer was lost. It was not sent again.");
            throw;
        }
    }

    /// <summary>
    /// <c>POST messages/batch_recall</c>, 1 to 30 messages; answers one error per message, null for each recalled.
    /// A message the batch did not recall is recalled alone, so its own answer (window passed, not found, feature
    /// not enabled) is its error; where the batch call is not offered (404), every message is recalled alone.
    /// </summary>
    public async Task<IReadOnlyList<EasemobApiException?>> RecallMessagesAsync(IReadOnlyList<MessageRecall> messages, CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(messages, EmApiLimits.MaxMessagesPerRecall, "messages", nameof(messages));
        var request = ApiRequest.Post(_core.Api.Path("messages", "batch_recall").Build(), EmApiFamily.MessageChange,
            Body(new BatchRecallBody { Messages = messages.Select(ToRecallBody).ToList() }, EasemobJsonContext.Default.BatchRecallBody), RequestIdempotency.Idempotent);
        HashSet<string> recalled;
        try
        {
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListRecallResultDto, cancellationToken).ConfigureAwait(false);
            recalled = new HashSet<string>((answer.Data ?? new List<RecallResultDto>()).Where(IsRecalled).Select(r => r.MessageId!), StringComparer.Ordinal);
        }
        catch (EasemobApiException notOffered) when (notOffered.StatusCode == 404 && notOffered.ErrorCode == EmErrorCodes.ServiceResourceNotFound)
        {
            recalled = new HashSet<string>(StringComparer.Ordinal);
        }

        var errors = new EasemobApiException?[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            if (recalled.Contains(messages[i].MessageId)) continue;
            // After a batch attempt that may have been carried out, "not found" can be that attempt's recall.
            errors[i] = await RecallAloneAsync(messages[i], request.AnsweredAfterUncertainAttempt, cancellationToken).ConfigureAwait(false);
        }
        return errors;
    }

    /// <summary>
    /// <c>PUT messages/rewrite/{id}</c>: replaces a sent text or custom message's body; its ext is merged into the
    /// old one unless <paramref name="replaceExtension"/>. The message's From is the user the change is made as.
    /// </summary>
    public async Task ModifyMessageAsync(string messageId, OutgoingMessage message, bool replaceExtension, CancellationToken cancellationToken)
    {
        if (!message.IsModifiable) throw new ArgumentException("Only text and custom messages can be modified.", nameof(message));
        var request = ApiRequest.Put(_core.Api.Path("messages", "rewrite", messageId).Build(), EmApiFamily.MessageChange, new ArraySegment<byte>(message.ToRewriteBody(replaceExtension)));
        await _core.SendAsync(request, _tracer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>GET chatmessages/{yyyyMMddHH}</c>: the signed URL of one UTC hour's history file; null when the hour has no
    /// messages (404 storage_object_not_found).
    /// </summary>
    public async Task<HistoryFileUrl?> GetHistoryFileUrlAsync(DateTimeOffset hour, CancellationToken cancellationToken)
    {
        var time = hour.UtcDateTime.ToString(EmApiLimits.HistoryHourFormat, System.Globalization.CultureInfo.InvariantCulture);
        var request = ApiRequest.Get(_core.Api.Path("chatmessages", time).Build(), EmApiFamily.HistoryExport);
        List<HistoryUrlDto> files;
        try
        {
            files = (await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListHistoryUrlDto, cancellationToken).ConfigureAwait(false)).Data ?? new List<HistoryUrlDto>();
        }
        catch (EasemobApiException none) when (none.StatusCode == 404 && none.ErrorCode == EmErrorCodes.StorageObjectNotFound)
        {
            return null;
        }
        var url = files.Select(f => f.Url).FirstOrDefault(u => !string.IsNullOrEmpty(u));
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var signed) || (signed.Scheme != Uri.UriSchemeHttps && signed.Scheme != Uri.UriSchemeHttp))
            throw ApiFailures.InvalidResponse(request, "it has no absolute download URL.");
        return new HistoryFileUrl(signed, ExpiresOf(signed));
    }

    /// <summary>
    /// Downloads a history file from its signed URL with a plain GET: no app token and no base address (the URL is the
    /// object store's, signed on its own). Returns the file as served.
    /// </summary>
    public Task<byte[]> DownloadHistoryFileAsync(HistoryFileUrl file, CancellationToken cancellationToken) =>
        _core.SendWithoutTokenAsync(ApiRequest.Download(file.Url), _tracer, cancellationToken);

    /// <summary>The signed URL's Expires query parameter (Unix seconds), if it has one.</summary>
    private static DateTimeOffset? ExpiresOf(Uri url)
    {
        foreach (var pair in url.Query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && string.Equals(pair.Substring(0, equals), "Expires", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(pair.Substring(equals + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        return null;
    }

    /// <summary><c>POST messages/msg_recall</c> for one message: null when recalled, else its error.</summary>
    private async Task<EasemobApiException?> RecallAloneAsync(MessageRecall message, bool mayBeRecalledAlready, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Post(_core.Api.Path("messages", "msg_recall").Build(), EmApiFamily.MessageChange,
            Body(ToRecallBody(message), EasemobJsonContext.Default.RecallBody), RequestIdempotency.Idempotent);
        try
        {
            var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListRecallResultDto, cancellationToken).ConfigureAwait(false);
            return answer.Data?.Any(IsRecalled) == true
                ? null
                : ApiFailures.InvalidResponse(request, $"it does not say that message {message.MessageId} was recalled.");
        }
        catch (EasemobApiException failure) when (IsRecallNotFound(failure))
        {
            return mayBeRecalledAlready || failure.EarlierAttemptMayHaveApplied ? null : failure;
        }
        catch (EasemobApiException failure)
        {
            return failure;
        }
    }

    /// <summary>The recall's "can't find the message": a 400 message_recall_error (the other 400s are empty parameters, never sent).</summary>
    public static bool IsRecallNotFound(EasemobApiException failure) => failure.StatusCode == 400 && failure.ErrorCode == EmErrorCodes.MessageRecallError;

    /// <summary>The recall's "exceed recall time limit": a 403 message_recall_error.</summary>
    public static bool IsRecallWindowPassed(EasemobApiException failure) => failure.StatusCode == 403 && failure.ErrorCode == EmErrorCodes.MessageRecallError;

    private static bool IsRecalled(RecallResultDto result) =>
        !string.IsNullOrEmpty(result.MessageId) && string.Equals(result.Recalled, "yes", StringComparison.OrdinalIgnoreCase);

    private static RecallBody ToRecallBody(MessageRecall message) => new()
    {
        MessageId = message.MessageId,
        To = message.To,
        ChatType = message.ChatType.ToString().ToLowerInvariant(),
        From = message.From,
        Force = message.Force,
    };
}
