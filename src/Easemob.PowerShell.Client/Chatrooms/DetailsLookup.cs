using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Chatrooms;

/// <summary>
/// Gets the details of up to <see cref="EmApiLimits.MaxChatroomIdsPerDetailsCall"/> chatrooms or groups (one <see cref="RoomScope"/>) in as few calls as possible. The server fails a whole batch with a 404
/// for one unknown id ("do not find this group:XX"): that id is recorded as missing and the rest asked again;
/// when a 404 names no id of the batch, each id is asked on its own.
/// </summary>
internal sealed class DetailsLookup<T>
{

    private readonly ClientCore _core;
    private readonly RoomScope _scope;
    private readonly Func<ApiRequest, CancellationToken, Task<IEnumerable<KeyValuePair<string, T>>>> _fetch;
    private readonly Dictionary<string, T> _found = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EasemobApiException> _missing = new(StringComparer.Ordinal);

    /// <param name="fetch">Sends the request built here and reads each room of the answer with its id.</param>
    public DetailsLookup(ClientCore core, RoomScope scope, Func<ApiRequest, CancellationToken, Task<IEnumerable<KeyValuePair<string, T>>>> fetch)
    {
        _core = core;
        _scope = scope;
        _fetch = fetch;
    }

    public async Task<DetailsResult<T>> LookupAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
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

        return new DetailsResult<T>(
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
        var request = ApiRequest.Get(_core.Api.Path(_scope.Root, string.Join(",", batch)).Build(), _scope.Family);
        foreach (var room in await _fetch(request, cancellationToken).ConfigureAwait(false)) _found[room.Key] = room.Value;
        foreach (var id in batch.Where(id => !_found.ContainsKey(id)))
            RecordMissing(id, new EasemobApiException(404, EmErrorCodes.ServiceResourceNotFound, "do not find this group:" + id, request.Method.Method, request.Uri.AbsoluteUri));
    }

    private void RecordMissing(string id, EasemobApiException notFound)
    {
        notFound.Id = id;
        _missing[id] = notFound;
    }

    private List<string> DistinctValidIds(IReadOnlyList<string> ids)
    {
        BatchGuard.RequireNames(ids, EmApiLimits.MaxChatroomIdsPerDetailsCall, _scope.Noun + " ids", nameof(ids));
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A 404 that means "no such room" (not, say, a wrong org/app, which must fail the call).</summary>
    private static bool IsChatroomNotFound(EasemobApiException e) =>
        e.StatusCode == 404 && e.ErrorCode is EmErrorCodes.ServiceResourceNotFound or EmErrorCodes.ResourceNotFound;
}
