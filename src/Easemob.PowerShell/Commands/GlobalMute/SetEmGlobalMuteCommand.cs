using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Sets a user's global mute per scope. Durations are seconds or TimeSpans; -1 (or -Permanent) mutes
/// permanently; 0 lifts the mute. Scopes not given are left as they are.
/// </summary>
[Cmdlet(VerbsCommon.Set, "EmGlobalMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmGlobalMute))]
public sealed class SetEmGlobalMuteCommand : EmBulkCmdlet
{
    public SetEmGlobalMuteCommand()
        : base(EmApiFamily.GlobalMute)
    {
    }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    [IdentityTransformation(nameof(EmGlobalMute.Username))]
    [ArgumentCompleter(typeof(UsernameCompleter))]
    public string[] Username { get; set; } = new string[0];

    /// <summary>One-to-one chat mute: seconds or a TimeSpan; -1 permanent, 0 lifts.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [MuteDurationTransformation]
    public long? Chat { get; set; }

    /// <summary>Group chat mute: seconds or a TimeSpan; -1 permanent, 0 lifts.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [MuteDurationTransformation]
    public long? GroupChat { get; set; }

    /// <summary>Chatroom mute: seconds or a TimeSpan; -1 permanent, 0 lifts.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [MuteDurationTransformation]
    public long? Chatroom { get; set; }

    /// <summary>Mutes every scope permanently; a scope's own duration cannot be given with it.</summary>
    [Parameter]
    public SwitchParameter Permanent { get; set; }

    /// <summary>Writes the user's mute state after the change (one more request per user).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var chat = Given(nameof(Chat), Chat);
        var groupChat = Given(nameof(GroupChat), GroupChat);
        var chatroom = Given(nameof(Chatroom), Chatroom);
        var scopesGiven = new[] { (nameof(Chat), chat), (nameof(GroupChat), groupChat), (nameof(Chatroom), chatroom) }
            .Where(scope => scope.Item2.HasValue).Select(scope => scope.Item1).ToList();
        if (Permanent)
        {
            chat = groupChat = chatroom = EmGlobalMute.Permanent;
        }
        foreach (var username in ValidUsernames(Username))
        {
            var invalid = (chat == null && groupChat == null && chatroom == null
                    ? InputChecks.NothingToSet("Give at least one of -Chat, -GroupChat, -Chatroom or -Permanent.", username)
                    : null)
                ?? InputChecks.PermanentAlone(Permanent, scopesGiven, username)
                ?? InputChecks.GlobalMuteSeconds(nameof(Chat), chat, username)
                ?? InputChecks.GlobalMuteSeconds(nameof(GroupChat), groupChat, username)
                ?? InputChecks.GlobalMuteSeconds(nameof(Chatroom), chatroom, username);
            if (invalid != null)
            {
                WriteError(invalid);
                continue;
            }
            if (ShouldProcess(username, "Set global mute " + Describe(chat, groupChat, chatroom)))
            {
                StartMute(username, chat, groupChat, chatroom);
            }
        }
    }

    private void StartMute(string username, long? chat, long? groupChat, long? chatroom)
    {
        Items.Start(username, async cancellationToken =>
        {
            await Client.SetGlobalMuteAsync(username, chat, groupChat, chatroom, cancellationToken).ConfigureAwait(false);
            if (!PassThru)
            {
                return NoWrites;
            }
            var mute = await Client.GetGlobalMuteAsync(username, cancellationToken).ConfigureAwait(false);
            return () => WriteObject(mute);
        });
    }

    private static string Describe(long? chat, long? groupChat, long? chatroom)
    {
        var parts = new List<string>();
        if (chat.HasValue) parts.Add("Chat=" + chat.Value);
        if (groupChat.HasValue) parts.Add("GroupChat=" + groupChat.Value);
        if (chatroom.HasValue) parts.Add("Chatroom=" + chatroom.Value);
        return string.Join(", ", parts);
    }
}
