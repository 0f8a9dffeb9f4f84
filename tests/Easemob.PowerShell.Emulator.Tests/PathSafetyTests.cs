using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>Escaped separators and dot segments stay inside their segment and never reach another route.</summary>
public sealed class PathSafetyTests
{
    [Theory]
    [InlineData("a%2F..%2Fb", "a/../b")]
    [InlineData("x%3Fy", "x?y")]
    [InlineData("x%23y", "x#y")]
    [InlineData("1%2Fusers", "1/users")]
    public async Task Escaped_ids_are_one_unknown_id(string raw, string decoded)
    {
        using var client = EmulatorClient.WithUsers("u1");
        client.Store.AddChatroom("room", "u1");

        (await client.GetAsync($"chatrooms/{raw}/users")).ShouldFail(404, "service_resource_not_found", $"do not find this group:{decoded}");
        (await client.DeleteAsync($"chatrooms/{raw}")).ShouldFail(404, "resource_not_found", $"grpID {decoded} does not exist!");
        (await client.GetAsync($"users/{raw}")).ShouldFail(404, "service_resource_not_found", "Service resource not found");
        Assert.Single(client.Store.Chatrooms);
        Assert.Contains(client.Emulator.Requests, r => r.Path == $"/demo-org/demo-app/chatrooms/{raw}/users");
    }

    /// <remarks>Sent over a raw socket: System.Uri would unescape and collapse these before sending.</remarks>
    [Fact]
    public async Task Raw_dot_segments_are_ids_not_navigation()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var token = await client.AuthenticateAsync();

        var (status, body) = await RawHttp.GetAsync(client.Emulator, "/demo-org/demo-app/chatrooms/../users/u1", token);
        var (dotStatus, dotBody) = await RawHttp.GetAsync(client.Emulator, "/demo-org/demo-app/chatrooms/./users", token);
        var (escapedStatus, escapedBody) = await RawHttp.GetAsync(client.Emulator, "/demo-org/demo-app/chatrooms/%2E%2E/users", token);

        // ".." is a chatroom id here, so the path is the one-member route, which takes POST and DELETE only.
        Assert.Equal(405, status);
        Assert.Contains("\"method_not_allowed\"", body);
        Assert.DoesNotContain("\"u1\"", body);
        Assert.Equal(404, dotStatus);
        Assert.Contains("do not find this group:.\"", dotBody);
        Assert.Equal(404, escapedStatus);
        Assert.Contains("do not find this group:..\"", escapedBody);
    }

    [Fact]
    public async Task A_comma_only_separates_ids_in_the_details_call()
    {
        using var client = EmulatorClient.WithUsers("u1");
        var a = client.Store.AddChatroom("a", "u1");
        var b = client.Store.AddChatroom("b", "u1");

        (await client.GetAsync($"chatrooms/{a}%2C{b}/users")).ShouldFail(404, "service_resource_not_found", $"do not find this group:{a},{b}");
        (await client.DeleteAsync($"chatrooms/{a},{b}")).ShouldFail(404, "resource_not_found", $"grpID {a},{b} does not exist!");
        Assert.Equal(2, client.Store.Chatrooms.Count);
    }

    [Fact]
    public async Task Unknown_routes_and_apps_are_not_found()
    {
        using var client = new EmulatorClient();

        (await client.GetAsync("nothing")).ShouldFail(404, "service_resource_not_found", "Service resource not found");
        (await client.SendAsync(HttpMethod.Patch, "chatrooms", "{}")).ShouldFail(405, "method_not_allowed", "Request method 'PATCH' not supported");
        (await client.GetAsync("chatrooms//users")).ShouldFail(404, "service_resource_not_found", "Service resource not found");
        using var other = await client.Http.GetAsync(new Uri(client.Emulator.BaseUri, "demo-org/other-app/chatrooms/1"));
        var answer = new ApiAnswer((int)other.StatusCode, await other.Content.ReadAsStringAsync(), other.Headers);
        answer.ShouldFail(404, "organization_application_not_found", "Could not find application for demo-org/other-app from URI: demo-org/other-app/chatrooms/1");
    }

    [Fact]
    public async Task A_trailing_slash_and_the_app_key_case_are_tolerated()
    {
        using var client = new EmulatorClient();
        await client.AuthenticateAsync();

        (await client.GetAsync("chatrooms/")).ShouldSucceed();
        using var upper = new HttpRequestMessage(HttpMethod.Get, new Uri(client.Emulator.BaseUri, "DEMO-ORG/Demo-App/chatrooms"));
        upper.Headers.Authorization = new("Bearer", client.Token);
        Assert.Equal(200, (int)(await client.Http.SendAsync(upper)).StatusCode);
    }
}
