using System;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>The emulated app: its org and app names and the uuid the service reports as "application".</summary>
internal sealed class AppIdentity
{
    public AppIdentity(string organization, string name)
    {
        Organization = organization;
        Name = name;
        Uuid = Guid.NewGuid().ToString();
    }

    public string Organization { get; }

    public string Name { get; }

    public string Uuid { get; }

    /// <summary>The app key, "org#app".</summary>
    public string Key => Organization + "#" + Name;

    /// <summary>
    /// Whether a request's org and app segments name this app. Case-insensitive, as the service stores
    /// org and app names in lower case.
    /// </summary>
    public bool Matches(string organization, string name) =>
        string.Equals(organization, Organization, StringComparison.OrdinalIgnoreCase)
        && string.Equals(name, Name, StringComparison.OrdinalIgnoreCase);
}
