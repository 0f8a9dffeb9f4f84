using System;
using System.Collections.Generic;
using System.Globalization;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>
    /// The messages and broadcasts the app accepted, in the order accepted, and the broadcasts counted per UTC day.
    /// Only touched under the store's lock. Not a <see cref="StoreFamily"/>: as at the vendor, a sent message outlives
    /// its sender, its target user and its chatroom (it stays in the exported history and can still be recalled).
    /// </summary>
    internal sealed class MessageState
    {
        private readonly List<EmulatorMessage> messages = new List<EmulatorMessage>();
        private readonly Dictionary<string, EmulatorMessage> byId = new Dictionary<string, EmulatorMessage>(StringComparer.Ordinal);
        private readonly List<EmulatorBroadcast> broadcasts = new List<EmulatorBroadcast>();
        private readonly Dictionary<EmApiFamily, (DateTime Day, int Count)> broadcastDays = new Dictionary<EmApiFamily, (DateTime Day, int Count)>();

        /// <summary>The last id given; ids are shaped like the vendor's: 64-bit, increasing with time.</summary>
        private long lastId;

        public MessageState(DateTimeOffset start)
        {
            lastId = start.ToUnixTimeMilliseconds() << 22;
        }

        public IReadOnlyList<EmulatorMessage> InOrder => messages;

        public IReadOnlyList<EmulatorBroadcast> Broadcasts => broadcasts;

        public EmulatorMessage? Find(string messageId) => byId.TryGetValue(messageId, out var message) ? message : null;

        public string NextId() => (++lastId).ToString(CultureInfo.InvariantCulture);

        public void Add(EmulatorMessage message)
        {
            messages.Add(message);
            byId.Add(message.Id, message);
        }

        public void Add(EmulatorBroadcast broadcast) => broadcasts.Add(broadcast);

        /// <summary>How many broadcasts of the kind were accepted on <paramref name="day"/> (UTC).</summary>
        public int BroadcastsOn(EmApiFamily family, DateTime day) =>
            broadcastDays.TryGetValue(family, out var counted) && counted.Day == day ? counted.Count : 0;

        public void CountBroadcast(EmApiFamily family, DateTime day) => broadcastDays[family] = (day, BroadcastsOn(family, day) + 1);
    }
}
