using System;

namespace Easemob.PowerShell.Model;

/// <summary>One message the service accepted for one target (a chatroom or a user): what a recall needs.</summary>
public sealed class EmMessageReceipt
{
    /// <summary>The service's message id (a 64-bit number, kept as text as the service sends it).</summary>
    public string MessageId { get; set; } = string.Empty;
    public EmChatType ChatType { get; set; }
    /// <summary>The chatroom id or user name the message went to.</summary>
    public string To { get; set; } = string.Empty;
    public string From { get; set; } = string.Empty;
    /// <summary>When the service answered the send.</summary>
    public DateTimeOffset SentOn { get; set; }

    public override string ToString() => MessageId;
}
