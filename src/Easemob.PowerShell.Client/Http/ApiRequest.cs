using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Http;

/// <summary>
/// One logical call: everything needed to build a fresh <see cref="HttpRequestMessage"/> for each attempt,
/// plus what the policies need (rate family, idempotency, whether it carries the app token).
/// </summary>
internal sealed class ApiRequest
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private const string Json = "application/json";

    private ApiRequest(HttpMethod method, Uri uri, EmApiFamily family, RequestIdempotency idempotency, ArraySegment<byte>? body, bool authenticated, string contentType = Json)
    {
        ContentType = contentType;
        Method = method;
        Uri = uri;
        Family = family;
        Idempotency = idempotency;
        Body = body;
        Authenticated = authenticated;
    }

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    public EmApiFamily Family { get; }

    public RequestIdempotency Idempotency { get; }

    /// <summary>The body's media type: JSON, except the form some metadata calls require.</summary>
    public string ContentType { get; }

    /// <summary>UTF-8 JSON (or a form, see <see cref="ContentType"/>), or null for no body.</summary>
    public ArraySegment<byte>? Body { get; }

    /// <summary>False only for the token request itself.</summary>
    public bool Authenticated { get; }

    /// <summary>
    /// Set by the sender when the answer came on a retry after an attempt that may have been carried out, so a
    /// per-user "not there" in that answer can be what the earlier attempt did.
    /// </summary>
    public bool AnsweredAfterUncertainAttempt { get; set; }

    /// <summary>"GET https://…": how traces and errors name the request (never with headers or body).</summary>
    public override string ToString() => Method.Method + " " + Uri.AbsoluteUri;

    /// <param name="idempotency">Read, unless the GET changes state (a forced logout).</param>
    public static ApiRequest Get(Uri uri, EmApiFamily family, RequestIdempotency idempotency = RequestIdempotency.Read) =>
        new(HttpMethod.Get, uri, family, idempotency, null, authenticated: true);

    public static ApiRequest Put(Uri uri, EmApiFamily family, ArraySegment<byte> body) =>
        new(HttpMethod.Put, uri, family, RequestIdempotency.Idempotent, body, authenticated: true);

    /// <summary>A PUT whose body is <c>application/x-www-form-urlencoded</c> (the user attribute set).</summary>
    public static ApiRequest PutForm(Uri uri, EmApiFamily family, ArraySegment<byte> body) =>
        new(HttpMethod.Put, uri, family, RequestIdempotency.Idempotent, body, authenticated: true, "application/x-www-form-urlencoded");

    public static ApiRequest Delete(Uri uri, EmApiFamily family, ArraySegment<byte>? body = null) =>
        new(HttpMethod.Delete, uri, family, RequestIdempotency.Idempotent, body, authenticated: true);

    public static ApiRequest Post(Uri uri, EmApiFamily family, ArraySegment<byte> body, RequestIdempotency idempotency) =>
        new(HttpMethod.Post, uri, family, idempotency, body, authenticated: true);

    public static ApiRequest PostForToken(Uri uri, ArraySegment<byte> body) =>
        new(HttpMethod.Post, uri, EmApiFamily.Token, RequestIdempotency.Idempotent, body, authenticated: false);

    /// <summary>A new message per attempt: a sent message (and its content) cannot be sent again.</summary>
    public HttpRequestMessage CreateMessage(string? bearerToken)
    {
        var message = new HttpRequestMessage(Method, Uri);
        message.Headers.Accept.Add(AcceptJson);
        if (bearerToken is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        if (Body is { } body)
        {
            message.Content = new ByteArrayContent(body.Array!, body.Offset, body.Count);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        }
        return message;
    }
}
