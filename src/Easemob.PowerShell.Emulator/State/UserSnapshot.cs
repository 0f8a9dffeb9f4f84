namespace Easemob.PowerShell.Emulator.State;

/// <summary>A user's entity with the mutable state answers report, read under the store's lock.</summary>
internal sealed record UserSnapshot(UserEntity Entity, bool Activated, long Sequence);
