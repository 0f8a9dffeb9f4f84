using System;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

public sealed partial class EasemobClient
{
    /// <summary>
    /// <c>POST users</c>. The password is read from the SecureString only to write the request body. A create whose
    /// outcome is unknown is resolved by getting the user: one created since the first attempt is this create's.
    /// </summary>
    public async Task<EmUser> CreateUserAsync(string username, SecureString password, string? nickname, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(username)) throw new ArgumentException("The user name is required.", nameof(username));
        if (password is null || password.Length == 0) throw new ArgumentException("The password is required.", nameof(password));
        using var body = SensitiveJsonBody.ForNewUser(username, password, nickname);
        var request = ApiRequest.Post(_core.Api.Path("users").Build(), EmApiFamily.User, body.Bytes, RequestIdempotency.NonIdempotent);
        return await _core.UncertainWrites.SendAsync(
            ct => SendForUserAsync(request, ct),
            (notBefore, ct) => FindCreatedUserAsync(username, notBefore, ct),
            "The user",
            _tracer,
            cancellationToken).ConfigureAwait(false);
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
