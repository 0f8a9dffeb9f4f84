using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Changes a chatroom's name, description or member limit; only the given fields are sent.</summary>
[Cmdlet(VerbsCommon.Set, "EmChatroom", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroom))]
public sealed class SetEmChatroomCommand : EmChatroomCmdlet
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Name { get; set; }

    /// <summary>The description; -Description '' on the command line clears it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string? Description { get; set; }

    /// <summary>Most members, owner included; only a blank cell is not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [WholeNumberTransformation]
    public int? MaxUsers { get; set; }

    /// <summary>Writes the chatroom as it is after the change (one more request per chatroom).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var name = Given(nameof(Name), Name);
        var description = Given(nameof(Description), Description);
        var maxUsers = Given(nameof(MaxUsers), MaxUsers);
        foreach (var id in CheckedIds())
        {
            var invalid = (name == null && description == null && maxUsers == null
                    ? InputChecks.NothingToSet("Give at least one of -Name, -Description or -MaxUsers.", id)
                    : null)
                ?? (name != null ? InputChecks.Name(name, id) : null)
                ?? InputChecks.Description(description, id)
                ?? InputChecks.MaxUsers(maxUsers, id);
            if (invalid != null)
            {
                WriteError(invalid);
                continue;
            }
            if (ShouldProcess(id, "Set chatroom " + string.Join(", ", Changes(name, description, maxUsers))))
            {
                StartUpdate(id, name, description, maxUsers);
            }
        }
    }

    private void StartUpdate(string id, string? name, string? description, int? maxUsers)
    {
        Items.Start(id, async cancellationToken =>
        {
            var result = await Client.UpdateChatroomAsync(id, name, description, maxUsers, cancellationToken).ConfigureAwait(false);
            var refused = Refused(result);
            EmChatroom? updated = null;
            if (PassThru && refused.Count == 0)
            {
                updated = await GetChatroomAsync(id, cancellationToken).ConfigureAwait(false);
            }
            return () =>
            {
                if (refused.Count > 0)
                {
                    WriteError(ErrorRecords.InvalidOperation("ChatroomNotUpdated", "The server did not change " + string.Join(", ", refused) + " of chatroom " + id + ".", id));
                }
                else if (updated != null)
                {
                    WriteObject(updated);
                }
            };
        });
    }

    private static IEnumerable<string> Changes(string? name, string? description, int? maxUsers)
    {
        if (name != null) yield return "Name";
        if (description != null) yield return "Description";
        if (maxUsers != null) yield return "MaxUsers";
    }

    private static List<string> Refused(ChatroomUpdateResult result)
    {
        var refused = new List<string>();
        if (result.Name == false) refused.Add("Name");
        if (result.Description == false) refused.Add("Description");
        if (result.MaxUsers == false) refused.Add("MaxUsers");
        return refused;
    }
}
