using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Base of the sends into rooms (chatrooms, groups): several rooms per request, or with -ToUser a directed message
/// to some members of each room, one room per request.
/// </summary>
public abstract class EmRoomMessageSendCmdlet : EmMessageSendCmdlet
{
    private protected EmRoomMessageSendCmdlet(EmApiFamily family)
        : base(family)
    {
    }

    /// <summary>Only these members see the message: a directed message, one room per request.</summary>
    [Parameter]
    [ValidateCount(1, EmApiLimits.MaxDirectedUsersPerMessage)]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[]? ToUser { get; set; }

    /// <summary>The members of a directed send, checked and without repeats; null for a send to the whole room.</summary>
    private protected IReadOnlyList<string>? ToUsers { get; private set; }

    /// <summary>Most rooms one undirected request addresses.</summary>
    private protected abstract int RoomsPerRequest { get; }

    private protected override int BatchSize => ToUser == null ? RoomsPerRequest : 1;

    protected override void BeginProcessing()
    {
        if (ToUser != null)
        {
            var invalid = ToUser.Select(user => InputChecks.LegalUsername(user?.Trim(), user)).FirstOrDefault(e => e != null);
            if (invalid != null)
            {
                ThrowTerminatingError(invalid);
            }
            ToUsers = ToUser.Select(user => user.Trim()).Distinct(EmApiLimits.UsernameComparer).ToArray();
        }
        base.BeginProcessing();
    }
}
