using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Users;

public class UserTests
{
    [Fact]
    public void Users_are_created_read_and_removed()
    {
        using var host = new EmulatorHost();
        var created = host.Run("New-EmUser -Username alice -Password 'pw-1' -Nickname Alice").ThrowIfErrors().Objects<EmUser>().Single();
        Assert.Equal("alice", created.Username);
        Assert.Equal("Alice", created.Nickname);
        Assert.True(created.Activated);
        Assert.NotNull(created.Uuid);
        Assert.NotNull(created.Created);

        var read = host.Run("Get-EmUser alice").ThrowIfErrors().Objects<EmUser>().Single();
        Assert.Equal(created.Uuid, read.Uuid);

        var removed = host.Run("Get-EmUser alice | Remove-EmUser -Force -PassThru").ThrowIfErrors().Objects<EmUser>().Single();
        Assert.Equal("alice", removed.Username);
        Assert.False(host.Store.UserExists("alice"));
    }

    [Fact]
    public void Csv_rows_with_plain_passwords_create_users()
    {
        using var host = new EmulatorHost();
        var users = host.Run("1..3 | ForEach-Object { [pscustomobject]@{ Username = \"csv$_\"; Password = \"pw$_\" } } | New-EmUser").ThrowIfErrors().Objects<EmUser>();
        Assert.Equal(new[] { "csv1", "csv2", "csv3" }, users.Select(u => u.Username));
    }

    [Fact]
    public void An_unknown_user_is_ObjectNotFound_and_the_rest_are_returned()
    {
        using var host = new EmulatorHost();
        var result = host.Run("Get-EmUser u1, ghost, u2");
        Assert.Equal(new[] { "u1", "u2" }, result.Objects<EmUser>().Select(u => u.Username));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("ghost", error.TargetObject);
    }
}
