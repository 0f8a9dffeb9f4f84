using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Chatrooms;

/// <summary>
/// Gets the details of up to <see cref="EmApiLimits.MaxChatroomIdsPerDetailsCall"/> chatrooms in as few calls as possible. The server fails a whole batch with a 404
/// for one unknown id ("do not find this group:XX"): that id is recorded as missing and the rest asked again;
/// when a 404 names no id of the batch, each id is asked on its own.
/// </summary>
internal sealed class ChatroomDetailsLookup
{

    private readonly ClientCore _core;
    private readonly RequestTracer _tracer;
    private readonly Dictionary<string, EmChatroom> _found = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EasemobApiException> _missing = new(StringComparer.Ordinal);

    public ChatroomDetailsLookup(ClientCore core, RequestTracer tracer)
    {
        _core = core;
        _tracer = tracer;
    }

    public async Task<ChatroomDetailsResult> LookupAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var wanted = DistinctValidIds(ids);
        var pending = wanted.ToList();
        while (pending.Count > 0)
        {
            try
            {
                await FetchAsync(pending, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (EasemobApiException notFound) when (IsChatroomNotFound(notFound))
            {
                var missingId = pending.Count == 1 ? pending[0] : pending.FirstOrDefault(id => id == VendorMessages.ChatroomNamed(notFound.ErrorDescription));
                if (missingId is null)
                {
                    await FetchOneByOneAsync(pending, cancellationToken).ConfigureAwait(false);
                    break;
                }
                RecordMissing(missingId, notFound);
                pending.Remove(missingId);
            }
        }

        return new ChatroomDetailsResult(
            wanted.Where(_found.ContainsKey).Select(id => _found[id]).ToArray(),
            wanted.Where(_missing.ContainsKey).Select(id => _missing[id]).ToArray());
    }

    private async Task FetchOneByOneAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            try
            {
                await FetchAsync(new[] { id }, cancellationToken).ConfigureAwait(false);
            }
            catch (EasemobApiException notFound) when (IsChatroomNotFound(notFound))
            {
                RecordMissing(id, notFound);
            }
        }
    }

    /// <summary>One call for <paramref name="batch"/>; ids a 200 answer leaves out are missing too.</summary>
    private async Task FetchAsync(IReadOnlyList<string> batch, CancellationToken cancellationToken)
    {
        // One path segment: the commas are escaped as %2C, as the vendor documents.
        var request = ApiRequest.Get(_core.Api.Path("chatrooms", string.Join(",", batch)).Build(), EmApiFamily.ChatroomItem);
        var answer = await _core.SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListChatroomDto, _tracer, cancellationToken).ConfigureAwait(false);
        foreach (var room in ChatroomMapper.ToChatrooms(answer.Data)) _found[room.Id] = room;
        foreach (var id in batch.Where(id => !_found.ContainsKey(id)))
            RecordMissing(id, new EasemobApiException(404, EmErrorCodes.ServiceResourceNotFound, "do not find this group:" + id, request.Method.Method, request.Uri.AbsoluteUri));
    }

    private void RecordMissing(string id, EasemobApiException notFound)
    {
        notFound.Id = id;
        _missing[id] = notFound;
    }

    private static List<string> DistinctValidIds(IReadOnlyList<string> ids)
    {
        BatchGuard.RequireNames(ids, EmApiLimits.MaxChatroomIdsPerDetailsCall, "chatroom ids", nameof(ids));
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A 404 that means "no such chatroom" (not, say, a wrong org/app, which must fail the call).</summary>
    private static bool IsChatroomNotFound(EasemobApiException e) =>
        e.StatusCode == 404 && e.ErrorCode is EmErrorCodes.ServiceResourceNotFound or EmErrorCodes.ResourceNotFound;
}
