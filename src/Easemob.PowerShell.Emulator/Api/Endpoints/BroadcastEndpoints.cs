using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// POST messages/chatrooms/broadcast, messages/broadcast (every user) and messages/users/broadcast (online users):
/// the documented checks, each kind's quota per window (429) and per UTC day (403 forbidden_op), and each feature's
/// switch. A broadcast answers its id.
/// </summary>
internal sealed class BroadcastEndpoints : IEndpoints
{
    private readonly EmulatorStore _store;
    private readonly bool _chatroomsOpen;
    private readonly bool _usersOpen;
    private readonly int? _dailyQuota;
    private readonly SlidingWindowRateLimiter _windows;

    public BroadcastEndpoints(EmulatorStore store, EmulatorOptions options)
    {
        _store = store;
        _chatroomsOpen = !options.DisabledFeatures.Contains(EmulatorFeature.ChatroomBroadcast);
        _usersOpen = !options.DisabledFeatures.Contains(EmulatorFeature.Broadcast);
        _dailyQuota = options.DailyBroadcastQuota;
        var clock = options.Clock;
        _windows = SlidingWindowRateLimiter.ForBroadcasts(() => clock.Elapsed);
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("POST", "messages/chatrooms/broadcast", EmApiFamily.ChatroomBroadcast,
            c => Broadcast(c, EmApiFamily.ChatroomBroadcast, _chatroomsOpen, "chatrooms", "chatroom broadcast limit exceeded")),
        new Route("POST", "messages/broadcast", EmApiFamily.UserBroadcast,
            c => Broadcast(c, EmApiFamily.UserBroadcast, _usersOpen, "users", "broadcast message limit exceeded")),
        new Route("POST", "messages/users/broadcast", EmApiFamily.OnlineUserBroadcast,
            c => Broadcast(c, EmApiFamily.OnlineUserBroadcast, _usersOpen, "online users", "online user broadcast limit exceeded")),
    };

    private EmulatorHttpResponse Broadcast(RequestContext context, EmApiFamily family, bool open, string target, string dayLimit)
    {
        if (!open)
        {
            throw new EmulatorApiException(ApiError.ServiceUnopened("message broadcast"));
        }

        var (from, type, body, ext) = Read(context.Body(), family == EmApiFamily.UserBroadcast);
        if (!_windows.TryAcquire(family, out _))
        {
            throw new EmulatorApiException(ApiError.ReachLimit());
        }

        var broadcast = _store.Broadcast(family, _dailyQuota ?? EmApiLimits.DocumentedBroadcastQuota(family)!.Value.PerDay, dayLimit, target, from, type, body, ext);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            // A number, as the vendor's example has it.
            w.WriteNumber("id", long.Parse(broadcast.Id, System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndObject();
        });
    }

    /// <summary>The broadcast's fields: from (admin when absent; the all-users call requires it), msg with its type, ext.</summary>
    private static (string From, string Type, string Body, string? Ext) Read(RequestBody body, bool allUsers)
    {
        string? from, targetType;
        JsonElement? msg, ext;
        try
        {
            from = body.String("from");
            targetType = body.String("target_type");
            msg = body.Object("msg");
        }
        catch (EmulatorApiException)
        {
            throw new EmulatorApiException(ApiError.InvalidRequestBody());
        }

        try
        {
            ext = body.Object("ext");
        }
        catch (EmulatorApiException)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("ext must be JSONObject"));
        }

        if (from != null && from.Length == 0 || allUsers && from == null)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("from can't be empty"));
        }

        if (allUsers && targetType == null)
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("target_type must be provided"));
        }

        if (allUsers && targetType != "users")
        {
            throw new EmulatorApiException(ApiError.IllegalArgument("target_type can only be 'users'"));
        }

        var type = msg != null && msg.Value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (string.IsNullOrEmpty(type))
        {
            throw new EmulatorApiException(ApiError.InvalidRequestBody());
        }

        var content = Encoding.UTF8.GetString(JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            foreach (var property in msg!.Value.EnumerateObject().Where(p => p.Name != "type"))
            {
                property.WriteTo(w);
            }

            w.WriteEndObject();
        }));
        return (from ?? "admin", type!, content, ext?.GetRawText());
    }
}
