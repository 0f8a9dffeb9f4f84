using System.Net;
using System.Security;
using Easemob.PowerShell.Client.Policies;

namespace Easemob.PowerShell.Client.Tests.Support;

internal static class TestClients
{
    public const string BaseUri = "https://a1.easemob.test/";
    public const string Root = BaseUri + "org/app/";
    public const string ClientSecret = "s3cret-Value+/=";
    public const string IssuedToken = "YWMt-issued-token-1";
    public const string PreIssuedToken = "YWMt-pre-issued-token";

    /// <summary>Client-credentials options with the governor off (tests that need it turn it on).</summary>
    public static EasemobClientOptions Options(HttpMessageHandler handler) => new()
    {
        BaseUri = new Uri(BaseUri),
        OrgName = "org",
        AppName = "app",
        ClientId = "YXA6client-id",
        ClientSecret = Secure(ClientSecret),
        RateLimitScale = null,
        PrimaryHandler = handler,
    };

    public static EasemobClient Create(HttpMessageHandler handler, Action<EasemobClientOptions>? configure = null, IClock? clock = null)
    {
        var options = Options(handler);
        configure?.Invoke(options);
        return new EasemobClient(options, clock ?? new TestClock());
    }

    public static void UsePreIssuedToken(EasemobClientOptions options)
    {
        options.ClientId = null;
        options.ClientSecret = null;
        options.Token = Secure(PreIssuedToken);
    }

    public static SecureString Secure(string text) => new NetworkCredential("", text).SecurePassword;
}
