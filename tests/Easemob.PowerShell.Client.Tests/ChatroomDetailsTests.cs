using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>Batched details: found in request order, unknown ids reported as missing without failing the call.</summary>
public sealed class ChatroomDetailsTests
{
    private static HttpResponseMessage Rooms(params string[] ids) =>
        Responses.Json("{\"data\":[" + string.Join(",", ids.Select(id => $"{{\"id\":\"{id}\",\"name\":\"room {id}\"}}")) + "]}");

    private static string[] IdsOf(RecordedRequest request) =>
        Uri.UnescapeDataString(request.Uri.AbsolutePath["/org/app/chatrooms/".Length..]).Split(',');

    [Fact]
    public async Task FoundComeInRequestOrder_NotTheServersOrder()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForApi(_ => Rooms("3", "1", "2")));

        var result = await client.GetChatroomDetailsAsync(new[] { "1", "2", "3" }, CancellationToken.None);

        Assert.Equal(new[] { "1", "2", "3" }, result.Found.Select(r => r.Id));
        Assert.Empty(result.Missing);
    }

    [Fact]
    public async Task BatchFailingFor404NamingAnId_RecordsItMissing_AndAsksForTheRest()
    {
        var handler = FakeHttpHandler.ForApi(request =>
        {
            var ids = IdsOf(request);
            return ids.Contains("2") ? Responses.Error(404, "service_resource_not_found", "do not find this group:2") : Rooms(ids);
        });
        using var client = TestClients.Create(handler);

        var result = await client.GetChatroomDetailsAsync(new[] { "1", "2", "3" }, CancellationToken.None);

        Assert.Equal(new[] { "1", "3" }, result.Found.Select(r => r.Id));
        var missing = Assert.Single(result.Missing);
        Assert.Equal(("2", 404, "service_resource_not_found"), (missing.Id, missing.StatusCode, missing.ErrorCode));
        Assert.Equal(new[] { "1,2,3", "1,3" }, handler.ApiRequests.Select(r => string.Join(",", IdsOf(r))));
    }

    [Fact]
    public async Task A404NamingNoIdOfTheBatch_FallsBackToOneIdPerCall()
    {
        var handler = FakeHttpHandler.ForApi(request =>
        {
            var ids = IdsOf(request);
            return ids.Length > 1 || ids[0] == "2" ? Responses.Error(404, "service_resource_not_found", "do not find this group") : Rooms(ids);
        });
        using var client = TestClients.Create(handler);

        var result = await client.GetChatroomDetailsAsync(new[] { "1", "2", "3" }, CancellationToken.None);

        Assert.Equal(new[] { "1", "3" }, result.Found.Select(r => r.Id));
        Assert.Equal("2", Assert.Single(result.Missing).Id);
        Assert.Equal(new[] { "1,2,3", "1", "2", "3" }, handler.ApiRequests.Select(r => string.Join(",", IdsOf(r))));
    }

    [Fact]
    public async Task A200LackingAnAskedId_RecordsItMissingAsA404()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForApi(_ => Rooms("1")));

        var result = await client.GetChatroomDetailsAsync(new[] { "1", "9" }, CancellationToken.None);

        Assert.Equal("1", Assert.Single(result.Found).Id);
        var missing = Assert.Single(result.Missing);
        Assert.Equal(("9", 404, "service_resource_not_found", "GET"), (missing.Id, missing.StatusCode, missing.ErrorCode, missing.Method));
        Assert.Equal(TestClients.Root + "chatrooms/1%2C9", missing.RequestUri);
    }

    [Fact]
    public async Task A404ForTheWrongApp_FailsTheCall()
    {
        using var client = TestClients.Create(FakeHttpHandler.ForApi(_ => Responses.Error(404, "organization_application_not_found", "Could not find application")));

        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.GetChatroomDetailsAsync(new[] { "1", "2" }, CancellationToken.None));

        Assert.Equal("organization_application_not_found", error.ErrorCode);
    }

    [Fact]
    public async Task DuplicateIds_AreAskedAndReturnedOnce()
    {
        var handler = FakeHttpHandler.ForApi(_ => Rooms("1", "2"));
        using var client = TestClients.Create(handler);

        var result = await client.GetChatroomDetailsAsync(new[] { "2", "1", "2" }, CancellationToken.None);

        Assert.Equal(new[] { "2", "1" }, result.Found.Select(r => r.Id));
        Assert.Equal(new[] { "2", "1" }, IdsOf(Assert.Single(handler.ApiRequests)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task IdCountOutside1To100_IsRefused(int count)
    {
        var handler = FakeHttpHandler.ForApi(_ => Rooms());
        using var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(
            () => client.GetChatroomDetailsAsync(Enumerable.Range(1, count).Select(i => i.ToString()).ToArray(), CancellationToken.None));

        Assert.Empty(handler.Requests);
    }
}
