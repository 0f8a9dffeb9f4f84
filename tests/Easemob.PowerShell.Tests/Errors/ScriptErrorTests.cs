using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Errors;

/// <summary>Errors as a script meets them: typed catch, their ids and categories, and what one item's failure ends.</summary>
public class ScriptErrorTests
{
    private const string WrongSecretConnect =
        "$s = [securestring]::new(); 'nope'.ToCharArray() | ForEach-Object { $s.AppendChar($_) }; " +
        "$bad = [pscredential]::new($emu.Credential.UserName, $s); " +
        "Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey -Credential $bad";

    [Fact]
    public void A_script_catches_a_non_terminating_API_error_by_its_type()
    {
        using var host = new EmulatorHost();
        // Before the type moved to Model the whole script failed to parse: "Unable to find type".
        var result = host.Run(@"
            try { Remove-EmChatroom -Id 123456789 -Force -ErrorAction Stop; 'not caught' }
            catch [Easemob.PowerShell.Model.EasemobApiException] {
                $_.Exception.StatusCode; $_.Exception.ErrorCode; $_.Exception.Method; $_.Exception.MayHaveApplied; $_.Exception.EarlierAttemptMayHaveApplied
            }").ThrowIfErrors();

        Assert.Equal(new object[] { 404, "resource_not_found", "DELETE", false, false }, result.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void A_script_catches_a_terminating_API_error_by_its_type()
    {
        using var host = new EmulatorHost();
        var result = host.Run("try { " + WrongSecretConnect + " } catch [Easemob.PowerShell.Model.EasemobApiException] { $_.Exception.StatusCode; $_.CategoryInfo.Category.ToString() }")
            .ThrowIfErrors();

        Assert.Equal(new object[] { 400, "AuthenticationError" }, result.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void The_exception_type_comes_from_the_Model_assembly_at_the_module_root()
    {
        using var host = new EmulatorHost();
        var type = (Type)host.Run("[Easemob.PowerShell.Model.EasemobApiException]").ThrowIfErrors().Output.Single().BaseObject;
        Assert.Same(typeof(EmChatroom).Assembly, type.Assembly);
    }

    [Fact]
    public void A_closed_session_passed_by_Session_is_one_SessionClosed_error()
    {
        using var host = new EmulatorHost();
        var result = host.Run("$s = Get-EmSession; Disconnect-EmApp; Get-EmChatroom -Session $s");

        var error = result.FirstError!;
        Assert.Single(result.Errors);
        Assert.Equal("Easemob.SessionClosed,Easemob.PowerShell.Commands.GetEmChatroomCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.IsNotType<ObjectDisposedException>(error.Exception);
        Assert.Contains("Disconnect-EmApp", error.Exception.Message);
    }

    [Fact]
    public void An_unexpected_exception_in_one_item_is_that_items_error_and_the_rest_go_on()
    {
        using var host = new EmulatorHost();
        // The session is closed under the running pipeline: u1 has been read; the items after it fail with
        // ObjectDisposedException, which used to end the whole pipeline at the first of them.
        var result = host.Run(@"
            $s = Get-EmSession
            'u1', 'u2', 'u3' | ForEach-Object { if ($_ -eq 'u3') { $s.Dispose() }; $_ } | Get-EmUser -Session $s
            'after'");

        Assert.Null(result.Terminating);
        Assert.Equal("u1", ((EmUser)result.Output[0].BaseObject).Username);
        Assert.Equal("after", result.Output.Last().BaseObject);
        var u3 = Assert.Single(result.Errors, e => Equals(e.TargetObject, "u3"));
        Assert.StartsWith("Easemob.UnexpectedError,", u3.FullyQualifiedErrorId);
        Assert.IsType<ObjectDisposedException>(u3.Exception);
        // u2 was in flight when the session closed: it has its output or its own error, like every item.
        Assert.Equal(3, result.Output.Count - 1 + result.Errors.Count);
        var expectedTargets = result.Errors.Count == 2 ? new object[] { "u2", "u3" } : new object[] { "u3" };
        Assert.Equal(expectedTargets, result.Errors.Select(e => e.TargetObject));
    }

    [Theory]
    [InlineData("Get-EmChatroom -First 0")]
    [InlineData("Get-EmChatroom -First 0 -Detailed")]
    [InlineData("Get-EmChatroom -Username u1 -First 0 -Detailed")]
    public void First_0_returns_nothing_and_sends_nothing(string command)
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("room", "u1", "d", 200, new[] { "u2" });
        host.ClearRequests();

        var result = host.Run(command).ThrowIfErrors();

        Assert.Empty(result.Output);
        Assert.Empty(host.ApiRequests());
    }
}
