using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>A routed request as a handler sees it, and the success envelope its answer goes out in.</summary>
internal sealed class RequestContext
{
    private readonly IReadOnlyDictionary<string, (string Raw, string Decoded)> _variables;

    /// <param name="variables">The route's variable segments by name, as received and decoded.</param>
    public RequestContext(EmulatorHttpRequest request, AppIdentity app, IEmulatorClock clock, string apiPath,
        IReadOnlyDictionary<string, (string Raw, string Decoded)> variables)
    {
        Clock = clock;
        Request = request;
        App = app;
        ApiPath = apiPath;
        _variables = variables;
        Query = QueryParameters.Parse(request.Query);
    }

    public EmulatorHttpRequest Request { get; }

    public AppIdentity App { get; }

    /// <summary>The emulator's clock, for the answer's timestamps.</summary>
    public IEmulatorClock Clock { get; }

    /// <summary>The path below the app, e.g. "/chatrooms/123/users", still percent-encoded.</summary>
    public string ApiPath { get; }

    public QueryParameters Query { get; }

    /// <summary>The decoded value of the route's variable <paramref name="name"/> (e.g. "id" of "chatrooms/{id}").</summary>
    public string Variable(string name) => _variables[name].Decoded;

    /// <summary>The variable as received, still percent-encoded (a list segment is split before decoding).</summary>
    public string RawVariable(string name) => _variables[name].Raw;

    public RequestBody Body() => RequestBody.ParseObject(Request.Body);

    /// <summary>The body as an object or an array of objects; <paramref name="isArray"/>: the batch form of a call.</summary>
    public IReadOnlyList<RequestBody> BodyObjects(out bool isArray) => RequestBody.ParseObjects(Request.Body, out isArray);

    /// <summary>A 200 answer in the service's envelope.</summary>
    /// <param name="writeData">Writes the "data" value; null leaves "data" out (user calls answer with entities).</param>
    /// <param name="writeEntities">Writes the "entities" array; null writes [].</param>
    /// <param name="count">The top-level "count", where the call has one.</param>
    /// <param name="echoParams">Whether the query parameters are echoed as "params".</param>
    /// <param name="cursor">The top-level "cursor" to the next page, if one follows.</param>
    /// <param name="action">The "action" word where the call names itself (e.g. "Deactivate user"); else the method.</param>
    public EmulatorHttpResponse Ok(Action<Utf8JsonWriter>? writeData, Action<Utf8JsonWriter>? writeEntities = null,
        int? count = null, bool echoParams = false, string? cursor = null, string? action = null)
    {
        var body = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("action", action ?? Request.Method.ToLowerInvariant());
            w.WriteString("application", App.Uuid);
            w.WriteString("applicationName", App.Name);
            w.WriteString("organization", App.Organization);
            w.WriteString("uri", "http://" + Request.Host + Request.Path);
            w.WriteString("path", ApiPath);
            if (echoParams)
            {
                w.WritePropertyName("params");
                Query.WriteTo(w);
            }

            w.WritePropertyName("entities");
            if (writeEntities == null)
            {
                w.WriteStartArray();
                w.WriteEndArray();
            }
            else
            {
                writeEntities(w);
            }

            if (writeData != null)
            {
                w.WritePropertyName("data");
                writeData(w);
            }

            if (count.HasValue)
            {
                w.WriteNumber("count", count.Value);
            }

            if (cursor != null)
            {
                w.WriteString("cursor", cursor);
            }

            w.WriteStartObject("properties");
            w.WriteEndObject();
            w.WriteNumber("timestamp", Clock.NowMilliseconds());
            w.WriteNumber("duration", Request.ElapsedMilliseconds);
            w.WriteEndObject();
        });
        return new EmulatorHttpResponse(200, body);
    }
}
