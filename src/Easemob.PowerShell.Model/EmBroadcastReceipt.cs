using System;

namespace Easemob.PowerShell.Model;

/// <summary>A broadcast the service accepted: it has a broadcast id and no message ids.</summary>
public sealed class EmBroadcastReceipt
{
    /// <summary>The service's broadcast id (a 64-bit number, kept as text).</summary>
    public string BroadcastId { get; set; } = string.Empty;
    /// <summary>Who it went to: Chatrooms (every active chatroom), Users (every user) or OnlineUsers.</summary>
    public EmBroadcastTarget Target { get; set; }
    public string From { get; set; } = string.Empty;
    public DateTimeOffset SentOn { get; set; }

    public override string ToString() => BroadcastId;
}

public enum EmBroadcastTarget
{
    Chatrooms,
    Users,
    OnlineUsers,
}
