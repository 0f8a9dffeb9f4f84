using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>
/// A change the server made but whose answer was lost (a 500 after applying) is retried; the retry then
/// meets the changed state. That is success, not an error, but only after such an ambiguous attempt.
/// </summary>
public sealed class AppliedButLostTests
{
    private static FakeHttpHandler ThenAnswers(params Func<HttpResponseMessage>[] answers)
    {
        var calls = -1;
        return FakeHttpHandler.ForApi(_ => answers[Math.Min(Interlocked.Increment(ref calls), answers.Length - 1)]());
    }

    [Fact]
    public async Task A_delete_that_404s_after_a_500_was_applied_and_succeeds()
    {
        var handler = ThenAnswers(() => Responses.Error(500, "internal_server_error"), () => Responses.Error(404, "resource_not_found", "grpID 1 does not exist!"));
        using var client = TestClients.Create(handler, clock: new TestClock());
        Assert.True(await client.DeleteChatroomAsync("1", CancellationToken.None));
        Assert.Equal(2, handler.ApiRequests.Count);
    }

    [Fact]
    public async Task A_delete_that_404s_after_a_503_is_still_not_found()
    {
        // 503: the server surely did not act, so the 404 means the chatroom never existed.
        var handler = ThenAnswers(() => Responses.Error(503, null), () => Responses.Error(404, "resource_not_found"));
        using var client = TestClients.Create(handler, clock: new TestClock());
        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.DeleteChatroomAsync("1", CancellationToken.None));
        Assert.Equal(404, error.StatusCode);
        Assert.False(error.EarlierAttemptMayHaveApplied);
    }

    [Fact]
    public async Task A_first_try_404_is_not_found()
    {
        var handler = ThenAnswers(() => Responses.Error(404, "resource_not_found"));
        using var client = TestClients.Create(handler, clock: new TestClock());
        await Assert.ThrowsAsync<EasemobApiException>(() => client.DeleteChatroomAsync("1", CancellationToken.None));
    }

    [Fact]
    public async Task A_transfer_answered_same_owner_after_a_504_was_applied()
    {
        var handler = ThenAnswers(() => Responses.Error(504, null), () => Responses.Error(403, "forbidden_op", "new owner and old owner are the same"));
        using var client = TestClients.Create(handler, clock: new TestClock());
        Assert.True(await client.TransferChatroomOwnerAsync("1", "u2", CancellationToken.None));
    }

    [Fact]
    public async Task A_first_try_same_owner_is_the_vendor_error()
    {
        var handler = ThenAnswers(() => Responses.Error(403, "forbidden_op", "new owner and old owner are the same"));
        using var client = TestClients.Create(handler, clock: new TestClock());
        var error = await Assert.ThrowsAsync<EasemobApiException>(() => client.TransferChatroomOwnerAsync("1", "u2", CancellationToken.None));
        Assert.Equal("forbidden_op", error.ErrorCode);
    }

    [Fact]
    public async Task A_user_delete_that_404s_after_a_500_returns_the_user_name()
    {
        var handler = ThenAnswers(() => Responses.Error(500, null), () => Responses.Error(404, "service_resource_not_found"));
        using var client = TestClients.Create(handler, clock: new TestClock());
        Assert.Equal("u", (await client.DeleteUserAsync("u", CancellationToken.None)).Username);
    }
}
