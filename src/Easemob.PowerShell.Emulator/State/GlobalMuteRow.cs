namespace Easemob.PowerShell.Emulator.State;

/// <summary>One row of the global-mute list: a user and one scope with its remaining seconds.</summary>
internal readonly struct GlobalMuteRow
{
    public GlobalMuteRow(string username, GlobalMuteScope scope, long seconds)
    {
        Username = username;
        Scope = scope;
        Seconds = seconds;
    }

    public string Username { get; }

    public GlobalMuteScope Scope { get; }

    public long Seconds { get; }
}
