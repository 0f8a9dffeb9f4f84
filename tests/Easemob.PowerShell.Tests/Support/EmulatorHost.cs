using System.Management.Automation;
using System.Net.Http.Json;
using System.Text.Json;
using Easemob.PowerShell.Emulator;

namespace Easemob.PowerShell.Tests.Support;

/// <summary>
/// A runspace with the module imported, an emulator started through Start-EmEmulator and a session
/// connected to it through Connect-EmApp: the state most tests start from.
/// </summary>
public sealed class EmulatorHost : IDisposable
{
    public EmulatorHost(string startArguments = "-User u1,u2,u3", string connectArguments = "")
    {
        Ps = new PsHost();
        Ps.Run("$global:emu = Start-EmEmulator " + startArguments + "; $global:emu | Connect-EmApp " + connectArguments).ThrowIfErrors();
        Emulator = (PSObject)Ps.GetVariable("emu")!;
    }

    public PsHost Ps { get; }

    /// <summary>The EmEmulator object, as PowerShell holds it.</summary>
    public PSObject Emulator { get; }

    public EmulatorStore Store => (EmulatorStore)Emulator.Properties["Store"].Value;

    public IReadOnlyList<EmulatorRequest> Requests => (IReadOnlyList<EmulatorRequest>)Emulator.Properties["Requests"].Value;

    public string ClientSecret => ((PSCredential)Emulator.Properties["Credential"].Value).GetNetworkCredential().Password;

    public void ClearRequests() => Emulator.Methods["ClearRequests"].Invoke();

    /// <summary>Requests other than token fetches, i.e. the API calls a cmdlet made.</summary>
    public List<EmulatorRequest> ApiRequests() => Requests.Where(r => !r.Path.EndsWith("/token", StringComparison.Ordinal)).ToList();

    public PsResult Run(string script, params object?[] args) => Ps.Run(script, args);

    /// <summary>An app token fetched straight from the emulator's token endpoint, as a client of its own would.</summary>
    public async Task<string> FetchTokenAsync()
    {
        using var http = new HttpClient();
        var baseUri = (Uri)Emulator.Properties["BaseUri"].Value;
        var credential = (PSCredential)Emulator.Properties["Credential"].Value;
        var response = await http.PostAsJsonAsync(new Uri(baseUri, "demo-org/demo-app/token"), new
        {
            grant_type = "client_credentials",
            client_id = credential.UserName,
            client_secret = credential.GetNetworkCredential().Password,
        });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public void Dispose() => Ps.Dispose();
}
