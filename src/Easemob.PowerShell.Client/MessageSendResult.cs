using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Client;

/// <summary>A send's answer: the message id the service gave each target, and when it answered.</summary>
public sealed class MessageSendResult
{
    internal MessageSendResult(IReadOnlyDictionary<string, string> messageIds, DateTimeOffset sentOn)
    {
        MessageIds = messageIds;
        SentOn = sentOn;
    }

    /// <summary>Target (chatroom id or user name, compared as the service does) to message id.</summary>
    public IReadOnlyDictionary<string, string> MessageIds { get; }

    public DateTimeOffset SentOn { get; }
}
