using System;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// Time as the emulator reads it (expiries, timestamps, the request log), so tests can set it instead of
/// sleeping. The emulator's own, like the client's IClock: the emulator does not depend on the client.
/// </summary>
internal interface IEmulatorClock
{
    DateTimeOffset UtcNow { get; }

    /// <summary>Monotonic time since an arbitrary start, for measuring intervals.</summary>
    TimeSpan Elapsed { get; }
}
