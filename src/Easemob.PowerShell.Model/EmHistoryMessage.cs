using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Model;

/// <summary>One message of exported history (a record of the vendor's history file).</summary>
public sealed class EmHistoryMessage
{
    public string MessageId { get; set; } = string.Empty;
    /// <summary>When the service finished sending it.</summary>
    public DateTimeOffset Timestamp { get; set; }
    public string From { get; set; } = string.Empty;
    /// <summary>The user, group id or chatroom id it went to.</summary>
    public string To { get; set; } = string.Empty;
    /// <summary>The conversation's kind; null for a kind this module does not know.</summary>
    public EmChatType? ChatType { get; set; }
    /// <summary>The vendor's body type: txt, img, loc, audio, video, file, cmd, custom, combine.</summary>
    public string Type { get; set; } = string.Empty;
    /// <summary>The text of a text message; null for other types.</summary>
    public string? Text { get; set; }
    /// <summary>The body's fields as sent (url, filename, customEvent, …), type included.</summary>
    public IDictionary<string, object?> Body { get; set; } = new Dictionary<string, object?>();
    /// <summary>The message's extension (ext); empty when none.</summary>
    public IDictionary<string, object?> Extension { get; set; } = new Dictionary<string, object?>();

    public override string ToString() => MessageId;
}
