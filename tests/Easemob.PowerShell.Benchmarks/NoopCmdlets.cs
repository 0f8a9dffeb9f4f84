using System.Management.Automation;
using System.Net;
using System.Security;

namespace Easemob.PowerShell.Benchmarks;

// The CPU floor of the benchmarks' bulk rows: binary cmdlets that bind their parameters as the module's cmdlets
// do (by value, by property name, the same aliases and types) and write as many objects, but send nothing and check
// nothing. What a real cmdlet takes beyond noop + network floor is the module's own cost.

/// <summary>Get-EmChatroom's piped -Id: one object per id.</summary>
[Cmdlet(VerbsCommon.Get, "NoopChatroom")]
public sealed class GetNoopChatroomCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ChatroomId", "RoomId")]
    public string[] Id { get; set; } = new string[0];

    protected override void ProcessRecord()
    {
        foreach (var id in Id)
        {
            WriteObject(id);
        }
    }
}

/// <summary>The per-user room writes' -Username and -PassThru: one object per user with -PassThru; -Id is the room's own.</summary>
public abstract class NoopRoomUserCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public string[] Username { get; set; } = new string[0];

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var user in Username)
        {
            if (PassThru)
            {
                WriteObject(user);
            }
        }
    }
}

/// <summary>The per-user chatroom writes (Add-EmChatroomMember, Add-EmChatroomMute).</summary>
[Cmdlet(VerbsCommon.Add, "NoopChatroomUser")]
public sealed class AddNoopChatroomUserCommand : NoopRoomUserCommand
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ChatroomId", "RoomId")]
    public string[] Id { get; set; } = new string[0];

    [Parameter]
    public SwitchParameter Permanent { get; set; }
}

/// <summary>The per-user group writes (Add-EmGroupMember): the group's -Id, a CSV's GroupId column.</summary>
[Cmdlet(VerbsCommon.Add, "NoopGroupUser")]
public sealed class AddNoopGroupUserCommand : NoopRoomUserCommand
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("GroupId")]
    public string[] Id { get; set; } = new string[0];
}

/// <summary>Get-EmUserStatus's piped -Username: one object per name.</summary>
[Cmdlet(VerbsCommon.Get, "NoopUserStatus")]
public sealed class GetNoopUserStatusCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] Username { get; set; } = new string[0];

    protected override void ProcessRecord()
    {
        foreach (var user in Username)
        {
            WriteObject(user);
        }
    }
}

/// <summary>New-EmUser's row binding: Username, a Password turned into a SecureString, Nickname; one object per row.</summary>
[Cmdlet(VerbsCommon.New, "NoopUser")]
public sealed class NewNoopUserCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string Username { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [PlainToSecure]
    public SecureString? Password { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Nickname { get; set; }

    protected override void ProcessRecord() => WriteObject(Username);

    /// <summary>A plain-text CSV password becomes a SecureString, as New-EmUser's transformation does.</summary>
    private sealed class PlainToSecureAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData) =>
            PSObject.AsPSObject(inputData).BaseObject is string text ? new NetworkCredential(string.Empty, text).SecurePassword : inputData;
    }
}

/// <summary>Send-EmUserMessage's piped -Username and -Text: one object per user.</summary>
[Cmdlet(VerbsCommunications.Send, "NoopUserMessage")]
public sealed class SendNoopUserMessageCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    public string[] Username { get; set; } = new string[0];

    [Parameter(Mandatory = true)]
    public string Text { get; set; } = string.Empty;

    protected override void ProcessRecord()
    {
        foreach (var user in Username)
        {
            WriteObject(user);
        }
    }
}
