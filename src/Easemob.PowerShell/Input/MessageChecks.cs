using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>The checks of a message made before anything is sent, against the documented limits in <see cref="EmApiLimits"/>.</summary>
internal static class MessageChecks
{
    /// <summary>Every check of a message about to be sent: its sender, its custom event (when it has one) and its size.</summary>
    public static ErrorRecord? Message(OutgoingMessage message, string? from, string? customEvent, IDictionary? customExtensions) =>
        Sender(from) ?? (customEvent != null ? CustomEvent(customEvent, customExtensions) : null) ?? Size(message);

    public static ErrorRecord? Sender(string? from) =>
        from == null || EmApiLimits.IsLegalUsername(from)
            ? null
            : ErrorRecords.InvalidArgument("InvalidSender", "From must be a legal user name (" + EmApiLimits.LegalUsernameRule + "); got '" + from + "'.", from);

    /// <summary>A message id is the service's 64-bit number, as text.</summary>
    public static ErrorRecord? MessageId(string id) =>
        id.Length > 0 && id.All(c => c >= '0' && c <= '9')
            ? null
            : ErrorRecords.InvalidArgument("InvalidMessageId", "MessageId must be the service's message id, a number; got '" + id + "'.", id);

    public static ErrorRecord? CustomEvent(string customEvent, IDictionary? customExtensions)
    {
        if (!EmApiLimits.IsLegalCustomEvent(customEvent))
        {
            return ErrorRecords.InvalidArgument("InvalidCustomEvent", "CustomEvent must be 1 to 32 of a-z, A-Z, 0-9, '-', '_', '/', '.'; got '" + customEvent + "'.", customEvent);
        }
        if (customExtensions != null && customExtensions.Count > EmApiLimits.MaxCustomExtensions)
        {
            return ErrorRecords.InvalidArgument("TooManyCustomExtensions",
                "CustomExtension may hold at most " + EmApiLimits.MaxCustomExtensions + " entries; this one has " + customExtensions.Count + ".", customExtensions);
        }
        return null;
    }

    public static ErrorRecord? Size(OutgoingMessage message) =>
        message.ContentBytes <= EmApiLimits.MaxMessageContentBytes
            ? null
            : ErrorRecords.InvalidArgument("MessageTooLarge",
                "The message's body and extension may hold at most " + EmApiLimits.MaxMessageContentBytes + " bytes of JSON (UTF-8); this one has " + message.ContentBytes + ".", null);

    /// <summary>A hashtable as plain .NET values: PowerShell wrappers removed, nested tables and lists kept.</summary>
    public static Dictionary<string, object?>? Plain(IDictionary? table) =>
        table?.Cast<DictionaryEntry>().ToDictionary(entry => LanguagePrimitives.ConvertTo<string>(entry.Key), entry => PlainValue(entry.Value), StringComparer.Ordinal);

    /// <summary>The custom extensions as text: the service takes Map&lt;String,String&gt;.</summary>
    public static Dictionary<string, string>? PlainText(IDictionary? table) =>
        table?.Cast<DictionaryEntry>().ToDictionary(entry => LanguagePrimitives.ConvertTo<string>(entry.Key), entry => LanguagePrimitives.ConvertTo<string>(entry.Value), StringComparer.Ordinal);

    private static object? PlainValue(object? value)
    {
        var unwrapped = value is PSObject wrapped ? wrapped.BaseObject : value;
        return unwrapped switch
        {
            IDictionary table => Plain(table),
            string text => text,
            IEnumerable items => items.Cast<object?>().Select(PlainValue).ToList(),
            _ => unwrapped,
        };
    }
}
