using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>Paging numbers the service cannot bind (beyond a 32-bit int) are refused on every listing, not capped.</summary>
public sealed class PagingRangeTests
{
    public static TheoryData<string> Listings => new()
    {
        "chatrooms?limit={0}",
        "users?limit={0}",
        "users/u1/joined_chatrooms?pagesize={0}",
        "users/u1/joined_chatrooms?pagenum={0}",
        "chatrooms/{{room}}/users?pagesize={0}",
        "chatrooms/{{room}}/users?pagenum={0}",
        "chatrooms/super_admin?pagesize={0}",
        "chatrooms/super_admin?pagenum={0}",
        "mutes?pageSize={0}",
        "mutes?pageNum={0}",
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task A_number_beyond_an_int_is_invalid_parameter_in_the_vendor_shape(string listing)
    {
        using var client = EmulatorClient.WithUsers("u1");
        var room = client.Store.AddChatroom("room", "u1");
        var path = string.Format(listing, "{0}").Replace("{room}", room);

        var huge = await client.GetAsync(string.Format(path, "99999999999"));
        Assert.Equal(400, huge.Status);
        Assert.Equal("invalid_parameter", huge.Error);
        Assert.Equal("com.easemob.group.exception.InvalidParameterException", huge.Json.GetProperty("exception").GetString());
        Assert.False(string.IsNullOrEmpty(huge.Description));
        // The same listing with a number in range answers: the 400 is the number's.
        (await client.GetAsync(string.Format(path, "1"))).ShouldSucceed();
    }
}
