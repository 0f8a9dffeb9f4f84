using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

public sealed partial class EasemobClient
{
    /// <summary><c>GET mutes?pageNum&amp;pageSize</c>: one row per user and scope, not merged.</summary>
    public async Task<GlobalMutePage> ListGlobalMutesAsync(int pageNum, int pageSize, CancellationToken cancellationToken)
    {
        RequireAtLeast(pageNum, 1, nameof(pageNum));
        RequireAtLeast(pageSize, 1, nameof(pageSize));
        var uri = _core.Api.Path("mutes").Query("pageNum", pageNum).Query("pageSize", pageSize).Build();
        var request = ApiRequest.Get(uri, EmApiFamily.GlobalMute);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeGlobalMuteListDto, cancellationToken).ConfigureAwait(false);
        return GlobalMuteMapper.ToPage(answer.Data);
    }

    /// <summary><c>GET mutes/{username}</c>: every scope of one user.</summary>
    public async Task<EmGlobalMute> GetGlobalMuteAsync(string username, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path("mutes", username).Build(), EmApiFamily.GlobalMute);
        var mute = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeGlobalMuteDto, cancellationToken).ConfigureAwait(false);
        return GlobalMuteMapper.ToGlobalMute(mute, username);
    }

    /// <summary>
    /// <c>POST mutes</c>: sets the given scopes to these remaining seconds (0 lifts, -1 permanent); scopes left
    /// null are not sent. Retried like an idempotent call because it sets absolute values.
    /// </summary>
    public async Task SetGlobalMuteAsync(string username, long? chat, long? groupChat, long? chatroom, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(username)) throw new ArgumentException("The user name is required.", nameof(username));
        if (chat is null && groupChat is null && chatroom is null)
            throw new ArgumentException("Give at least one of chat, groupChat and chatroom.");
        var body = new SetGlobalMuteBody { Username = username, Chat = chat, GroupChat = groupChat, Chatroom = chatroom };
        var request = ApiRequest.Post(
            _core.Api.Path("mutes").Build(),
            EmApiFamily.GlobalMute,
            new ArraySegment<byte>(JsonSerializer.SerializeToUtf8Bytes(body, EasemobJsonContext.Default.SetGlobalMuteBody)),
            RequestIdempotency.Idempotent);
        await _core.SendAsync(request, _tracer, cancellationToken).ConfigureAwait(false);
    }
}
