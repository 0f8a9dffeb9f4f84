using System.Collections.Generic;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands
{
    /// <summary>
    /// Sets a user's global mute per scope. Durations are seconds or TimeSpans; -1 (or -Permanent) mutes
    /// permanently; 0 lifts the mute. Scopes not given are left as they are.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EmGlobalMute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(EmGlobalMute))]
    public sealed class SetEmGlobalMuteCommand : EmBulkCmdlet
    {
        private const long MaxSeconds = int.MaxValue;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Username { get; set; } = string.Empty;

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

        /// <summary>Mutes every scope not given otherwise permanently.</summary>
        [Parameter]
        public SwitchParameter Permanent { get; set; }

        /// <summary>Writes the user's mute state after the change (one more request per user).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var chat = Chat ?? PermanentOrNull();
            var groupChat = GroupChat ?? PermanentOrNull();
            var chatroom = Chatroom ?? PermanentOrNull();
            var invalid = InputChecks.Username(Username, "InvalidUsername", Username)
                ?? (chat == null && groupChat == null && chatroom == null
                    ? ErrorRecords.InvalidArgument("NothingToSet", "Give at least one of -Chat, -GroupChat, -Chatroom or -Permanent.", Username)
                    : null)
                ?? CheckDuration("Chat", chat)
                ?? CheckDuration("GroupChat", groupChat)
                ?? CheckDuration("Chatroom", chatroom);
            if (invalid != null)
            {
                WriteError(invalid);
                return;
            }
            if (!ShouldProcess(Username, "Set global mute " + Describe(chat, groupChat, chatroom)))
            {
                return;
            }
            var username = Username;
            StartItem(username, async cancellationToken =>
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

        private long? PermanentOrNull() => Permanent ? EmGlobalMute.Permanent : (long?)null;

        private ErrorRecord? CheckDuration(string scope, long? seconds) =>
            seconds.HasValue && (seconds.Value < -1 || seconds.Value > MaxSeconds)
                ? ErrorRecords.InvalidArgument("InvalidMuteDuration", "-" + scope + " must be -1 (permanent), 0 (lift) or 1 to " + MaxSeconds + " seconds; got " + seconds.Value + ".", Username)
                : null;

        private static string Describe(long? chat, long? groupChat, long? chatroom)
        {
            var parts = new List<string>();
            if (chat.HasValue) parts.Add("Chat=" + chat.Value);
            if (groupChat.HasValue) parts.Add("GroupChat=" + groupChat.Value);
            if (chatroom.HasValue) parts.Add("Chatroom=" + chatroom.Value);
            return string.Join(", ", parts);
        }
    }
}
