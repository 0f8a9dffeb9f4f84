namespace Easemob.PowerShell.Tests.Session;

[Collection(nameof(TimingSensitive))]
public class TokenTests
{
    [Fact]
    public void Token_is_refreshed_before_it_expires_without_a_401()
    {
        using var host = new EmulatorHost("-User u1 -TokenTtl 00:00:03");
        // Over ~5 s of calls with a 3 s token: refreshed ahead of expiry (a fifth of the lifetime ahead), about
        // once per lifetime.
        host.Run("1..25 | ForEach-Object { Get-EmChatroom | Out-Null; [Threading.Thread]::Sleep(200) }").ThrowIfErrors();
        var fetches = host.Requests.Count(r => r.Path.EndsWith("/token"));
        Assert.InRange(fetches, 2, 5);
        Assert.DoesNotContain(host.Requests, r => r.Status == 401);
    }

    [Fact]
    public void A_401_fetches_one_new_token_and_retries_the_call_once()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("room", "u1");
        host.Emulator.Methods["RevokeTokens"].Invoke();
        host.ClearRequests();

        var result = host.Run("Get-EmChatroom").ThrowIfErrors();

        Assert.Single(result.Output);
        var log = host.Requests.Select(r => (r.Method, Tail: r.Path.Split('/').Last(), r.Status)).ToList();
        Assert.Equal(new[] { ("GET", "chatrooms", 401), ("POST", "token", 200), ("GET", "chatrooms", 200) }, log);
    }

    [Fact]
    public void Many_cmdlet_calls_share_one_token()
    {
        using var host = new EmulatorHost();
        host.Run("1..20 | ForEach-Object { Get-EmChatroom | Out-Null }").ThrowIfErrors();
        Assert.Single(host.Requests, r => r.Path.EndsWith("/token"));
    }
}
