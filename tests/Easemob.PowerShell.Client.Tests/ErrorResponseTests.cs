using System.Net;
using System.Text;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>Non-200 answers become <see cref="EasemobApiException"/>s that say what failed, and never leak credentials.</summary>
public sealed class ErrorResponseTests
{
    public static TheoryData<string, int, string, string> DocumentedErrors => new()
    {
        // call, status, error, error_description (from the vendor pages and the API summary)
        { "details", 404, "service_resource_not_found", "do not find this group:XX" },
        { "create", 400, "invalid_parameter", "name must be provided" },
        { "create", 400, "illegal_argument", "group ID XX already exists!" },
        { "create", 403, "exceed_limit", "appKey:XX#XX has create too many chatrooms!" },
        { "create", 403, "exceed_limit", "user XX has joined too many chatrooms!" },
        { "create", 403, "exceed_limit", "members size is greater than max user size !" },
        { "create", 404, "resource_not_found", "username XXXX doesn't exist!" },
        { "modify", 404, "resource_not_found", "grpID XX does not exist!" },
        { "modify", 403, "exceed_limit", "title cannot exceed to XXXX" },
        { "modify", 403, "exceed_limit", "desc cannot exceed to XXXX" },
        { "modify", 403, "exceed_limit", "maxUsers cannot exceed XXXX" },
        { "modify", 400, "invalid_parameter", "some of [chatroom_id] are not valid fields" },
        { "transfer", 404, "resource_not_found", "username XX doesn't exist!" },
        { "transfer", 403, "forbidden_op", "new owner and old owner are the same" },
        { "delete", 404, "resource_not_found", "grpID XX does not exist!" },
        { "members", 404, "service_resource_not_found", "do not find this group:XX" },
        { "mutes", 404, "organization_application_not_found", "Could not find application for XXX/XXX from URI: XXX/XXX/users" },
        { "mute-set", 400, "required_property_not_found", "Entity user requires a property named username" },
        { "joined", 429, "resource_limited", "You have exceeded the limit of the plan" },
        { "list", 401, "unauthorized", "Unable to authenticate (OAuth)" },
    };

    [Theory]
    [MemberData(nameof(DocumentedErrors))]
    public async Task DocumentedError_BecomesAnExceptionWithEveryField(string call, int status, string error, string description)
    {
        var handler = FakeHttpHandler.ForApi(_ => Responses.Error(status, error, description));
        // A pre-issued token, so that the 401 is not answered by renewing the token.
        using var client = TestClients.Create(handler, TestClients.UsePreIssuedToken);

        var exception = await Assert.ThrowsAsync<EasemobApiException>(() => Call(client, call));

        var request = Assert.Single(handler.ApiRequests);
        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(error, exception.ErrorCode);
        Assert.Equal(description, exception.ErrorDescription);
        Assert.Equal(request.Method, exception.Method);
        Assert.Equal(request.Uri.AbsoluteUri, exception.RequestUri);
        Assert.Equal($"{description} (HTTP {status} {error}; {request.Method} {request.Uri.AbsoluteUri})", exception.Message);
        Assert.Null(exception.RetryAfter);
    }

    [Fact]
    public async Task TokenEndpointErrors_NameTheTokenRequest()
    {
        var handler = new FakeHttpHandler((_, _) => Task.FromResult(Responses.Error(400, "invalid_grant", "client_secret does not match")));
        using var client = TestClients.Create(handler);

        var exception = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal((400, "invalid_grant", "POST", TestClients.Root + "token"), (exception.StatusCode, exception.ErrorCode, exception.Method, exception.RequestUri));
        Assert.Empty(handler.ApiRequests);
    }

    [Fact]
    public async Task HtmlErrorPage_StillGivesTheStatusAndItsReason()
    {
        var handler = FakeHttpHandler.ForApi(_ => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", Encoding.UTF8, "text/html"),
        });
        using var client = TestClients.Create(handler, o => o.MaxRetry = 0);

        var exception = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal(502, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
        Assert.Equal("Bad Gateway", exception.ErrorDescription);
        Assert.Equal($"Bad Gateway (HTTP 502; GET {TestClients.Root}users/u)", exception.Message);
    }

    [Fact]
    public async Task EmptyErrorBody_StillGivesTheStatus()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForApi(_ => new HttpResponseMessage(HttpStatusCode.Forbidden)));

        var exception = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetUserAsync("u", CancellationToken.None));

        Assert.Equal((403, null, "Forbidden"), (exception.StatusCode, exception.ErrorCode, exception.ErrorDescription));
    }

    [Fact]
    public async Task TokenAndSecret_NeverAppearInMessageToStringOrTrace_EvenWhenTheServerEchoesTheToken()
    {
        var handler = FakeHttpHandler.ForApi(r => Responses.Error(400, "illegal_argument", "bad request with " + r.Authorization));
        var trace = new List<string>();
        using var client = TestClients.Create(handler);

        var exception = await Assert.ThrowsAsync<EasemobApiException>(
            () => client.WithTrace(trace.Add).CreateUsersAsync(new[] { new NewUser("u", TestClients.Secure(TestClients.ClientSecret), null) }, CancellationToken.None));

        using (var tokenBody = System.Text.Json.JsonDocument.Parse(handler.TokenRequests[0].Body!)) // the secret did go to the token endpoint
            Assert.Equal(TestClients.ClientSecret, tokenBody.RootElement.GetProperty("client_secret").GetString());
        foreach (var text in trace.Append(exception.Message).Append(exception.ToString()))
        {
            Assert.DoesNotContain(TestClients.IssuedToken, text);
            Assert.DoesNotContain(TestClients.ClientSecret, text);
        }
        Assert.Equal("bad request with Bearer ***", exception.ErrorDescription);
    }

    private static Task Call(EasemobClient client, string call)
    {
        var ct = CancellationToken.None;
        return call switch
        {
            // Details report a 404 per id instead of throwing.
            "details" => client.GetChatroomDetailsAsync(new[] { "XX" }, ct).ContinueWith(t => throw Assert.Single(t.Result.Missing), TaskScheduler.Default),
            "create" => client.CreateChatroomAsync(new NewChatroomRequest { Name = "n", Owner = "o" }, ct),
            "modify" => client.UpdateChatroomAsync("XX", "n", null, null, ct),
            "transfer" => client.TransferChatroomOwnerAsync("XX", "o", ct),
            "delete" => client.DeleteChatroomAsync("XX", ct),
            "members" => client.ListChatroomMembersAsync("XX", 1, 10, ct),
            "mutes" => client.ListGlobalMutesAsync(1, 10, ct),
            "mute-set" => client.SetGlobalMuteAsync("nobody", 10, null, null, ct),
            "joined" => client.ListJoinedChatroomsAsync("u", 1, 10, ct),
            "list" => client.ListChatroomsAsync(10, null, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };
    }
}
