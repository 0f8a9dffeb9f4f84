using System;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// A request the emulated service refuses, carrying the error it answers with. It is an
/// <see cref="ArgumentException"/> because, to code calling <see cref="EmulatorStore"/> directly, that is all it is.
/// </summary>
internal sealed class EmulatorApiException : ArgumentException
{
    public EmulatorApiException(ApiError error)
        : base(error.Description)
    {
        Error = error;
    }

    public ApiError Error { get; }
}
