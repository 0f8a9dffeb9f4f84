namespace Easemob.PowerShell.Emulator;

/// <summary>Which failure the emulator injected into a request (see <see cref="EmulatorOptions.FaultRate"/>).</summary>
public enum EmulatorFault
{
    /// <summary>The request was served normally.</summary>
    None,
    /// <summary>500 internal_server_error before the request had any effect.</summary>
    ServerErrorBeforeApply,
    /// <summary>503 service_unavailable before the request had any effect.</summary>
    ServiceUnavailable,
    /// <summary>The connection was closed without an answer before the request had any effect.</summary>
    DropBeforeApply,
    /// <summary>A write was applied, then answered with 500 internal_server_error.</summary>
    ServerErrorAfterApply,
    /// <summary>A write was applied, then the connection was closed without an answer.</summary>
    DropAfterApply,
}
