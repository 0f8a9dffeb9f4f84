using System;

namespace Easemob.PowerShell.Emulator;

/// <summary>One broadcast the emulator accepted: it has a broadcast id and no per-target messages.</summary>
public sealed class EmulatorBroadcast
{
    internal EmulatorBroadcast(string id, string target, string from, string type, string bodyJson, string? extensionJson, DateTimeOffset sentOn)
    {
        Id = id;
        Target = target;
        From = from;
        Type = type;
        BodyJson = bodyJson;
        ExtensionJson = extensionJson;
        SentOn = sentOn;
    }

    public string Id { get; }

    /// <summary>"chatrooms", "users" or "online users".</summary>
    public string Target { get; }

    public string From { get; }

    public string Type { get; }

    /// <summary>The <c>msg</c> object as sent, without its type, compact JSON.</summary>
    public string BodyJson { get; }

    public string? ExtensionJson { get; }

    public DateTimeOffset SentOn { get; }

    public override string ToString() => $"{Id} {Target} {Type}";
}
