using System;
using System.Globalization;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Http;

/// <summary>The <see cref="EasemobApiException"/>s the client raises itself, named after the request that failed.</summary>
internal static class ApiFailures
{
    public static EasemobApiException ConnectionFailed(ApiRequest request, Exception cause, bool requestNotSent) =>
        new(0, EasemobApiException.ConnectionFailedCode, "Could not talk to the Easemob server: " + cause.Message,
            request.Method.Method, request.Uri.AbsoluteUri, innerException: cause, requestNotSent: requestNotSent);

    public static EasemobApiException TimedOut(ApiRequest request, TimeSpan timeout) =>
        new(0, EasemobApiException.TimeoutCode,
            string.Format(CultureInfo.InvariantCulture, "The server did not answer within {0:0.###} s.", timeout.TotalSeconds),
            request.Method.Method, request.Uri.AbsoluteUri);

    /// <summary>The same failure, described with what the service's own text leaves out or gets wrong; its text stays the inner exception.</summary>
    public static EasemobApiException WithDescription(EasemobApiException failure, string description) =>
        new(failure.StatusCode, failure.ErrorCode, description, failure.Method, failure.RequestUri, failure.RetryAfter, failure, failure.RequestNotSent)
        {
            EarlierAttemptMayHaveApplied = failure.EarlierAttemptMayHaveApplied,
        };

    public static EasemobApiException InvalidResponse(ApiRequest request, string problem, Exception? cause = null) =>
        new(200, EasemobApiException.InvalidResponseCode, "The server's answer could not be read: " + problem,
            request.Method.Method, request.Uri.AbsoluteUri, innerException: cause);
}
