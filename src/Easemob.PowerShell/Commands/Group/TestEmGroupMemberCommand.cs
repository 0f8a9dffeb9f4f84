using System.Management.Automation;

namespace Easemob.PowerShell.Commands;

/// <summary>Tells whether users are members (or the owner) of groups: one Boolean per (group, user), in input order.</summary>
[Cmdlet(VerbsDiagnostic.Test, "EmGroupMember")]
[OutputType(typeof(bool))]
public sealed class TestEmGroupMemberCommand : EmGroupUsersCmdlet
{
    protected override void ProcessRecord()
    {
        foreach (var (id, usernames) in TakeInput(null))
        {
            foreach (var username in usernames)
            {
                var item = new ChatroomUserItem(id, username);
                Items.Start(item, async cancellationToken =>
                {
                    var joined = await Client.IsGroupMemberAsync(id, username, cancellationToken).ConfigureAwait(false);
                    return () => WriteObject(joined);
                });
            }
        }
    }
}
