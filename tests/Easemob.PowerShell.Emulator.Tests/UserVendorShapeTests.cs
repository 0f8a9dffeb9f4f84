using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>
/// The user token, user attribute, contact and block-list calls answer in the shape of the vendor's examples
/// (the client tests' fixtures, linked here): same field names, same JSON kinds.
/// </summary>
public sealed class UserVendorShapeTests
{
    private static void Conforms(string fixture, ApiAnswer answer) =>
        JsonShape.AssertConforms(VendorFixtures.Read(fixture), answer.ShouldSucceed().Json);

    [Fact]
    public async Task User_tokens()
    {
        using var client = EmulatorClient.WithUsers();
        client.Store.AddUser("c", "1");
        Conforms("user-token.password", await client.RequestTokenAsync(new { grant_type = "password", username = "c", password = "1", ttl = "1024000" }));
        Conforms("user-token.inherit-autocreate", await client.PostAsync("token", new { grant_type = "inherit", username = "test2333", autoCreateUser = true, ttl = 1024000 }));
    }

    [Fact]
    public async Task User_attributes()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2", "user3");
        Conforms("userattribute.set", await client.SendAsync(HttpMethod.Put, "metadata/user/user1", "avatarurl=https%3A%2F%2Fwww.easemob.com%2Favatar.png&ext=ext&nickname=nickname"));
        Conforms("userattribute.get", await client.GetAsync("metadata/user/user1"));
        foreach (var user in new[] { "user2", "user3" })
        {
            await client.SendAsync(HttpMethod.Put, "metadata/user/" + user, "avatarurl=a&ext=e&nickname=n");
        }
        Conforms("userattribute.batch-get", await client.PostAsync("metadata/user/get", new { properties = new[] { "avatarurl", "ext", "nickname" }, targets = new[] { "user1", "user2", "user3" } }));
        Conforms("userattribute.capacity", await client.GetAsync("metadata/user/capacity"));
        Conforms("userattribute.delete", await client.DeleteAsync("metadata/user/user1"));
    }

    [Fact]
    public async Task Contacts()
    {
        using var client = EmulatorClient.WithUsers("user1", "username1", "username2", "username3");
        client.Store.AddUser("user2", nickname: "testuser");
        Conforms("user-contacts.add", await client.PostAsync("users/user1/contacts/users/user2", ""));
        Conforms("user-contacts.remark", await client.PutAsync("user/user1/contacts/users/user2", new { remark = "r" }));
        // user2 gave user1 no remark: the example's "remark": null.
        Conforms("user-contacts.list-paged", await client.GetAsync("user/user2/contacts?limit=10&needReturnRemark=true"));
        Conforms("user-contacts.import", await client.PostAsync("users/user1/contacts/import", new { usernames = new[] { "username1", "username2", "username3" } }));
    }

    [Fact]
    public async Task Block_lists()
    {
        using var client = EmulatorClient.WithUsers("user1", "user2", "tst04", "tst05");
        Conforms("user-blocks.block", await client.PostAsync("users/user1/blocks/users", new { usernames = new[] { "user2" } }));
        await client.PostAsync("users/user1/blocks/users", new { usernames = new[] { "tst04", "tst05" } });
        Conforms("user-blocks.list", await client.GetAsync("users/user1/blocks/users?pageSize=2"));
    }
}
