using System;
using System.Globalization;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Model;

/// <summary>
/// A failed Easemob call: a non-200 answer, an answer that could not be read, or no answer at all
/// (<see cref="StatusCode"/> 0). Never carries a token, a secret or a request body.
/// </summary>
/// <remarks>
/// Lives in Model, which loads in the session's own load context, so a script can name it:
/// <c>catch [Easemob.PowerShell.Model.EasemobApiException]</c>. The client builds it (see its ApiFailures).
/// </remarks>
public sealed class EasemobApiException : Exception
{
    /// <summary><see cref="ErrorCode"/> when the server could not be reached or the connection broke.</summary>
    public const string ConnectionFailedCode = "connection_failed";

    /// <summary><see cref="ErrorCode"/> when an attempt ran out of the client's request timeout.</summary>
    public const string TimeoutCode = "timeout";

    /// <summary><see cref="ErrorCode"/> when a 200 answer could not be read as the documented JSON.</summary>
    public const string InvalidResponseCode = "invalid_response";

    /// <summary>The chatroom-attribute calls' error word; their "user is not in chatroom" is a 401 that is not about the token.</summary>
    public const string MetadataCode = "MetadataException";

    public EasemobApiException(
        int statusCode,
        string? errorCode,
        string? errorDescription,
        string method,
        string requestUri,
        TimeSpan? retryAfter = null,
        Exception? innerException = null,
        bool requestNotSent = false)
        : base(FormatMessage(statusCode, errorCode, errorDescription, method, requestUri), innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ErrorDescription = errorDescription;
        Method = method;
        RequestUri = requestUri;
        RetryAfter = retryAfter;
        RequestNotSent = requestNotSent;
    }

    /// <summary>
    /// A 401 that refuses the token (as opposed to the attribute calls' 401 "user is not in chatroom" and the modify
    /// call's 401 "not authorized to edit this message").
    /// </summary>
    public bool IsTokenRefusal => StatusCode == 401 && ErrorCode != MetadataCode && ErrorCode != EmErrorCodes.MessageRewriteError;

    /// <summary>The server said the feature this call needs is not enabled for the app (see <see cref="EmFeatureNotEnabled"/>).</summary>
    public bool IsFeatureNotEnabled => EmFeatureNotEnabled.Matches(StatusCode, ErrorDescription);

    /// <summary>The HTTP status, or 0 when no HTTP answer arrived (connection failure, timeout).</summary>
    public int StatusCode { get; }

    /// <summary>The vendor's <c>error</c> code word, or one of this class's transport codes.</summary>
    public string? ErrorCode { get; }

    public string? ErrorDescription { get; }

    public string Method { get; }

    public string RequestUri { get; }

    /// <summary>The server's Retry-After, as a delay from when the answer arrived.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The chatroom id a details 404 named, when known.</summary>
    public string? Id { get; set; }

    /// <summary>
    /// True when this failure came on a retry after an attempt that may have been carried out by the server
    /// (a 500, a timeout, a connection broken after sending): a delete then answers 404 and a transfer
    /// "same owner" although the change was made.
    /// </summary>
    public bool EarlierAttemptMayHaveApplied { get; internal set; }

    /// <summary>
    /// True when the write this error reports may have been carried out all the same (its answer was lost and it
    /// could not be confirmed either way): check before running it again. <see cref="Message"/> says so too.
    /// </summary>
    public bool MayExist => _mayExistNote is not null;

    public override string Message => _mayExistNote is null ? base.Message : base.Message + " " + _mayExistNote;

    private string? _mayExistNote;

    internal void MarkMayExist(string note) => _mayExistNote = note;

    internal void ClearMayExist() => _mayExistNote = null;

    /// <summary>Whether the server may have acted on the request that failed this way.</summary>
    public bool MayHaveApplied => StatusCode switch
    {
        0 => !RequestNotSent,
        429 or 503 => false,
        _ => StatusCode >= 500,
    };

    /// <summary>True only when the request surely never reached the server (the connection could not be opened).</summary>
    public bool RequestNotSent { get; }

    private static string FormatMessage(int statusCode, string? errorCode, string? errorDescription, string method, string requestUri)
    {
        var description = string.IsNullOrEmpty(errorDescription) ? "The Easemob call failed." : errorDescription;
        var status = statusCode == 0
            ? errorCode ?? ConnectionFailedCode
            : errorCode is null ? "HTTP " + statusCode.ToString(CultureInfo.InvariantCulture) : $"HTTP {statusCode.ToString(CultureInfo.InvariantCulture)} {errorCode}";
        return $"{description} ({status}; {method} {requestUri})";
    }
}
