using System;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Builds the error records the cmdlets write. Error ids are stable ("Easemob.{vendor code}" for API
/// failures) so scripts can match on FullyQualifiedErrorId.
/// </summary>
internal static class ErrorRecords
{
    // The token call's answer to wrong credentials: a 400 (404 for an unknown user), but an authentication failure.

    /// <summary>The id of every answer that says a feature is not enabled for the app, whatever the service's error word.</summary>
    public const string FeatureNotEnabledId = "Easemob.FeatureNotEnabled";

    private const string FeatureNotEnabledAdvice =
        "Easemob must enable this feature for the app: enable it in the Easemob console where it offers the switch, " +
        "or ask Easemob (sales or support) to enable it for this app key, then run the command again. Retrying before that fails the same way.";

    public static ErrorRecord FromApi(EasemobApiException exception, object? target)
    {
        if (exception.IsFeatureNotEnabled)
        {
            // One id for every service's wording, and the one fix: the vendor enables the feature.
            return new ErrorRecord(exception, FeatureNotEnabledId, ErrorCategory.NotEnabled, target)
            {
                ErrorDetails = new ErrorDetails(exception.Message + " The feature this call needs is not enabled for the app.")
                {
                    RecommendedAction = FeatureNotEnabledAdvice,
                },
            };
        }
        var code = string.IsNullOrEmpty(exception.ErrorCode) ? "http_" + exception.StatusCode : exception.ErrorCode;
        var record = new ErrorRecord(exception, "Easemob." + code, CategoryFor(exception), target);
        var advice = AdviceFor(exception);
        if (advice != null)
        {
            record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = advice };
        }
        return record;
    }

    /// <summary>
    /// Whether <paramref name="exception"/>, raised by one item's work, fails only that item. Everything but a
    /// stop does: an unexpected .NET exception must not end a bulk pipeline, only be reported against its item.
    /// </summary>
    public static bool IsItemFailure(Exception exception) =>
        !(exception is PipelineStoppedException) && !(exception is OutOfMemoryException);

    /// <summary>An item's failure: the API's error, or an unexpected exception as Easemob.UnexpectedError.</summary>
    public static ErrorRecord FromItemFailure(Exception exception, object? target) =>
        exception is EasemobApiException api
            ? FromApi(api, target)
            : new ErrorRecord(exception, "Easemob.UnexpectedError", ErrorCategory.NotSpecified, target);

    /// <summary>
    /// A send whose answer was lost: the message may have reached <paramref name="target"/>, and it was not sent
    /// again. Its own id, so a runbook can tell it from a send that surely failed.
    /// </summary>
    public static ErrorRecord MessageMayHaveBeenDelivered(EasemobApiException exception, object target) =>
        new ErrorRecord(exception, "Easemob.MessageMayHaveBeenDelivered", ErrorCategory.OperationStopped, target)
        {
            ErrorDetails = new ErrorDetails(exception.Message)
            {
                RecommendedAction = "Check whether the message arrived before sending it again: re-sending one that did arrive delivers it twice.",
            },
        };

    /// <summary>
    /// A recall's failure, with its own id for the two a runbook acts on: Easemob.RecallWindowPassed (use
    /// -IgnoreRecallWindow), Easemob.MessageNotFound (a wrong id or target, or recalled already); any other failure
    /// as <see cref="FromApi"/>, which gives recall not enabled for the app its Easemob.FeatureNotEnabled.
    /// </summary>
    public static ErrorRecord FromRecall(EasemobApiException exception, object target)
    {
        string? id = null;
        string? advice = null;
        if (Client.EasemobClient.IsRecallWindowPassed(exception))
        {
            id = "RecallWindowPassed";
            advice = "The message is older than the app's recall window; run again with -IgnoreRecallWindow to recall it anyway.";
        }
        else if (Client.EasemobClient.IsRecallNotFound(exception))
        {
            id = "MessageNotFound";
            advice = "Check the message id, its target (-To) and -ChatType; a message recalled already is not found either.";
        }
        if (id == null)
        {
            return FromApi(exception, target);
        }
        return new ErrorRecord(exception, "Easemob." + id, CategoryFor(exception), target)
        {
            ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = advice },
        };
    }

    /// <summary>
    /// A broadcast's refusal, never retried: Easemob.BroadcastRateLimited (429, too soon after the last one) or
    /// Easemob.BroadcastRefused (403 forbidden_op: the day's quota is used up); any other failure as
    /// <see cref="FromApi"/>, which gives broadcasts not enabled for the app their Easemob.FeatureNotEnabled.
    /// </summary>
    public static ErrorRecord FromBroadcast(EasemobApiException exception, object target)
    {
        string id;
        string advice;
        if (exception.StatusCode == 429)
        {
            id = "BroadcastRateLimited";
            advice = "Too soon after the last broadcast: all users one per 30 minutes, online users one a minute, chatrooms 10 a minute. It was not sent; try again later.";
        }
        else if (exception.StatusCode == 403 && exception.ErrorCode == EmErrorCodes.ForbiddenOp && !exception.IsFeatureNotEnabled)
        {
            id = "BroadcastRefused";
            advice = "The day's broadcast quota is used up (all users 3, online users 50, chatrooms 100). It was not sent; try again tomorrow (UTC).";
        }
        else
        {
            return FromApi(exception, target);
        }
        return new ErrorRecord(exception, "Easemob." + id, CategoryFor(exception), target)
        {
            ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = advice },
        };
    }

    /// <summary>Bad input found before any request was sent.</summary>
    public static ErrorRecord InvalidArgument(string errorId, string message, object? target) =>
        new ErrorRecord(new ArgumentException(message), "Easemob." + errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord InvalidOperation(string errorId, string message, object? target) =>
        new ErrorRecord(new InvalidOperationException(message), "Easemob." + errorId, ErrorCategory.InvalidOperation, target);

    internal static ErrorCategory CategoryFor(EasemobApiException exception)
    {
        if (exception.ErrorCode == EmErrorCodes.InvalidGrant)
        {
            return ErrorCategory.AuthenticationError;
        }
        switch (exception.StatusCode)
        {
            case 0: return exception.ErrorCode == "timeout" ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError;
            case 400: return ErrorCategory.InvalidArgument;
            case 401: return exception.IsTokenRefusal ? ErrorCategory.AuthenticationError : ErrorCategory.PermissionDenied;
            case 403: return exception.ErrorCode == EmErrorCodes.ExceedLimit ? ErrorCategory.LimitsExceeded : ErrorCategory.PermissionDenied;
            case 404: return ErrorCategory.ObjectNotFound;
            case 429: return ErrorCategory.LimitsExceeded;
            default:
                return exception.StatusCode >= 500 ? ErrorCategory.ConnectionError : ErrorCategory.NotSpecified;
        }
    }

    private static string? AdviceFor(EasemobApiException exception)
    {
        if (exception.MayExist)
        {
            return "Check whether it was carried out (e.g. with Get-EmChatroom or Get-EmUser) before running this item again: re-running a create that did happen makes a duplicate.";
        }
        if (exception.ErrorCode == EmErrorCodes.InvalidGrant)
        {
            return "Check the client id and secret (or the user's password) given to Connect-EmApp.";
        }
        switch (exception.StatusCode)
        {
            case 401: return exception.IsTokenRefusal ? "Run Connect-EmApp again: the token was refused." : null;
            case 429:
                return exception.ErrorCode == EmErrorCodes.ResourceLimited
                    ? "The app's plan quota is used up; raise it in the Easemob console."
                    : "The server's rate limit was reached after every retry; lower -ThrottleLimit or raise Connect-EmApp -MaxRetry.";
            default: return null;
        }
    }
}
