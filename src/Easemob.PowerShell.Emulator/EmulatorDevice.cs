namespace Easemob.PowerShell.Emulator;

/// <summary>A device a user is logged in on, as the devices call reports it.</summary>
/// <param name="Resource">The connection's resource id, e.g. "android_123…"; force logout of one device names it.</param>
public sealed record EmulatorDevice(string Resource, string DeviceUuid, string DeviceName);
