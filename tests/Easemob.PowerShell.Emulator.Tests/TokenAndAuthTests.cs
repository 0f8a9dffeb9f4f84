using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class TokenAndAuthTests
{
    [Fact]
    public async Task Token_call_issues_a_long_opaque_token_with_the_default_lifetime()
    {
        using var client = new EmulatorClient();

        var answer = await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = client.Emulator.ClientId, client_secret = client.Emulator.ClientSecret });

        answer.ShouldSucceed();
        Assert.True(answer.Json.GetProperty("access_token").GetString()!.Length >= 40);
        Assert.Equal(86400, answer.Json.GetProperty("expires_in").GetInt64());
        Assert.True(Guid.TryParse(answer.Json.GetProperty("application").GetString(), out _));
        client.Token = answer.Json.GetProperty("access_token").GetString();
        (await client.GetAsync("chatrooms")).ShouldSucceed();
    }

    [Fact]
    public async Task Generated_credentials_are_random_and_given_ones_are_kept()
    {
        using var first = new EmulatorClient();
        using var second = new EmulatorClient(new EmulatorOptions { ClientId = "my-id", ClientSecret = "my-secret" });

        Assert.StartsWith("YXA6", first.Emulator.ClientId);
        Assert.True(first.Emulator.ClientSecret.Length >= 32);
        Assert.Equal("my-id", second.Emulator.ClientId);
        Assert.Equal("my-secret", second.Emulator.ClientSecret);
        await second.AuthenticateAsync();
    }

    [Fact]
    public async Task Requested_ttl_overrides_the_default_and_zero_never_expires()
    {
        using var client = new EmulatorClient(new EmulatorOptions { TokenTtl = TimeSpan.FromSeconds(1) });
        var credentials = new { grant_type = "client_credentials", client_id = client.Emulator.ClientId, client_secret = client.Emulator.ClientSecret };

        var withTtl = await client.RequestTokenAsync(new { credentials.grant_type, credentials.client_id, credentials.client_secret, ttl = 3600 });
        var forever = await client.RequestTokenAsync(new { credentials.grant_type, credentials.client_id, credentials.client_secret, ttl = 0 });
        var byDefault = await client.RequestTokenAsync(credentials);

        Assert.Equal(3600, withTtl.ShouldSucceed().Json.GetProperty("expires_in").GetInt64());
        Assert.Equal(0, forever.ShouldSucceed().Json.GetProperty("expires_in").GetInt64());
        Assert.Equal(1, byDefault.ShouldSucceed().Json.GetProperty("expires_in").GetInt64());

        await Task.Delay(TimeSpan.FromMilliseconds(1300));
        client.Token = withTtl.Json.GetProperty("access_token").GetString();
        (await client.GetAsync("chatrooms")).ShouldSucceed();
        client.Token = forever.Json.GetProperty("access_token").GetString();
        (await client.GetAsync("chatrooms")).ShouldSucceed();
        client.Token = byDefault.Json.GetProperty("access_token").GetString();
        (await client.GetAsync("chatrooms")).ShouldFail(401, "unauthorized", "Unable to authenticate (OAuth)");
    }

    [Fact]
    public async Task Token_errors_are_the_documented_ones()
    {
        using var client = new EmulatorClient();
        var id = client.Emulator.ClientId;
        var secret = client.Emulator.ClientSecret;

        (await client.RequestTokenAsync(new { grant_type = "client_credentials", client_secret = secret }))
            .ShouldFail(400, "illegal_argument", "client_id must be provided");
        (await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id, client_secret = secret + "x" }))
            .ShouldFail(400, "invalid_grant", "client_secret does not match");
        (await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id + "x", client_secret = secret }))
            .ShouldFail(400, "invalid_grant", "client_secret does not match");
        (await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id }))
            .ShouldFail(400, "invalid_grant", "client_secret does not match");
        Assert.Equal("unsupported_grant_type", (await client.RequestTokenAsync(new { grant_type = "refresh_token", client_id = id, client_secret = secret })).Error);
        Assert.Equal(400, (await client.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id, client_secret = secret, ttl = -1 })).Status);
        Assert.Equal("json_parse", (await client.RequestTokenAsync("{not json")).Error);
    }

    [Fact]
    public async Task Token_call_to_another_app_is_organization_application_not_found()
    {
        using var client = new EmulatorClient();
        using var response = await client.Http.PostAsync(new Uri(client.Emulator.BaseUri, "other-org/other-app/token"), new StringContent("{}"));
        var answer = new ApiAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);

        answer.ShouldFail(404, "organization_application_not_found", "Could not find application for other-org/other-app from URI: other-org/other-app/token");
    }

    [Fact]
    public async Task Calls_without_a_valid_token_are_unauthorized()
    {
        using var client = new EmulatorClient();

        (await client.SendAsync(HttpMethod.Get, "chatrooms", authenticate: false)).ShouldFail(401, "unauthorized", "Unable to authenticate (OAuth)");
        client.Token = "YWMt" + new string('a', 43);
        (await client.GetAsync("chatrooms")).ShouldFail(401, "unauthorized", "Unable to authenticate (OAuth)");
        await client.AuthenticateAsync();
        (await client.GetAsync("chatrooms")).ShouldSucceed();
    }

    [Fact]
    public async Task Revoked_tokens_are_unauthorized_and_a_new_token_works()
    {
        using var client = new EmulatorClient();
        await client.AuthenticateAsync();
        (await client.GetAsync("chatrooms")).ShouldSucceed();

        client.Emulator.RevokeTokens();

        (await client.GetAsync("chatrooms")).ShouldFail(401, "unauthorized", "Unable to authenticate (OAuth)");
        await client.AuthenticateAsync();
        (await client.GetAsync("chatrooms")).ShouldSucceed();
    }

    [Fact]
    public async Task Every_call_but_the_token_call_needs_a_token()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var id = client.Store.AddChatroom("room", "u1");
        var calls = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, "chatrooms"), (HttpMethod.Post, "chatrooms"), (HttpMethod.Get, "users/u1/joined_chatrooms"),
            (HttpMethod.Get, $"chatrooms/{id}"), (HttpMethod.Put, $"chatrooms/{id}"), (HttpMethod.Delete, $"chatrooms/{id}"),
            (HttpMethod.Get, $"chatrooms/{id}/users"), (HttpMethod.Post, "users"), (HttpMethod.Get, "users/u1"),
            (HttpMethod.Delete, "users/u1"), (HttpMethod.Post, "mutes"), (HttpMethod.Get, "mutes"), (HttpMethod.Get, "mutes/u1"),
        };

        foreach (var (method, path) in calls)
        {
            var answer = await client.SendAsync(method, path, method == HttpMethod.Get || method == HttpMethod.Delete ? null : "{}", authenticate: false);
            Assert.True(answer.Status == 401, $"{method} {path}: {answer}");
        }

        Assert.NotNull(client.Store.FindChatroom(id));
        Assert.True(client.Store.UserExists("u1"));
    }
}
