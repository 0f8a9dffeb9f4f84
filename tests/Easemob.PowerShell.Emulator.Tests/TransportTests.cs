using System.Net;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>
/// The emulator's own HTTP/1.1 transport: whatever arrives, the answer is the service's JSON with a fitting status,
/// never an HTML page from the framework, and the server keeps serving.
/// </summary>
public sealed class TransportTests
{
    private const string App = "/demo-org/demo-app/";

    private static void ShouldBeVendorError(RawAnswer? answer, int status, string error)
    {
        Assert.NotNull(answer);
        Assert.Equal((status, "application/json;charset=UTF-8"), (answer!.Status, answer.Headers["Content-Type"]));
        using var json = JsonDocument.Parse(answer.Body);
        Assert.Equal(error, json.RootElement.GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("error_description").ValueKind);
    }

    [Fact]
    public async Task The_emulator_answers_on_localhost_too()
    {
        using var client = new EmulatorClient();
        using var http = new HttpClient();

        using var answer = await http.GetAsync($"http://localhost:{client.Emulator.Port}{App}chatrooms");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains("\"unauthorized\"", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_POST_without_a_body_or_with_another_Host_is_answered_by_the_API()
    {
        using var client = new EmulatorClient();
        using var connection = await RawConnection.OpenAsync(client.Emulator);

        await connection.SendAsync($"POST {App}token HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        ShouldBeVendorError(await connection.ReadAnswerAsync(), 400, "illegal_argument");
        await connection.SendAsync($"GET {App}chatrooms HTTP/1.1\r\nHost: example.com\r\n\r\n");
        ShouldBeVendorError(await connection.ReadAnswerAsync(), 401, "unauthorized");
    }

    [Fact]
    public async Task Requests_on_one_connection_are_answered_in_turn_with_Content_Length_and_chunked_bodies()
    {
        using var client = new EmulatorClient();
        using var connection = await RawConnection.OpenAsync(client.Emulator);
        var grant = JsonSerializer.Serialize(new { grant_type = "client_credentials", client_id = client.Emulator.ClientId, client_secret = client.Emulator.ClientSecret });
        var bytes = Encoding.UTF8.GetBytes(grant);
        var half = bytes.Length / 2;

        // Two pipelined requests in one write, then a chunked one.
        await connection.SendAsync($"POST {App}token HTTP/1.1\r\nHost: h\r\nContent-Length: {bytes.Length}\r\n\r\n{grant}GET {App}nothing HTTP/1.1\r\nHost: h\r\n\r\n");
        var first = await connection.ReadAnswerAsync();
        ShouldBeVendorError(await connection.ReadAnswerAsync(), 404, "service_resource_not_found");
        await connection.SendAsync($"POST {App}token HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n{half:x}\r\n{grant[..half]}\r\n{bytes.Length - half:x};ext=1\r\n{grant[half..]}\r\n0\r\n\r\n");
        var chunked = await connection.ReadAnswerAsync();

        Assert.Equal((200, 200), (first!.Status, chunked!.Status));
        Assert.Contains("access_token", chunked.Body);
        Assert.Equal(3, client.Emulator.Requests.Count);
    }

    [Fact]
    public async Task A_client_expecting_100_Continue_gets_it_before_sending_the_body()
    {
        using var client = new EmulatorClient();
        using var connection = await RawConnection.OpenAsync(client.Emulator);

        await connection.SendAsync($"POST {App}token HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        Assert.Equal(100, (await connection.ReadAnswerAsync())!.Status);
        await connection.SendAsync("{}");

        ShouldBeVendorError(await connection.ReadAnswerAsync(), 400, "illegal_argument");
    }

    [Theory]
    [InlineData("NONSENSE\r\n\r\n")]
    [InlineData("GET /x HTTP/2.0\r\n\r\n")]
    [InlineData("GET /x HTTP/1.1\r\nno colon here\r\n\r\n")]
    [InlineData("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n")]
    [InlineData("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")]
    [InlineData("POST /x HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")]
    [InlineData("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")]
    public async Task A_request_that_is_not_HTTP_is_a_JSON_400_and_the_connection_closes(string request)
    {
        using var client = new EmulatorClient();
        using var connection = await RawConnection.OpenAsync(client.Emulator);

        await connection.SendAsync(request);

        var answer = await connection.ReadAnswerAsync();
        ShouldBeVendorError(answer, 400, "bad_request");
        Assert.Equal("close", answer!.Headers["Connection"]);
        Assert.True(await connection.IsClosedAsync());
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_JSON_body_is_json_parse()
    {
        using var client = new EmulatorClient();
        await client.AuthenticateAsync();
        using var connection = await RawConnection.OpenAsync(client.Emulator);
        var body = new byte[] { (byte)'{', (byte)'"', (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' };

        await connection.SendAsync($"POST {App}chatrooms HTTP/1.1\r\nHost: h\r\nAuthorization: Bearer {client.Token}\r\nContent-Length: {body.Length}\r\n\r\n");
        await connection.SendAsync(body);

        ShouldBeVendorError(await connection.ReadAnswerAsync(), 400, "json_parse");
    }

    [Theory]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    [InlineData("PATCH")]
    [InlineData("TRACE")]
    public async Task A_method_a_known_path_does_not_take_is_405_and_an_unknown_path_404(string method)
    {
        using var client = new EmulatorClient();

        var known = await client.SendRawAsync(new HttpMethod(method), "chatrooms");
        var unknown = await client.SendRawAsync(new HttpMethod(method), "nothing");

        Assert.Equal((405, 404), ((int)known.StatusCode, (int)unknown.StatusCode));
        Assert.Equal("application/json", known.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Fuzzed_requests_always_get_the_vendors_JSON_and_the_emulator_keeps_serving()
    {
        using var client = EmulatorClient.WithUsers("u1");
        await client.AuthenticateAsync();
        var random = new Random(20261129);
        string[] methods = { "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT", "FOO" };
        string[] paths = { "", "token", "chatrooms", "chatrooms/1", "chatrooms/1,2", "chatrooms/%2C", "chatrooms/1/users", "users", "users/u1", "users/u1/joined_chatrooms", "mutes", "mutes/u1", "a/b/c/d", "%", "%ZZ", "..", "chatrooms/%00" };
        string[] queries = { "", "?limit=0", "?limit=99999999999", "?limit=-1", "?limit=abc", "?pagenum=0&pagesize=5", "?pagenum=99999999999", "?cursor=%%%", "?cursor=bm90LWEtY3Vyc29y", "?a", "?&&=" };
        string[] bodies = { "", "{}", "[]", "null", "{\"name\":1}", "{\"name\":\"n\",\"owner\":\"u1\"}", "{\"newowner\":\"zz\"}", "{\"username\":\"x\",\"password\":\"p\"}", "{", "\"str\"", "{\"grant_type\":\"client_credentials\"}", "{\"maxusers\":1e400}" };

        for (var i = 0; i < 300; i++)
        {
            var method = methods[random.Next(methods.Length)];
            var target = (random.Next(10) == 0 ? "/other-org/app/" : App) + paths[random.Next(paths.Length)] + queries[random.Next(queries.Length)];
            var body = Encoding.UTF8.GetBytes(bodies[random.Next(bodies.Length)]);
            if (random.Next(8) == 0) body = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (byte)random.Next(256)).ToArray();
            var headers = new StringBuilder($"Host: {(random.Next(4) == 0 ? "elsewhere.example" : "127.0.0.1")}\r\n");
            if (random.Next(3) > 0) headers.Append($"Authorization: Bearer {(random.Next(4) == 0 ? "bogus" : client.Token)}\r\n");
            if (random.Next(5) > 0 || body.Length > 0) headers.Append($"Content-Length: {body.Length}\r\n");
            if (random.Next(6) == 0) headers.Append("Content-Type: text/plain\r\n");

            using var connection = await RawConnection.OpenAsync(client.Emulator);
            await connection.SendAsync($"{method} {target} HTTP/1.1\r\n{headers}\r\n");
            await connection.SendAsync(body);
            var answer = await connection.ReadAnswerAsync(toHead: method == "HEAD");

            Assert.True(answer != null, $"no answer to {method} {target}");
            Assert.Equal("application/json;charset=UTF-8", answer!.Headers["Content-Type"]);
            Assert.Contains(answer.Status, new[] { 200, 400, 401, 403, 404, 405 });
            if (method != "HEAD" && answer.Status != 200)
            {
                using var json = JsonDocument.Parse(answer.Body);
                Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("error").ValueKind);
            }
        }

        // Still serving (the fuzz may have deleted u1, so a listing).
        (await client.GetAsync("chatrooms")).ShouldSucceed();
    }
}
