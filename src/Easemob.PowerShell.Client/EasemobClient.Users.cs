using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
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
    /// <summary>
    /// <c>POST users</c> with an array of 1 to <see cref="EmApiLimits.MaxUsersPerRegisterCall"/> users (the batch register). A user the server refuses
    /// (<c>registerUserFailReason</c>) fails alone; the others are registered. One outcome per user, in the order given.
    /// </summary>
    public async Task<IReadOnlyList<ItemOutcome<EmUser>>> CreateUsersAsync(IReadOnlyList<NewUser> users, CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(users, EmApiLimits.MaxUsersPerRegisterCall, "users", nameof(users));
        using var body = SensitiveJsonBody.ForNewUsers(users);
        var request = ApiRequest.Post(_core.Api.Path("users").Build(), EmApiFamily.User, body.Bytes, RequestIdempotency.NonIdempotent);
        return await _core.UncertainWrites.SendAsync(
            ct => SendRegisterAsync(request, users, ct),
            (notBefore, ct) => FindRegisteredUsersAsync(users, notBefore, ct),
            "The users",
            _tracer,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After a batch register whose outcome is unknown: each user is looked up. None found is null (the batch is
    /// sent again); users found were created by it, and those not found are registered now, as a smaller batch.
    /// </summary>
    private async Task<IReadOnlyList<ItemOutcome<EmUser>>?> FindRegisteredUsersAsync(IReadOnlyList<NewUser> users, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(users.Select(u => FindCreatedUserAsync(u.Username, notBefore, cancellationToken))).ConfigureAwait(false);
        if (found.All(user => user is null))
        {
            return null;
        }
        var missing = users.Where((_, i) => found[i] is null).ToList();
        var registered = missing.Count == 0 ? new List<ItemOutcome<EmUser>>() : await CreateUsersAsync(missing, cancellationToken).ConfigureAwait(false);
        var next = 0;
        return found.Select(user => user is not null ? ItemOutcome<EmUser>.Success(user) : registered[next++]).ToArray();
    }

    private async Task<IReadOnlyList<ItemOutcome<EmUser>>> SendRegisterAsync(ApiRequest request, IReadOnlyList<NewUser> users, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(request, EasemobJsonContext.Default.UsersEnvelope, cancellationToken).ConfigureAwait(false);
        // The server answers names in lower case.
        var created = new Dictionary<string, EmUser>(EmApiLimits.UsernameComparer);
        foreach (var entity in answer.Entities ?? new List<UserDto>())
        {
            var user = UserMapper.ToUser(entity);
            created[user.Username] = user;
        }
        var refused = new Dictionary<string, string>(EmApiLimits.UsernameComparer);
        foreach (var failure in answer.Failures ?? new List<RegisterFailureDto>())
        {
            if (failure.Username is not null) refused[failure.Username] = failure.Reason ?? "refused";
        }
        return ItemOutcome<EmUser>.ForEach(users,
            u => created.ContainsKey(u.Username) ? null : RegisterRefusal(request, u.Username, refused.TryGetValue(u.Username, out var reason) ? reason : null),
            u => created[u.Username]);
    }

    /// <summary>
    /// A user the batch register refused. The server gives only a reason; its documented form for a taken name
    /// ("the user3 already exists", matched whole) gets the code the single register answers for it, so scripts match
    /// one error id either way.
    /// </summary>
    private static EasemobApiException RegisterRefusal(ApiRequest request, string username, string? reason)
    {
        var code = string.Equals(reason, $"the {username} already exists", StringComparison.OrdinalIgnoreCase) ? EmErrorCodes.DuplicateUniqueProperty : EmErrorCodes.RegisterUserFailed;
        return new EasemobApiException(400, code, reason ?? "the server reported neither the user nor a reason", request.Method.Method, request.Uri.AbsoluteUri);
    }


    /// <summary><c>GET users/{username}</c>.</summary>
    public Task<EmUser> GetUserAsync(string username, CancellationToken cancellationToken) =>
        SendForUserAsync(ApiRequest.Get(_core.Api.Path("users", username).Build(), EmApiFamily.User), cancellationToken);

    /// <summary><c>DELETE users/{username}</c>; returns the deleted user as the server reports it.</summary>
    public async Task<EmUser> DeleteUserAsync(string username, CancellationToken cancellationToken)
    {
        try
        {
            return await SendForUserAsync(ApiRequest.Delete(_core.Api.Path("users", username).Build(), EmApiFamily.User), cancellationToken).ConfigureAwait(false);
        }
        catch (EasemobApiException e) when (e.EarlierAttemptMayHaveApplied && e.StatusCode == 404)
        {
            // An earlier attempt deleted the user but its answer was lost; only the name is known now.
            return new EmUser { Username = username };
        }
    }

    /// <summary>The user if it exists and was created at or after <paramref name="notBefore"/>, else null.</summary>
    private async Task<EmUser?> FindCreatedUserAsync(string username, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        try
        {
            var user = await GetUserAsync(username, cancellationToken).ConfigureAwait(false);
            return user.Created >= notBefore ? user : null;
        }
        catch (EasemobApiException e) when (e.StatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>The user calls answer with the user as <c>entities[0]</c>.</summary>
    private async Task<EmUser> SendForUserAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(request, EasemobJsonContext.Default.UsersEnvelope, cancellationToken).ConfigureAwait(false);
        return answer.Entities is { Count: > 0 } entities
            ? UserMapper.ToUser(entities[0])
            : throw ApiFailures.InvalidResponse(request, "it has no entities.");
    }
}
