using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>Completes the attribute keys of the chatroom the command's -Id names (one id), showing their values.</summary>
public sealed class AttributeKeyCompleter : SessionListCompleter<EmChatroomAttribute>
{
    private protected override string? Scope(IDictionary fakeBoundParameters)
    {
        var id = Unwrap(fakeBoundParameters["Id"]);
        if (id is IList list && !(id is string))
        {
            id = list.Count == 1 ? Unwrap(list[0]) : null;
        }
        if (id is EmChatroom chatroom)
        {
            id = chatroom.Id;
        }
        // A bare id on the command line is parsed as a number.
        var text = id is string || id is IConvertible ? Convert.ToString(id, CultureInfo.InvariantCulture)?.Trim() : null;
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private protected override Task<IReadOnlyList<EmChatroomAttribute>> ReadAsync(EasemobClient client, string scope, CancellationToken cancellationToken) =>
        client.GetChatroomAttributesAsync(scope, null, cancellationToken);

    private protected override bool Matches(EmChatroomAttribute attribute, string word) =>
        attribute.Key.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    private protected override CompletionResult Result(EmChatroomAttribute attribute) =>
        new CompletionResult(attribute.Key, attribute.Key, CompletionResultType.ParameterValue, attribute.Key + " = " + attribute.Value);
}
