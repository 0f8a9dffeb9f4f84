using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator;

/// <summary>One message the emulator accepted for one target, as a test reads it back.</summary>
public sealed class EmulatorMessage
{
    internal EmulatorMessage(string id, string chatType, string from, string to, string type, string bodyJson, string? extensionJson,
        IReadOnlyList<string> directedTo, DateTimeOffset sentOn, SendOptions options)
    {
        Priority = options.Priority;
        SyncDevice = options.SyncDevice;
        OnlineOnly = options.OnlineOnly;
        Id = id;
        ChatType = chatType;
        From = from;
        To = to;
        Type = type;
        BodyJson = bodyJson;
        ExtensionJson = extensionJson;
        DirectedTo = directedTo;
        SentOn = sentOn;
    }

    public string Id { get; }

    /// <summary>"chat" (to a user) or "chatroom", as the vendor names them.</summary>
    public string ChatType { get; }

    public string From { get; }

    /// <summary>The user name or chatroom id.</summary>
    public string To { get; }

    /// <summary>The vendor's message type: txt, custom, cmd, img, …</summary>
    public string Type { get; }

    /// <summary>The <c>body</c> object as sent (or as last modified), compact JSON.</summary>
    public string BodyJson { get; internal set; }

    /// <summary>The <c>ext</c> object as sent (or as last modified), compact JSON; null when none.</summary>
    public string? ExtensionJson { get; internal set; }

    /// <summary>How many times the message was modified.</summary>
    public int Edits { get; internal set; }

    /// <summary>The members a directed chatroom message went to; empty for an ordinary one.</summary>
    public IReadOnlyList<string> DirectedTo { get; }

    public DateTimeOffset SentOn { get; }

    /// <summary>The chatroom_msg_level sent (high, normal, low); null when none.</summary>
    public string? Priority { get; }

    /// <summary>Whether the send asked to copy the message to the sender's devices (sync_device).</summary>
    public bool SyncDevice { get; }

    /// <summary>Whether the send was for online users only (routetype ROUTE_ONLINE).</summary>
    public bool OnlineOnly { get; }

    /// <summary>When the message was recalled; null while it stands.</summary>
    public DateTimeOffset? RecalledOn { get; internal set; }

    public override string ToString() => $"{Id} {ChatType} {From}->{To} {Type}";

    /// <summary>The delivery options of a send, kept with each of its messages.</summary>
    internal sealed record SendOptions(string? Priority, bool SyncDevice, bool OnlineOnly);
}
