using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>Completes chatroom ids (showing names) from one listing page of the session; typing part of a name narrows it.</summary>
public sealed class ChatroomIdCompleter : SessionListCompleter<EmChatroom>
{
    private const int MaxChatrooms = 1000;

    private protected override async Task<IReadOnlyList<EmChatroom>> ReadAsync(EasemobClient client, string scope, CancellationToken cancellationToken) =>
        (await client.ListChatroomsAsync(MaxChatrooms, null, cancellationToken).ConfigureAwait(false)).Items;

    private protected override bool Matches(EmChatroom chatroom, string word) =>
        chatroom.Id.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        || (chatroom.Name ?? string.Empty).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    private protected override CompletionResult Result(EmChatroom chatroom) =>
        new CompletionResult(chatroom.Id, chatroom.Id + " (" + chatroom.Name + ")", CompletionResultType.ParameterValue, chatroom.Name ?? chatroom.Id);
}
