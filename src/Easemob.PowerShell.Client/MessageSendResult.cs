using System;
using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>A send's answer: the message id the service gave each target, and when it answered.</summary>
public sealed class MessageSendResult
{
    private readonly IReadOnlyDictionary<string, string> _messageIds;
    private readonly Func<string, EasemobApiException> _unreported;

    internal MessageSendResult(IReadOnlyDictionary<string, string> messageIds, DateTimeOffset sentOn, Func<string, EasemobApiException> unreported)
    {
        _messageIds = messageIds;
        _unreported = unreported;
        SentOn = sentOn;
    }

    public DateTimeOffset SentOn { get; }

    /// <summary>
    /// True with the target's message id (targets compare as the service compares them); false with an error for a
    /// target the answer left out: the call was taken, so the message may have been delivered to it (MayExist).
    /// </summary>
    public bool TryGetMessageId(string target, out string messageId, out EasemobApiException? unreported)
    {
        if (_messageIds.TryGetValue(target, out messageId!))
        {
            unreported = null;
            return true;
        }
        unreported = _unreported(target);
        return false;
    }
}
