using System.Linq;
using System.Text.RegularExpressions;

namespace Easemob.PowerShell.Model;

/// <summary>
/// The vendor's answers that a feature is not enabled for the app ("message recall service is unopened",
/// "{appkey} user metadata service not allow", "user_mute is not used for this app"), read once for the cmdlets'
/// error id and advice.
/// </summary>
/// <remarks>
/// These answers carry no structural signal of their own: the status is 403, but the error word differs per
/// service (forbidden_op, FORBIDDEN, metadata_error, group_error, message_rewrite_error) and the same 403
/// forbidden_op also refuses one call ("new owner and old owner are the same"). So, as with the messages that
/// name failed users, the sentences the vendor's pages document are matched whole and anchored, with only their
/// documented variable part (a service name, an app key) free; no decision rests on a word picked out of a
/// message. Another wording stays the vendor's own error with its message, which still says what happened.
/// </remarks>
public static class EmFeatureNotEnabled
{
    public const int StatusCode = 403;

    private static readonly Regex[] DocumentedForms = new[]
    {
        @"[a-z][a-z ]* service is unopened",        // message broadcast, message recall
        @"\S+ user metadata service not allow",      // {appkey} user ..., chatgroup user ...
        @"[a-z_]+ is not used for this app",         // user_mute (global mutes)
        @"thread not open\.",
        @"The rewrite message feature is not open\.",
    }.Select(form => new Regex("^" + form + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)).ToArray();

    /// <summary>Whether an answer with this status and error description says the feature is not enabled.</summary>
    public static bool Matches(int statusCode, string? errorDescription) =>
        statusCode == StatusCode && errorDescription != null && DocumentedForms.Any(form => form.IsMatch(errorDescription.Trim()));
}
