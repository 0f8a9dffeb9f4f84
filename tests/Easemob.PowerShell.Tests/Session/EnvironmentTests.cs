namespace Easemob.PowerShell.Tests.Session;

/// <summary>Environment variables are process-wide: these tests must not run beside others that read them.</summary>
[CollectionDefinition(nameof(EnvironmentVariables), DisableParallelization = true)]
public class EnvironmentVariables;

[Collection(nameof(EnvironmentVariables))]
public class EnvironmentTests
{
    private static readonly string[] Names =
        { "EASEMOB_BASE_URI", "EASEMOB_ORG", "EASEMOB_APP", "EASEMOB_CLIENT_ID", "EASEMOB_CLIENT_SECRET", "EASEMOB_TOKEN" };

    [Fact]
    public void Connect_without_parameters_uses_the_EASEMOB_variables()
    {
        using var host = new EmulatorHost();
        try
        {
            Environment.SetEnvironmentVariable("EASEMOB_BASE_URI", host.Emulator.Properties["BaseUri"].Value.ToString());
            Environment.SetEnvironmentVariable("EASEMOB_ORG", "demo-org");
            Environment.SetEnvironmentVariable("EASEMOB_APP", "demo-app");
            Environment.SetEnvironmentVariable("EASEMOB_CLIENT_ID", host.Run("$emu.Credential.UserName").Output.Single().ToString());
            Environment.SetEnvironmentVariable("EASEMOB_CLIENT_SECRET", host.ClientSecret);
            host.Run("Disconnect-EmApp").ThrowIfErrors();
            host.ClearRequests();

            var session = host.Run("Connect-EmApp -PassThru").ThrowIfErrors().Output.Single();

            Assert.Equal("demo-org#demo-app", session.Properties["AppKey"].Value);
            Assert.Single(host.Requests, r => r.Path.EndsWith("/token") && r.Status == 200);
        }
        finally
        {
            Clear();
        }
    }

    [Fact]
    public async Task EASEMOB_TOKEN_is_used_when_no_client_credentials_are_set()
    {
        using var host = new EmulatorHost();
        try
        {
            Environment.SetEnvironmentVariable("EASEMOB_BASE_URI", host.Emulator.Properties["BaseUri"].Value.ToString());
            Environment.SetEnvironmentVariable("EASEMOB_ORG", "demo-org");
            Environment.SetEnvironmentVariable("EASEMOB_APP", "demo-app");
            Environment.SetEnvironmentVariable("EASEMOB_TOKEN", await host.FetchTokenAsync());

            var session = host.Run("Connect-EmApp -PassThru").ThrowIfErrors().Output.Single();

            Assert.Equal("Token", session.Properties["AuthMode"].Value.ToString());
        }
        finally
        {
            Clear();
        }
    }

    [Fact]
    public void A_missing_value_names_both_the_parameter_and_the_variable()
    {
        Clear();
        using var ps = new PsHost();
        var error = ps.Run("Connect-EmApp -OrgName o -AppName a").FirstError!;
        Assert.Equal("Easemob.MissingConnectionValue,Easemob.PowerShell.Commands.ConnectEmAppCommand", error.FullyQualifiedErrorId);
        Assert.Contains("-BaseUri", error.Exception.Message);
        Assert.Contains("EASEMOB_BASE_URI", error.Exception.Message);
    }

    private static void Clear()
    {
        foreach (var name in Names)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
