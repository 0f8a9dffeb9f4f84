using System;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Builds the error records the cmdlets write. Error ids are stable ("Easemob.{vendor code}" for API
    /// failures) so scripts can match on FullyQualifiedErrorId.
    /// </summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord FromApi(EasemobApiException exception, object? target)
        {
            var code = string.IsNullOrEmpty(exception.ErrorCode) ? "http_" + exception.StatusCode : exception.ErrorCode;
            var record = new ErrorRecord(exception, "Easemob." + code, CategoryFor(exception), target);
            var advice = AdviceFor(exception);
            if (advice != null)
            {
                record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = advice };
            }
            return record;
        }

        /// <summary>Bad input found before any request was sent.</summary>
        public static ErrorRecord InvalidArgument(string errorId, string message, object? target) =>
            new ErrorRecord(new ArgumentException(message), "Easemob." + errorId, ErrorCategory.InvalidArgument, target);

        public static ErrorRecord InvalidOperation(string errorId, string message, object? target) =>
            new ErrorRecord(new InvalidOperationException(message), "Easemob." + errorId, ErrorCategory.InvalidOperation, target);

        internal static ErrorCategory CategoryFor(EasemobApiException exception)
        {
            switch (exception.StatusCode)
            {
                case 0: return exception.ErrorCode == "timeout" ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError;
                case 400: return ErrorCategory.InvalidArgument;
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return exception.ErrorCode == "exceed_limit" ? ErrorCategory.LimitsExceeded : ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 429: return ErrorCategory.LimitsExceeded;
                default:
                    return exception.StatusCode >= 500 ? ErrorCategory.ConnectionError : ErrorCategory.NotSpecified;
            }
        }

        private static string? AdviceFor(EasemobApiException exception)
        {
            switch (exception.StatusCode)
            {
                case 401: return "Run Connect-EmApp again: the token was refused.";
                case 429:
                    return exception.ErrorCode == "resource_limited"
                        ? "The app's plan quota is used up; raise it in the Easemob console."
                        : "The server's rate limit was reached after every retry; lower -ThrottleLimit or raise Connect-EmApp -MaxRetry.";
                default: return null;
            }
        }
    }
}
