using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>Completes user names (showing nicknames) from the app's users, the first 1,000 the session lists.</summary>
public sealed class UsernameCompleter : SessionListCompleter<EmUser>
{
    private const int MaxUsers = 1000;

    private protected override async Task<IReadOnlyList<EmUser>> ReadAsync(EasemobClient client, string scope, CancellationToken cancellationToken)
    {
        var users = new List<EmUser>();
        string? cursor = null;
        do
        {
            CursorPage<EmUser> page;
            try
            {
                page = await client.ListUsersAsync(EmApiLimits.MaxUsersPerListPage, cursor, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (users.Count > 0)
            {
                // The pages read in time are worth offering.
                break;
            }
            users.AddRange(page.Items);
            cursor = page.Cursor;
        }
        while (cursor != null && users.Count < MaxUsers);
        return users;
    }

    private protected override bool Matches(EmUser user, string word) =>
        user.Username.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        || (user.Nickname ?? string.Empty).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

    private protected override CompletionResult Result(EmUser user) =>
        new CompletionResult(user.Username, string.IsNullOrEmpty(user.Nickname) ? user.Username : user.Username + " (" + user.Nickname + ")",
            CompletionResultType.ParameterValue, string.IsNullOrEmpty(user.Nickname) ? user.Username : user.Nickname);
}
