using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>
/// User attributes (/metadata/user): get one user's, the batch get, set (a form body), delete, and the app's
/// total size. Unknown users have no attributes: their answer is {}.
/// </summary>
internal sealed class UserProfileEndpoints : IEndpoints
{
    private readonly EmulatorStore _store;

    public UserProfileEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public IEnumerable<Route> Routes => new[]
    {
        new Route("POST", "metadata/user/get", EmApiFamily.UserAttributeRead, GetMany),
        new Route("GET", "metadata/user/capacity", EmApiFamily.UserAttributeRead, Capacity),
        new Route("GET", "metadata/user/{user}", EmApiFamily.UserAttributeRead, Get),
        new Route("PUT", "metadata/user/{user}", EmApiFamily.UserAttributeWrite, Set),
        new Route("DELETE", "metadata/user/{user}", EmApiFamily.UserAttributeWrite, Remove),
    };

    /// <summary>GET /metadata/user/{user}.</summary>
    private EmulatorHttpResponse Get(RequestContext context) =>
        Answer(context, w => WriteAttributes(w, _store.UserAttributes(context.Variable("user"))));

    /// <summary>POST /metadata/user/get {targets, properties}: only the users that have some of the keys.</summary>
    private EmulatorHttpResponse GetMany(RequestContext context)
    {
        var body = context.Body();
        var targets = body.StringArray("targets") ?? throw new EmulatorApiException(ApiError.UserMetadata(400, "targets must be provided"));
        var properties = body.StringArray("properties") ?? throw new EmulatorApiException(ApiError.UserMetadata(400, "properties must be provided"));
        if (targets.Count > EmApiLimits.MaxUsersPerAttributeBatch)
        {
            throw new EmulatorApiException(ApiError.UserMetadata(400, $"exceed allowed batch size {EmApiLimits.MaxUsersPerAttributeBatch}"));
        }

        var found = _store.UserAttributes(targets, new HashSet<string>(properties, StringComparer.Ordinal));
        return Answer(context, w =>
        {
            w.WriteStartObject();
            foreach (var (user, attributes) in found)
            {
                w.WritePropertyName(user);
                WriteAttributes(w, attributes);
            }

            w.WriteEndObject();
        });
    }

    /// <summary>PUT /metadata/user/{user} with key=value&amp;… (x-www-form-urlencoded): answers the pairs set.</summary>
    private EmulatorHttpResponse Set(RequestContext context)
    {
        var pairs = Form(context.Request.Body);
        _store.SetUserAttributes(context.Variable("user"), pairs);
        return Answer(context, w => WriteAttributes(w, pairs));
    }

    /// <summary>DELETE /metadata/user/{user}: true, also when there was nothing to delete.</summary>
    private EmulatorHttpResponse Remove(RequestContext context)
    {
        _store.RemoveUserAttributes(context.Variable("user"));
        return Answer(context, w => w.WriteBooleanValue(true));
    }

    /// <summary>GET /metadata/user/capacity: bytes.</summary>
    private EmulatorHttpResponse Capacity(RequestContext context) => Answer(context, w => w.WriteNumberValue(_store.UserAttributeBytes()));

    /// <summary>A form body's pairs, in order; the last of a repeated key wins. A JSON body or none is refused.</summary>
    private static IReadOnlyList<KeyValuePair<string, string>> Form(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        if (text.Length == 0 || text.StartsWith("{", StringComparison.Ordinal))
        {
            throw new EmulatorApiException(ApiError.UserMetadata(400, "the body must be application/x-www-form-urlencoded key=value pairs"));
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split('&').Where(p => p.Length > 0))
        {
            var equals = part.IndexOf('=');
            var key = Decode(equals < 0 ? part : part.Substring(0, equals));
            var value = equals < 0 ? string.Empty : Decode(part.Substring(equals + 1));
            pairs.RemoveAll(p => p.Key == key);
            pairs.Add(new KeyValuePair<string, string>(key, value));
        }

        return pairs;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static void WriteAttributes(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, string>> attributes)
    {
        writer.WriteStartObject();
        foreach (var pair in attributes)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>The user metadata envelope, as the vendor's examples show it: timestamp, data, duration.</summary>
    private static EmulatorHttpResponse Answer(RequestContext context, Action<Utf8JsonWriter> writeData) =>
        new EmulatorHttpResponse(200, JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("timestamp", context.Clock.NowMilliseconds());
            w.WritePropertyName("data");
            writeData(w);
            w.WriteNumber("duration", 0);
            w.WriteEndObject();
        }));
}
