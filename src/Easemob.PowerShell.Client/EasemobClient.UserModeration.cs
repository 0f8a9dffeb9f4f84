using System;
using System.Collections.Generic;
using System.Linq;
using System.Security;
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
    /// <summary><c>GET users?limit&amp;cursor</c>: up to <see cref="EmApiLimits.MaxUsersPerListPage"/> users in registration order.</summary>
    /// <param name="cursor">Null for the first page, else the previous page's <see cref="CursorPage{T}.Cursor"/>.</param>
    public async Task<CursorPage<EmUser>> ListUsersAsync(int limit, string? cursor, CancellationToken cancellationToken)
    {
        RequireAtLeast(limit, 1, nameof(limit));
        var uri = _core.Api.Path("users").Query("limit", Math.Min(limit, EmApiLimits.MaxUsersPerListPage)).Query("cursor", string.IsNullOrEmpty(cursor) ? null : cursor).Build();
        var answer = await SendAsync(ApiRequest.Get(uri, EmApiFamily.User), EasemobJsonContext.Default.UsersEnvelope, cancellationToken).ConfigureAwait(false);
        return new CursorPage<EmUser>(answer.Entities?.Select(UserMapper.ToUser).ToArray() ?? Array.Empty<EmUser>(), answer.Cursor);
    }

    /// <summary><c>POST users/{u}/deactivate</c> (ban: the server also logs the user out); returns the user, not activated.</summary>
    public Task<EmUser> DeactivateUserAsync(string username, CancellationToken cancellationToken) =>
        SendForUserAsync(ApiRequest.Post(_core.Api.Path("users", username, "deactivate").Build(), EmApiFamily.User, NoBody, RequestIdempotency.Idempotent), cancellationToken);

    /// <summary><c>POST users/{u}/activate</c> (lifts a ban); the answer carries no user.</summary>
    public Task ActivateUserAsync(string username, CancellationToken cancellationToken) =>
        SendAsync(ApiRequest.Post(_core.Api.Path("users", username, "activate").Build(), EmApiFamily.User, NoBody, RequestIdempotency.Idempotent),
            EasemobJsonContext.Default.UsersEnvelope, cancellationToken);

    /// <summary>
    /// Force logout: <c>GET users/{u}/disconnect</c> from every device, or <c>DELETE users/{u}/disconnect/{resource}</c>
    /// from one; true when the server reports it done.
    /// </summary>
    public async Task<bool> DisconnectUserAsync(string username, string? resource, CancellationToken cancellationToken)
    {
        var request = resource is null
            ? ApiRequest.Get(_core.Api.Path("users", username, "disconnect").Build(), EmApiFamily.User, RequestIdempotency.Idempotent)
            : ApiRequest.Delete(_core.Api.Path("users", username, "disconnect", resource).Build(), EmApiFamily.User);
        var answer = await SendForDataAsync(request, EasemobJsonContext.Default.DataEnvelopeResultDto, cancellationToken).ConfigureAwait(false);
        return answer.Result ?? false;
    }

    /// <summary><c>GET users/{u}/resources</c>: the devices the user is logged in on.</summary>
    public async Task<IReadOnlyList<EmUserDevice>> ListUserDevicesAsync(string username, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path("users", username, "resources").Build(), EmApiFamily.User);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListUserDeviceDto, cancellationToken).ConfigureAwait(false);
        return (answer.Data ?? new List<UserDeviceDto>())
            .Select(d => new EmUserDevice { Username = username, Resource = d.Resource ?? string.Empty, DeviceUuid = d.DeviceUuid, DeviceName = d.DeviceName })
            .ToArray();
    }

    /// <summary>
    /// <c>POST users/batch/status</c> for 1 to <see cref="EmApiLimits.MaxUsersPerStatusCall"/> users, in the order asked. The server does not check names: an
    /// unknown user is offline, so every user's outcome is a success.
    /// </summary>
    public async Task<IReadOnlyList<ItemOutcome<EmUserStatus>>> GetUserStatusesAsync(IReadOnlyList<string> usernames, CancellationToken cancellationToken)
    {
        BatchGuard.RequireCount(usernames, EmApiLimits.MaxUsersPerStatusCall, "user names", nameof(usernames));
        var body = new UsernamesBody { Usernames = usernames };
        var request = ApiRequest.Post(_core.Api.Path("users", "batch", "status").Build(), EmApiFamily.User,
            Body(body, EasemobJsonContext.Default.UsernamesBody), RequestIdempotency.Read);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeListDictionaryStringString, cancellationToken).ConfigureAwait(false);
        // One object per user; user names come back lower case, so match the ones asked without case.
        var online = new Dictionary<string, bool>(EmApiLimits.UsernameComparer);
        foreach (var entry in answer.Data ?? new List<Dictionary<string, string>>())
        {
            foreach (var pair in entry)
            {
                online[pair.Key] = string.Equals(pair.Value, "online", StringComparison.OrdinalIgnoreCase);
            }
        }
        return ItemOutcome<EmUserStatus>.ForEach(usernames, _ => null, u => new EmUserStatus { Username = u, Online = online.TryGetValue(u, out var isOnline) && isOnline });
    }

    /// <summary><c>PUT users/{u}/password</c>. The password is read from the SecureString only to write the request body.</summary>
    public async Task SetUserPasswordAsync(string username, SecureString password, CancellationToken cancellationToken)
    {
        if (password is null || password.Length == 0) throw new ArgumentException("The password is required.", nameof(password));
        using var body = SensitiveJsonBody.ForNewPassword(password);
        var request = ApiRequest.Put(_core.Api.Path("users", username, "password").Build(), EmApiFamily.User, body.Bytes);
        try
        {
            await SendAsync(request, EasemobJsonContext.Default.UsersEnvelope, cancellationToken).ConfigureAwait(false);
        }
        catch (EasemobApiException notFound) when (notFound.StatusCode == 404 && notFound.ErrorCode == EmErrorCodes.EntityNotFound)
        {
            // The service answers "User null not found" whoever is missing: name the user asked for.
            throw ApiFailures.WithDescription(notFound, $"User {username} not found");
        }
    }
}
