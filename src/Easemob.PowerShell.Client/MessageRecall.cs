using System;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>A message to recall: which one, where it went, and as whom; <see cref="Force"/> recalls it past the recall window.</summary>
public sealed class MessageRecall
{
    public MessageRecall(string messageId, string to, EmChatType chatType, string? from, bool force)
    {
        MessageId = messageId ?? throw new ArgumentNullException(nameof(messageId));
        To = to ?? throw new ArgumentNullException(nameof(to));
        ChatType = chatType;
        From = from;
        Force = force;
    }

    public string MessageId { get; }

    public string To { get; }

    public EmChatType ChatType { get; }

    /// <summary>The user the recall is made as; null lets the service use "admin".</summary>
    public string? From { get; }

    public bool Force { get; }
}
