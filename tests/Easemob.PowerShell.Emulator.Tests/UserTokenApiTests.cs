using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>The emulator's user token grants and the Agora app tokens it accepts, over the API.</summary>
public sealed class UserTokenApiTests
{
    private const string AppId = "970ca35de60c44645bbae8a215061b33";
    private const string Certificate = "5cfd2fd1755d40ecb72977518be15d3b";

    private readonly EmulatorApi api = new(new EmulatorOptions { ClientId = "id", ClientSecret = "secret", AgoraAppId = AppId, AppCertificate = Certificate });

    private (int Status, JsonElement Json) Post(string body, string? authorization = null)
    {
        var answer = api.Handle(new EmulatorHttpRequest("POST", "/demo-org/demo-app/token", authorization, Encoding.UTF8.GetBytes(body)));
        return (answer.Status, JsonDocument.Parse(answer.Body).RootElement);
    }

    private static string AgoraAppToken(DateTimeOffset issuedAt, uint expire, string certificate = Certificate) =>
        "Bearer " + AgoraAccessToken2.ChatApp(AppId, (uint)issuedAt.ToUnixTimeSeconds(), expire, 7).Build(Encoding.ASCII.GetBytes(certificate));

    [Fact]
    public void The_password_grant_takes_the_ttl_as_a_number_or_as_the_vendor_examples_string()
    {
        api.Store.AddUser("c", "1");

        var (status, json) = Post("""{"grant_type":"password","username":"C","password":"1","ttl":"1024000"}""");

        Assert.Equal(200, status);
        Assert.Equal(1024000, json.GetProperty("expires_in").GetInt64());
        Assert.Equal("c", json.GetProperty("user").GetProperty("username").GetString());
        Assert.Equal("c", api.AuthenticateUser(json.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public void The_inherit_grant_needs_an_app_token_and_checks_names_it_would_create()
    {
        var appToken = AgoraAppToken(DateTimeOffset.UtcNow, 600);

        var noToken = Post("""{"grant_type":"inherit","username":"u9","autoCreateUser":true}""");
        var tooLong = Post("{\"grant_type\":\"inherit\",\"username\":\"" + new string('a', 65) + "\",\"autoCreateUser\":true}", appToken);
        var illegal = Post("""{"grant_type":"inherit","username":"no way!","autoCreateUser":true}""", appToken);
        var created = Post("""{"grant_type":"inherit","username":"u9","autoCreateUser":true,"ttl":0}""", appToken);

        Assert.Equal(401, noToken.Status);
        Assert.Equal((400, "USERNAME_TOO_LONG"), (tooLong.Status, tooLong.Json.GetProperty("error_description").GetString()));
        Assert.Equal((400, "illegal_argument"), (illegal.Status, illegal.Json.GetProperty("error").GetString()));
        Assert.Equal((200, 0L), (created.Status, created.Json.GetProperty("expires_in").GetInt64()));
        Assert.True(api.Store.UserExists("u9"));
    }

    [Fact]
    public void Agora_app_tokens_are_accepted_while_valid_and_signed_with_the_certificate()
    {
        api.Store.AddUser("u1");
        int Get(string authorization) => api.Handle(new EmulatorHttpRequest("GET", "/demo-org/demo-app/users/u1", authorization)).Status;

        Assert.Equal(200, Get(AgoraAppToken(DateTimeOffset.UtcNow, 600)));
        Assert.Equal(401, Get(AgoraAppToken(DateTimeOffset.UtcNow.AddSeconds(-601), 600)));
        Assert.Equal(401, Get(AgoraAppToken(DateTimeOffset.UtcNow, 600, "00000000000000000000000000000000")));
        var userToken = "Bearer " + AgoraAccessToken2.ChatUser(AppId, "u1", (uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 600, 7).Build(Encoding.ASCII.GetBytes(Certificate));
        Assert.Equal(401, Get(userToken));
        Assert.Equal("u1", api.AuthenticateUser(userToken.Substring("Bearer ".Length)));
    }

    [Fact]
    public void Agora_options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new EmulatorApi(new EmulatorOptions { AgoraAppId = AppId }));
        Assert.Throws<ArgumentException>(() => new EmulatorApi(new EmulatorOptions { AgoraAppId = "x", AppCertificate = Certificate }));
    }
}
