using System.Collections.Generic;

using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>What an attribute set or delete did: the server answers 200 even when some keys failed.</summary>
public sealed class ChatroomAttributeOutcome
{
    public ChatroomAttributeOutcome(IReadOnlyList<string> succeeded, IReadOnlyDictionary<string, EasemobApiException> failed)
    {
        Succeeded = succeeded;
        Failed = failed;
    }

    public IReadOnlyList<string> Succeeded { get; }

    /// <summary>Each failed key with its own error (code <see cref="EasemobClient.AttributeKeyRefusedCode"/>, the server's reason as description).</summary>
    public IReadOnlyDictionary<string, EasemobApiException> Failed { get; }
}
