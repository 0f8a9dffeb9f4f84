using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Json.Wire;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Http;

/// <summary>Turns a non-200 answer into an <see cref="EasemobApiException"/>, whatever its body (JSON, HTML, empty).</summary>
internal static class ErrorResponseReader
{
    public static EasemobApiException ToException(ApiRequest request, HttpResponseMessage response, byte[] body, string? bearerToken, DateTimeOffset now)
    {
        var error = TryReadError(body);
        var description = Redact(error?.ErrorDescription, bearerToken);
        if (string.IsNullOrEmpty(description)) description = DescribeStatus(response);
        return new EasemobApiException(
            (int)response.StatusCode,
            Redact(error?.Error, bearerToken),
            description,
            request.Method.Method,
            request.DisplayUri,
            RetryAfter(response.Headers.RetryAfter, now));
    }

    private static ErrorResponseDto? TryReadError(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            return JsonSerializer.Deserialize(body, EasemobJsonContext.Default.ErrorResponseDto);
        }
        catch (JsonException)
        {
            return null; // an HTML error page from a proxy, or plain text: the status still says what happened
        }
    }

    /// <summary>"Bad Gateway": the reason phrase, or the status name when HTTP/2 sent none.</summary>
    private static string DescribeStatus(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? response.StatusCode.ToString() : response.ReasonPhrase!;

    /// <summary>A server that echoes the token in its message must not get it into logs through the exception.</summary>
    private static string? Redact(string? text, string? bearerToken) =>
        text is null || string.IsNullOrEmpty(bearerToken) ? text : text.Replace(bearerToken, "***");

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
