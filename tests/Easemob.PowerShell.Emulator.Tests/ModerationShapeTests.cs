using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>
/// The emulator answers each membership and moderation call in the shape of the vendor's example: same field
/// names, same JSON kinds (per-user arrays for batches, one object for one user named in the path).
/// </summary>
public sealed class ModerationShapeTests
{
    private static JsonElement Fixture(string name) => VendorFixtures.Read(name);

    private static async Task<(EmulatorClient Client, string Id)> RoomAsync()
    {
        var client = EmulatorClient.WithUsers("user1", "user2", "user3", "user4");
        var id = await client.CreateChatroomAsync("r", "user1", "user2", "user3");
        return (client, id);
    }

    [Theory]
    [InlineData("add-chatroom-members")]
    [InlineData("remove-chatroom-members")]
    [InlineData("add-chatroom-admin")]
    [InlineData("list-chatroom-admins")]
    [InlineData("remove-chatroom-admin")]
    [InlineData("mute-chatroom-members")]
    [InlineData("list-chatroom-mutes")]
    [InlineData("unmute-chatroom-members")]
    [InlineData("mute-all")]
    [InlineData("unmute-all")]
    [InlineData("block-chatroom-users")]
    [InlineData("list-chatroom-blocks")]
    [InlineData("unblock-chatroom-user")]
    [InlineData("unblock-chatroom-users")]
    [InlineData("allow-chatroom-users")]
    [InlineData("list-chatroom-allowlist")]
    [InlineData("disallow-chatroom-users")]
    public async Task Answers_conform_to_the_vendor_example(string call)
    {
        var (client, id) = await RoomAsync();
        using var disposeClient = client;
        var room = "chatrooms/" + id;
        async Task<ApiAnswer> Send(string c) => c switch
        {
            "add-chatroom-members" => await client.PostAsync(room + "/users", new { usernames = new[] { "user4" } }),
            "remove-chatroom-members" => await client.DeleteAsync(room + "/users/user4%2Cuser2"),
            "add-chatroom-admin" => await client.PostAsync(room + "/admin", new { newadmin = "user2" }),
            "list-chatroom-admins" => await client.GetAsync(room + "/admin"),
            "remove-chatroom-admin" => await client.DeleteAsync(room + "/admin/user2"),
            "mute-chatroom-members" => await client.PostAsync(room + "/mute", new { usernames = new[] { "user2", "user3" }, mute_duration = 86400000 }),
            "list-chatroom-mutes" => await client.GetAsync(room + "/mute"),
            "unmute-chatroom-members" => await client.DeleteAsync(room + "/mute/user2"),
            "mute-all" => await client.PostAsync(room + "/ban", new { }),
            "unmute-all" => await client.DeleteAsync(room + "/ban"),
            "block-chatroom-users" => await client.PostAsync(room + "/blocks/users", new { usernames = new[] { "user4", "user2" } }),
            "list-chatroom-blocks" => await client.GetAsync(room + "/blocks/users"),
            "unblock-chatroom-user" => await client.DeleteAsync(room + "/blocks/users/user2"),
            "unblock-chatroom-users" => await client.DeleteAsync(room + "/blocks/users/user2%2Cuser3"),
            "allow-chatroom-users" => await client.PostAsync(room + "/white/users", new { usernames = new[] { "user2", "user3" } }),
            "list-chatroom-allowlist" => await client.GetAsync(room + "/white/users"),
            _ => await client.DeleteAsync(room + "/white/users/user2%2Cuser3"),
        };
        // The state each example answers from: an admin to list or remove, mutes to list, a blocked user to list or unblock.
        if (call is "list-chatroom-admins" or "remove-chatroom-admin") (await Send("add-chatroom-admin")).ShouldSucceed();
        if (call is "list-chatroom-mutes" or "unmute-chatroom-members") (await Send("mute-chatroom-members")).ShouldSucceed();
        if (call is "list-chatroom-blocks" or "unblock-chatroom-user" or "unblock-chatroom-users") (await Send("block-chatroom-users")).ShouldSucceed();
        if (call is "list-chatroom-allowlist" or "disallow-chatroom-users") (await Send("allow-chatroom-users")).ShouldSucceed();

        JsonShape.AssertConforms(Fixture("chatroom-members." + call), (await Send(call)).ShouldSucceed().Json);
    }

    [Theory]
    [InlineData("add-super-admin")]
    [InlineData("list-super-admins")]
    [InlineData("remove-super-admin")]
    public async Task Super_admin_answers_conform_to_the_vendor_example(string call)
    {
        using var client = EmulatorClient.WithUsers("user1");
        if (call != "add-super-admin") (await client.PostAsync("chatrooms/super_admin", new { superadmin = "user1" })).ShouldSucceed();
        var answer = call switch
        {
            "add-super-admin" => await client.PostAsync("chatrooms/super_admin", new { superadmin = "user1" }),
            "list-super-admins" => await client.GetAsync("chatrooms/super_admin?pagenum=1&pagesize=2"),
            _ => await client.DeleteAsync("chatrooms/super_admin/user1"),
        };
        JsonShape.AssertConforms(Fixture("chatroom-superadmin." + call), answer.ShouldSucceed().Json);
    }
}
