using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>Makes users chatroom super admins (they may create chatrooms from the client), one request per user.</summary>
[Cmdlet(VerbsCommon.Add, "EmChatroomSuperAdmin", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmChatroomSuperAdmin))]
public sealed class AddEmChatroomSuperAdminCommand : EmUserCmdlet
{
    // The names sent so far in this pipeline: a repeated one is sent once.
    private readonly HashSet<string> _sent = new HashSet<string>(EmApiLimits.UsernameComparer);

    /// <summary>Writes the super admin changed.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord() =>
        StartPerUser(username => _sent.Add(username) && ShouldProcess(username, "Make chatroom super admin"), async (username, cancellationToken) =>
        {
            await Client.AddChatroomSuperAdminAsync(username, cancellationToken).ConfigureAwait(false);
            return () =>
            {
                if (PassThru)
                {
                    WriteObject(new EmChatroomSuperAdmin { Username = username });
                }
            };
        });
}
