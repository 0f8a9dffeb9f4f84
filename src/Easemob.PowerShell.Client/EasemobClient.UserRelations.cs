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

public sealed partial class EasemobClient
{
    /// <summary><c>GET user/{u}/contacts?limit&amp;cursor&amp;needReturnRemark=true</c>: one page of a user's contacts, with remarks.</summary>
    public async Task<CursorPage<EmUserContact>> ListContactsAsync(string username, int limit, string? cursor, CancellationToken cancellationToken)
    {
        RequireAtLeast(limit, 1, nameof(limit));
        var uri = _core.Api.Path("user", username, "contacts").Query("limit", Math.Min(limit, EmApiLimits.MaxContactsPerPage))
            .Query("cursor", string.IsNullOrEmpty(cursor) ? null : cursor).Query("needReturnRemark", "true").Build();
        var answer = await SendAsync(ApiRequest.Get(uri, EmApiFamily.UserContact), EasemobJsonContext.Default.DataEnvelopeContactListDto, cancellationToken).ConfigureAwait(false);
        var contacts = answer.Data?.Contacts ?? new List<ContactDto>();
        return new CursorPage<EmUserContact>(
            contacts.Where(c => !string.IsNullOrEmpty(c.Username)).Select(c => new EmUserContact(username, c.Username!, c.Remark)).ToArray(),
            answer.Cursor ?? answer.Data?.Cursor);
    }

    /// <summary><c>POST users/{u}/contacts/users/{contact}</c>: makes them contacts (repeating it changes nothing).</summary>
    public Task AddContactAsync(string username, string contact, CancellationToken cancellationToken) =>
        SendAsync(ApiRequest.Post(_core.Api.Path("users", username, "contacts", "users", contact).Build(), EmApiFamily.UserContact, NoBody, RequestIdempotency.Idempotent),
            EasemobJsonContext.Default.UsersEnvelope, cancellationToken);

    /// <summary><c>DELETE users/{u}/contacts/users/{contact}</c>.</summary>
    public Task RemoveContactAsync(string username, string contact, CancellationToken cancellationToken) =>
        SendAsync(ApiRequest.Delete(_core.Api.Path("users", username, "contacts", "users", contact).Build(), EmApiFamily.UserContact),
            EasemobJsonContext.Default.UsersEnvelope, cancellationToken);

    /// <summary><c>PUT user/{u}/contacts/users/{contact}</c> <c>{"remark":…}</c>: the user's remark for a contact.</summary>
    public async Task<EmUserContact> SetContactRemarkAsync(string username, string contact, string remark, CancellationToken cancellationToken)
    {
        var body = Body(new RemarkBody { Remark = remark }, EasemobJsonContext.Default.RemarkBody);
        await SendAsync(ApiRequest.Put(_core.Api.Path("user", username, "contacts", "users", contact).Build(), EmApiFamily.UserContact, body),
            EasemobJsonContext.Default.ValueAnswerDto, cancellationToken).ConfigureAwait(false);
        return new EmUserContact(username, contact, remark);
    }

    /// <summary>
    /// <c>POST users/{u}/contacts/import</c> with 1 to 10 users. Each user's outcome: made a contact, or refused
    /// (unknown user 404, a full contact list 403, or the service's own failure).
    /// </summary>
    public async Task<IReadOnlyList<ItemOutcome<EmUserContact>>> ImportContactsAsync(string username, IReadOnlyList<string> contacts, CancellationToken cancellationToken)
    {
        BatchGuard.RequireNames(contacts, EmApiLimits.MaxContactsPerImport, "user names", nameof(contacts));
        var body = Body(new UsernamesBody { Usernames = contacts }, EasemobJsonContext.Default.UsernamesBody);
        var request = ApiRequest.Post(_core.Api.Path("users", username, "contacts", "import").Build(), EmApiFamily.UserContact, body, RequestIdempotency.Idempotent);
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeContactImportDto, cancellationToken).ConfigureAwait(false);

        HashSet<string> Set(List<string>? names) => new(names ?? new List<string>(), EmApiLimits.UsernameComparer);
        var success = Set(answer.Success);
        var notExist = Set(answer.NotExistFailed);
        var maxLimit = Set(answer.MaxLimitFailed);
        EasemobApiException Refusal(int status, string code, string description) =>
            new(status, code, description, request.Method.Method, request.Uri.AbsoluteUri);
        return ItemOutcome<EmUserContact>.ForEach(contacts,
            c => success.Contains(c) ? null
                : notExist.Contains(c) ? Refusal(404, EmErrorCodes.ServiceResourceNotFound, "the user " + c + " does not exist (NotExistFailed)")
                : maxLimit.Contains(c) ? Refusal(403, EmErrorCodes.ExceedLimit, "the contact list is full (maxLimitFailed)")
                : Refusal(500, EmErrorCodes.InternalServerError, "the service failed to import " + c + " (UnKnowFailed, or not reported)"),
            c => new EmUserContact(username, c, null));
    }

    /// <summary><c>GET users/{u}/blocks/users?pageSize&amp;cursor</c>: one page of a user's block list, newest first.</summary>
    public async Task<CursorPage<EmUserBlockedUser>> ListBlockedUsersAsync(string username, int pageSize, string? cursor, CancellationToken cancellationToken)
    {
        RequireAtLeast(pageSize, 1, nameof(pageSize));
        var uri = _core.Api.Path("users", username, "blocks", "users").Query("pageSize", Math.Min(pageSize, EmApiLimits.MaxBlockedUsersPerPage))
            .Query("cursor", string.IsNullOrEmpty(cursor) ? null : cursor).Build();
        var answer = await SendAsync(ApiRequest.Get(uri, EmApiFamily.UserBlock), EasemobJsonContext.Default.DataEnvelopeListString, cancellationToken).ConfigureAwait(false);
        return new CursorPage<EmUserBlockedUser>((answer.Data ?? new List<string>()).Select(b => new EmUserBlockedUser(username, b)).ToArray(), answer.Cursor);
    }

    /// <summary><c>POST users/{u}/blocks/users</c> <c>{"usernames":[…]}</c>: adds users to the block list; returns those the service reports blocked.</summary>
    public async Task<IReadOnlyList<string>> BlockUsersAsync(string username, IReadOnlyList<string> blocked, CancellationToken cancellationToken)
    {
        if (blocked is null || blocked.Count == 0 || blocked.Count > EmApiLimits.MaxUsersPerBlockCall)
            throw new ArgumentException($"Give 1 to {EmApiLimits.MaxUsersPerBlockCall} users.", nameof(blocked));
        var body = Body(new UsernamesBody { Usernames = blocked }, EasemobJsonContext.Default.UsernamesBody);
        var request = ApiRequest.Post(_core.Api.Path("users", username, "blocks", "users").Build(), EmApiFamily.UserBlock, body, RequestIdempotency.Idempotent);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListString, cancellationToken).ConfigureAwait(false);
        return answer.Data ?? new List<string>();
    }

    /// <summary><c>DELETE users/{u}/blocks/users/{blocked}</c>.</summary>
    public Task UnblockUserAsync(string username, string blocked, CancellationToken cancellationToken) =>
        SendAsync(ApiRequest.Delete(_core.Api.Path("users", username, "blocks", "users", blocked).Build(), EmApiFamily.UserBlock),
            EasemobJsonContext.Default.UsersEnvelope, cancellationToken);
}
