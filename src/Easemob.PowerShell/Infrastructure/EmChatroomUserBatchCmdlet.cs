using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that change users of a chatroom in per-user batches (add or remove members, mute,
    /// allowlist, blocklist): -Id and -Username from the pipeline, checks before sending, one confirmation per
    /// pipeline item, then batches of up to 60 users per chatroom across the whole pipeline. A derived cmdlet
    /// says only which call to make and what to write for a user that succeeded.
    /// </summary>
    public abstract class EmChatroomUserBatchCmdlet<TResult> : EmChatroomUsersCmdlet
    {
        private PipelineBatcher<ChatroomUserItem, TResult>? _batcher;

        /// <summary>Writes an object for each user changed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>
        /// Batches in flight default to as many as the documented rate limit lets start in one second, since each
        /// carries up to 60 users and the rate governor paces whatever exceeds it.
        /// </summary>
        protected EmChatroomUserBatchCmdlet()
        {
            ThrottleLimit = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.ChatroomItem);
        }

        /// <summary>What ShouldProcess says is done to the users, e.g. "Add members".</summary>
        protected abstract string Action { get; }

        /// <summary>Sends one batch of 1 to 60 distinct users of one chatroom. Runs off the pipeline thread.</summary>
        private protected abstract Task<ChatroomUserBatchResult<TResult>> SendAsync(string chatroomId, IReadOnlyList<string> usernames, CancellationToken cancellationToken);

        /// <summary>What -PassThru writes for a user that succeeded.</summary>
        protected abstract object PassThruObject(ChatroomUserItem item, TResult result);

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _batcher = NewBatcher<ChatroomUserItem, TResult>(EmApiLimits.MaxUsersPerChatroomBatch, SendBatchAsync, WriteResult, identityOf: item => item.Username);
        }

        protected override void ProcessRecord()
        {
            foreach (var (id, usernames) in TakeInput(Action))
            {
                foreach (var username in usernames)
                {
                    _batcher!.Add(id, new ChatroomUserItem(id, username));
                }
            }
        }

        /// <summary>Turns mute-all on or off for the -Id of this pipeline item (the -All form of the mute cmdlets).</summary>
        protected void SetMuteAll(bool muted, string action)
        {
            var passThru = PassThru.IsPresent;
            foreach (var id in CheckedIds())
            {
                if (!ShouldProcess(Room.Noun + " " + id, action))
                {
                    continue;
                }
                var (room, client) = (Room, Client);
                StartItem(id, async cancellationToken =>
                {
                    await room.SetMuteAllAsync(client, id, muted, cancellationToken).ConfigureAwait(false);
                    if (!passThru)
                    {
                        return NoWrites;
                    }
                    var after = await room.GetAsync(client, id, cancellationToken).ConfigureAwait(false);
                    return () => WriteObject(after);
                });
            }
        }

        private async Task<IReadOnlyList<BatchOutcome<TResult>>> SendBatchAsync(string? chatroomId, IReadOnlyList<ChatroomUserItem> items, CancellationToken cancellationToken)
        {
            var result = await SendAsync(chatroomId!, items.Select(item => item.Username).ToArray(), cancellationToken).ConfigureAwait(false);
            return items.Select(item => result.TryGetResult(item.Username, out var value, out var error)
                ? BatchOutcome<TResult>.Success(value)
                : BatchOutcome<TResult>.Failure(error!)).ToArray();
        }

        private void WriteResult(ChatroomUserItem item, TResult result)
        {
            if (PassThru)
            {
                WriteObject(PassThruObject(item, result));
            }
        }
    }
}
