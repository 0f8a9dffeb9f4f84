using System;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>An answer as the API produces it, free of any transport. A dropped answer has status 0 and no body.</summary>
internal sealed record EmulatorHttpResponse(int Status, byte[] Body)
{
    /// <summary>The vendor error code sent, if any.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Seconds for a Retry-After header, if one is sent.</summary>
    public int? RetryAfterSeconds { get; init; }

    public EmulatorFault Fault { get; init; }

    /// <summary>The rate-limit family the request was classified into; null for an unknown route.</summary>
    public EmApiFamily? Family { get; init; }

    /// <summary>The host must close the connection without answering.</summary>
    public bool IsDropped => Status == 0;

    public static EmulatorHttpResponse Dropped(EmulatorFault fault) => new EmulatorHttpResponse(0, Array.Empty<byte>()) { Fault = fault };
}
