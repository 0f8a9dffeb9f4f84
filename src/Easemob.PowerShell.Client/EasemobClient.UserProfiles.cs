using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

public sealed partial class EasemobClient
{
    /// <summary><c>GET metadata/user/{username}</c>: every attribute of one user; none for an unknown user.</summary>
    public async Task<EmUserAttribute> GetUserAttributesAsync(string username, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path("metadata", "user", username).Build(), EmApiFamily.UserAttributeRead);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeDictionaryStringString, cancellationToken).ConfigureAwait(false);
        return new EmUserAttribute(username, answer.Data ?? new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// <c>POST metadata/user/get</c>: the given keys of 1 to 100 users. One result per user, in the order given;
    /// a user the answer leaves out (unknown, or without those keys) has none.
    /// </summary>
    public async Task<IReadOnlyList<EmUserAttribute>> GetUserAttributesAsync(IReadOnlyList<string> usernames, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (usernames is null || usernames.Count == 0 || usernames.Count > EmApiLimits.MaxUsersPerAttributeBatch)
            throw new ArgumentException($"Give 1 to {EmApiLimits.MaxUsersPerAttributeBatch} users.", nameof(usernames));
        if (keys is null || keys.Count == 0) throw new ArgumentException("Give at least one attribute name.", nameof(keys));
        var body = Body(new UserAttributeBatchBody { Targets = usernames.ToList(), Properties = keys.ToList() }, EasemobJsonContext.Default.UserAttributeBatchBody);
        var request = ApiRequest.Post(_core.Api.Path("metadata", "user", "get").Build(), EmApiFamily.UserAttributeRead, body, RequestIdempotency.Read);
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeDictionaryStringDictionaryStringString, cancellationToken).ConfigureAwait(false);
        // The service answers names in lower case.
        var byUser = new Dictionary<string, Dictionary<string, string>>(answer.Data ?? new Dictionary<string, Dictionary<string, string>>(), EmApiLimits.UsernameComparer);
        return usernames.Select(u => new EmUserAttribute(u, byUser.TryGetValue(u, out var attributes) && attributes is not null
            ? attributes
            : new Dictionary<string, string>(StringComparer.Ordinal))).ToArray();
    }

    /// <summary>
    /// <c>PUT metadata/user/{username}</c> with the attributes as an <c>application/x-www-form-urlencoded</c> body, as
    /// the vendor requires. Returns what the service reports as set.
    /// </summary>
    public async Task<EmUserAttribute> SetUserAttributesAsync(string username, IReadOnlyDictionary<string, string> attributes, CancellationToken cancellationToken)
    {
        if (attributes is null || attributes.Count == 0) throw new ArgumentException("Give at least one attribute.", nameof(attributes));
        var form = string.Join("&", attributes.Select(a => Uri.EscapeDataString(a.Key) + "=" + Uri.EscapeDataString(a.Value)));
        var request = ApiRequest.PutForm(_core.Api.Path("metadata", "user", username).Build(), EmApiFamily.UserAttributeWrite, new ArraySegment<byte>(Encoding.UTF8.GetBytes(form)));
        var answer = await SendAsync(request, EasemobJsonContext.Default.DataEnvelopeDictionaryStringString, cancellationToken).ConfigureAwait(false);
        return new EmUserAttribute(username, answer.Data ?? attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));
    }

    /// <summary><c>DELETE metadata/user/{username}</c>: every attribute of the user (also a success when there were none).</summary>
    public async Task RemoveUserAttributesAsync(string username, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Delete(_core.Api.Path("metadata", "user", username).Build(), EmApiFamily.UserAttributeWrite);
        var answer = await SendAsync(request, EasemobJsonContext.Default.ValueAnswerDto, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(answer.Data, "true", StringComparison.OrdinalIgnoreCase))
            throw ApiFailures.InvalidResponse(request, "the service reports the attributes were not deleted (data: " + (answer.Data ?? "none") + ").");
    }

    /// <summary><c>GET metadata/user/capacity</c>: the size of every user attribute of the app, in bytes.</summary>
    public async Task<EmUserAttributeUsage> GetUserAttributeUsageAsync(CancellationToken cancellationToken)
    {
        var request = ApiRequest.Get(_core.Api.Path("metadata", "user", "capacity").Build(), EmApiFamily.UserAttributeRead);
        var answer = await SendAsync(request, EasemobJsonContext.Default.ValueAnswerDto, cancellationToken).ConfigureAwait(false);
        return long.TryParse(answer.Data, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            ? new EmUserAttributeUsage(OrgName + "#" + AppName, bytes)
            : throw ApiFailures.InvalidResponse(request, "data is not a number of bytes.");
    }
}
