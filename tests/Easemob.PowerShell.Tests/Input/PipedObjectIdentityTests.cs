using System.Management.Automation;

namespace Easemob.PowerShell.Tests.Input;

/// <summary>
/// A piped object without the chatroom id or user name (a blank CSV cell, as Import-Csv makes it, a $null property, no such property) is
/// refused as that item's own error before sending, instead of its text ("@{Username=u2}") being sent as the id.
/// </summary>
public class PipedObjectIdentityTests
{
    private const string WithoutChatroomId = @"
        @([pscustomobject]@{ ChatroomId = ''; Username = 'u2' }
          [pscustomobject]@{ ChatroomId = $null; Username = 'u2' }
          [pscustomobject]@{ Username = 'u2' })";

    private const string WithoutUsername = @"
        @([pscustomobject]@{ Username = ''; Nickname = 'Nick' }
          [pscustomobject]@{ Username = $null }
          [pscustomobject]@{ Name = 'u2' })";

    [Theory]
    [InlineData("Add-EmChatroomMember")]
    [InlineData("Remove-EmChatroomMember")]
    [InlineData("Get-EmChatroomMember")]
    [InlineData("Add-EmChatroomMute -Duration 60")]
    [InlineData("Set-EmChatroom -MaxUsers 5")]
    [InlineData("Set-EmChatroomOwner -NewOwner u3")]
    [InlineData("Remove-EmChatroom -Force")]
    public void An_object_without_a_chatroom_id_is_refused_naming_the_property_and_nothing_is_sent(string command)
    {
        AssertRefused(WithoutChatroomId + " | " + command, "Easemob.InvalidChatroomId,", "chatroom id", new[] { "ChatroomId", "ChatroomId", "Id, ChatroomId or RoomId" });
    }

    [Theory]
    [InlineData("Disable-EmUser")]
    [InlineData("Enable-EmUser")]
    [InlineData("Disconnect-EmUser")]
    [InlineData("Get-EmUserDevice")]
    [InlineData("Set-EmUserPassword -Password pw-new-1 -Force")]
    [InlineData("Get-EmUser")]
    [InlineData("Remove-EmUser -Force")]
    [InlineData("Get-EmUserStatus")]
    [InlineData("Get-EmGlobalMute")]
    [InlineData("Set-EmGlobalMute -Chat 60")]
    [InlineData("Add-EmChatroomSuperAdmin")]
    public void An_object_without_a_user_name_is_refused_naming_the_property_and_nothing_is_sent(string command)
    {
        AssertRefused(WithoutUsername + " | " + command, "Easemob.InvalidUsername,", "user name", new[] { "Username", "Username", "Username" });
    }

    [Fact]
    public void New_EmUser_refuses_a_row_without_a_Username_without_quoting_its_password()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var result = host.Run(@"
            [pscustomobject]@{ Name = 'x'; Password = 'S3cret-Row-Pw' }, [pscustomobject]@{ Username = $null; Password = 'S3cret-Row-Pw' },
            [pscustomobject]@{ Username = ''; Password = 'S3cret-Row-Pw' }, [pscustomobject]@{ Username = 'ok1'; Password = 'S3cret-Row-Pw' } | New-EmUser");

        Assert.Equal(3, result.Errors.Count);
        Assert.Contains("The piped object has no user name: give it a non-empty Username property", result.Errors[0].ToString());
        var target = (PSObject)result.Errors[0].TargetObject;
        Assert.Equal("x", target.Properties["Name"].Value);
        Assert.Null(target.Properties["Password"]);
        Assert.DoesNotContain("S3cret-Row-Pw", result.AllText());
        // Positive control: the good row was registered with that password.
        Assert.Equal("ok1", Assert.Single(result.Objects<Easemob.PowerShell.Model.EmUser>()).Username);
        Assert.True(host.Store.PasswordMatches("ok1", "S3cret-Row-Pw"));
        Assert.Single(host.ApiRequests());
    }

    [Fact]
    public void The_refused_row_is_its_own_error_and_the_rest_go_on()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");
        host.ClearRequests();

        var result = host.Run("[pscustomobject]@{ ChatroomId = ''; Username = 'u2' }, [pscustomobject]@{ ChatroomId = $args[0]; Username = 'u3' } | Add-EmChatroomMember", id);

        var error = Assert.Single(result.Errors);
        Assert.Equal("u2", ((PSObject)error.TargetObject).Properties["Username"].Value);
        Assert.Equal(new[] { "u3" }, host.Store.FindChatroom(id)!.Members);
        Assert.DoesNotContain(host.ApiRequests(), r => r.Path.Contains("%40%7B") || r.Path.Contains("@{"));
    }

    [Fact]
    public void Get_EmChatroom_takes_an_object_without_a_chatroom_id_by_its_Username_and_refuses_one_without_either()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });

        var rooms = host.Run("[pscustomobject]@{ Username = 'u2' } | Get-EmChatroom").ThrowIfErrors().Objects<Easemob.PowerShell.Model.EmChatroom>();
        Assert.Equal(id, Assert.Single(rooms).Id);

        host.ClearRequests();
        var refused = host.Run("[pscustomobject]@{ Name = 'r' } | Get-EmChatroom");
        Assert.StartsWith("Easemob.InvalidChatroomId,", Assert.Single(refused.Errors).FullyQualifiedErrorId);
        Assert.Contains("give it a non-empty Id, ChatroomId or RoomId property", refused.Errors[0].ToString());
        Assert.Empty(host.ApiRequests());
    }

    private static void AssertRefused(string script, string errorIdPrefix, string identity, string[] properties)
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("r", "u1");
        host.ClearRequests();

        var result = host.Run(script);

        Assert.Null(result.Terminating);
        Assert.Equal(3, result.Errors.Count);
        for (var i = 0; i < 3; i++)
        {
            var error = result.Errors[i];
            Assert.StartsWith(errorIdPrefix, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("The piped object has no " + identity + ": give it a non-empty " + properties[i] + " property", error.ToString());
            Assert.IsType<PSCustomObject>(((PSObject)error.TargetObject).BaseObject);
        }
        Assert.Empty(host.ApiRequests());
    }
}
