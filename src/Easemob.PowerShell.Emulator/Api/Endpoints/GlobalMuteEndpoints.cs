using System;
using System.Collections.Generic;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>POST /mutes, GET /mutes/{u}, GET /mutes: the app-wide mutes of users, in seconds.</summary>
internal sealed class GlobalMuteEndpoints : IEndpoints
{
    private const int MaxPageSize = EmApiLimits.MaxGlobalMutePageSize;
    private const int DefaultPageSize = 10;

    private readonly EmulatorStore _store;

    public GlobalMuteEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("POST", "mutes", EmApiFamily.GlobalMute, Set),
        new Route("GET", "mutes", EmApiFamily.GlobalMute, List),
        new Route("GET", "mutes/{user}", EmApiFamily.GlobalMute, Get),
    };

    public EmulatorHttpResponse Set(RequestContext context)
    {
        var body = context.Body();
        var username = body.String("username");
        if (string.IsNullOrEmpty(username))
        {
            throw new EmulatorApiException(ApiError.RequiredPropertyNotFound("username must be provided"));
        }

        _store.SetGlobalMute(username!, body.Integer(GlobalMuteScopeNames.Chat), body.Integer(GlobalMuteScopeNames.GroupChat),
            body.Integer(GlobalMuteScopeNames.Chatroom));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("result", "ok");
            w.WriteEndObject();
        });
    }

    /// <summary>One user's mutes; scopes never set read 0, and unixtime is in seconds.</summary>
    public EmulatorHttpResponse Get(RequestContext context)
    {
        var mute = _store.FindGlobalMute(context.Variable("user")) ?? throw new EmulatorApiException(ApiError.MuteUserNotFound(context.Variable("user")));
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("userid", mute.Username);
            w.WriteNumber(GlobalMuteScopeNames.Chat, mute.Chat ?? 0);
            w.WriteNumber(GlobalMuteScopeNames.GroupChat, mute.GroupChat ?? 0);
            w.WriteNumber(GlobalMuteScopeNames.Chatroom, mute.Chatroom ?? 0);
            w.WriteNumber("unixtime", context.Clock.UtcNow.ToUnixTimeSeconds());
            w.WriteEndObject();
        });
    }

    /// <summary>The mute list, paged by rows (one per user and scope); unixtime in seconds, as the vendor's example.</summary>
    public EmulatorHttpResponse List(RequestContext context)
    {
        var pageNumber = context.Query.PagingNumber("pageNum", 1, 1, int.MaxValue, capAtMax: false);
        var pageSize = context.Query.PagingNumber("pageSize", DefaultPageSize, 1, MaxPageSize, capAtMax: false);
        var rows = _store.GlobalMuteRows(Paging.Offset(pageNumber, pageSize), pageSize);
        return context.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var row in rows)
            {
                w.WriteStartObject();
                w.WriteString("username", row.Username);
                w.WriteNumber(GlobalMuteScopeNames.Of(row.Scope), row.Seconds);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("unixtime", context.Clock.UtcNow.ToUnixTimeSeconds());
            w.WriteEndObject();
        });
    }
}
