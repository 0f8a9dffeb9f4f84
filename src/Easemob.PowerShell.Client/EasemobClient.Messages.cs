using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>
/// Messages: sending to chatrooms and users. A send is not idempotent: once it may have reached the server it is
/// never sent again, and its failure says the message may have been delivered (<see cref="EasemobApiException.MayExist"/>).
/// A 429 or 403 message_send_error (the message rate) was surely not sent, and is retried.
/// </summary>
public sealed partial class EasemobClient
{
    private const string MayHaveBeenDelivered = "The message may have been delivered nonetheless: its answer was lost. It was not sent again.";

    /// <summary>
    /// <c>POST messages/chatrooms</c> to 1 to 10 chatrooms, or with <paramref name="toUsers"/> the directed form
    /// <c>POST messages/chatrooms/users</c> to 1 to 20 members of one chatroom. Counts one message per chatroom.
    /// </summary>
    public Task<MessageSendResult> SendChatroomMessageAsync(IReadOnlyList<string> chatroomIds, OutgoingMessage message, EmMessagePriority? priority,
        IReadOnlyList<string>? toUsers, CancellationToken cancellationToken)
    {
        RequireCount(chatroomIds, toUsers is null ? EmApiLimits.MaxChatroomsPerMessage : 1, nameof(chatroomIds));
        if (toUsers is not null) RequireCount(toUsers, EmApiLimits.MaxDirectedUsersPerMessage, nameof(toUsers));
        var body = message.ToSendBody(chatroomIds, w =>
        {
            if (priority is { } level) w.WriteString("chatroom_msg_level", level.ToString().ToLowerInvariant());
            if (toUsers is null) return;
            w.WriteStartArray("users");
            foreach (var user in toUsers) w.WriteStringValue(user);
            w.WriteEndArray();
        });
        var path = toUsers is null ? _core.Api.Path("messages", "chatrooms") : _core.Api.Path("messages", "chatrooms", "users");
        return SendMessageAsync(ApiRequest.PostMessage(path.Build(), EmApiFamily.ChatroomMessage, new ArraySegment<byte>(body), chatroomIds.Count),
            StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// <c>POST messages/users</c> to 1 to 600 users; <paramref name="syncDevice"/> copies it to the sender's devices,
    /// <paramref name="onlineOnly"/> (<c>routetype ROUTE_ONLINE</c>) skips users who are offline. One message per user.
    /// </summary>
    public Task<MessageSendResult> SendUserMessageAsync(IReadOnlyList<string> usernames, OutgoingMessage message, bool syncDevice, bool onlineOnly,
        CancellationToken cancellationToken)
    {
        RequireCount(usernames, EmApiLimits.MaxUsersPerMessage, nameof(usernames));
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
            return new MessageSendResult(ids, sentOn);
        }
        catch (EasemobApiException failure) when (failure.MayExist)
        {
            failure.MarkMayExist(MayHaveBeenDelivered);
            throw;
        }
    }

    private static void RequireCount<T>(IReadOnlyList<T> items, int most, string name)
    {
        if (items.Count < 1 || items.Count > most) throw new ArgumentOutOfRangeException(name, items.Count, $"{name} must hold 1 to {most} entries.");
    }
}
