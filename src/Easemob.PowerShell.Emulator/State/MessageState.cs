using System;
using System.Collections.Generic;
using System.Globalization;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>
/// The messages and broadcasts the app accepted, in the order accepted, and the broadcasts counted per UTC day.
/// Only touched under the store's lock. Not a <see cref="StoreFamily"/>: as at the vendor, a sent message outlives
/// its sender, its target user and its chatroom (it stays in the exported history and can still be recalled).
/// </summary>
internal sealed class MessageState
{
    private readonly List<EmulatorMessage> _messages = new List<EmulatorMessage>();
    private readonly Dictionary<string, EmulatorMessage> _byId = new Dictionary<string, EmulatorMessage>(StringComparer.Ordinal);
    private readonly List<EmulatorBroadcast> _broadcasts = new List<EmulatorBroadcast>();
    private readonly Dictionary<EmApiFamily, (DateTime Day, int Count)> _broadcastDays = new Dictionary<EmApiFamily, (DateTime Day, int Count)>();

    /// <summary>The last id given; ids are shaped like the vendor's: 64-bit, increasing with time.</summary>
    private long _lastId;

    public MessageState(DateTimeOffset start)
    {
        _lastId = start.ToUnixTimeMilliseconds() << 22;
    }

    public IReadOnlyList<EmulatorMessage> InOrder => _messages;

    public IReadOnlyList<EmulatorBroadcast> Broadcasts => _broadcasts;

    public EmulatorMessage? Find(string messageId) => _byId.TryGetValue(messageId, out var message) ? message : null;

    public string NextId() => (++_lastId).ToString(CultureInfo.InvariantCulture);

    public void Add(EmulatorMessage message)
    {
        _messages.Add(message);
        _byId.Add(message.Id, message);
    }

    public void Add(EmulatorBroadcast broadcast) => _broadcasts.Add(broadcast);

    /// <summary>How many broadcasts of the kind were accepted on <paramref name="day"/> (UTC).</summary>
    public int BroadcastsOn(EmApiFamily family, DateTime day) =>
        _broadcastDays.TryGetValue(family, out var counted) && counted.Day == day ? counted.Count : 0;

    public void CountBroadcast(EmApiFamily family, DateTime day) => _broadcastDays[family] = (day, BroadcastsOn(family, day) + 1);
}
