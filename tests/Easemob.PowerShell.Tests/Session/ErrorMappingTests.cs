using System.Management.Automation;

namespace Easemob.PowerShell.Tests.Session;

public class ErrorMappingTests
{
    [Fact]
    public void Not_found_is_ObjectNotFound_with_the_vendor_description_and_the_input_as_target()
    {
        using var host = new EmulatorHost();
        var error = host.Run("Remove-EmChatroom -Id 123456789 -Force").FirstError!;
        Assert.Equal("Easemob.resource_not_found,Easemob.PowerShell.Commands.RemoveEmChatroomCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("123456789", error.TargetObject);
        Assert.Contains("grpID 123456789 does not exist!", error.ToString());
    }

    [Fact]
    public void Exceed_limit_is_LimitsExceeded()
    {
        using var host = new EmulatorHost("-User u1 -MaxChatrooms 0");
        var error = host.Run("New-EmChatroom -Name r -Owner u1").FirstError!;
        Assert.StartsWith("Easemob.exceed_limit,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
        Assert.Equal("r", error.TargetObject);
    }

    [Fact]
    public void Forbidden_op_is_PermissionDenied()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("room", "u1");
        var error = host.Run("Set-EmChatroomOwner -Id $args[0] -NewOwner u1", id).FirstError!;
        Assert.StartsWith("Easemob.forbidden_op,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.Contains("new owner and old owner are the same", error.ToString());
    }

    [Fact]
    public void Bad_request_is_InvalidArgument()
    {
        using var host = new EmulatorHost();
        var error = host.Run("New-EmUser -Username u1 -Password 'secret-pw'").FirstError!;
        Assert.StartsWith("Easemob.duplicate_unique_property_exists,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
    }

    [Fact]
    public void Rate_limit_after_every_retry_is_LimitsExceeded()
    {
        using var host = new EmulatorHost("-User u1 -EnforceRateLimit -RateLimitScale 0.02", "-MaxRetry 0 -NoRateLimit");
        var result = host.Run("1..10 | ForEach-Object { Get-EmChatroom -ErrorAction SilentlyContinue -ErrorVariable +errs }; $errs");
        var error = result.Output.Select(o => o.BaseObject).OfType<ErrorRecord>().First();
        Assert.StartsWith("Easemob.reach_limit,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
    }

    [Fact]
    public void Server_errors_after_every_retry_are_ConnectionError()
    {
        using var host = new EmulatorHost();
        host.Run("$global:faulty = Start-EmEmulator -User u1 -FaultRate 1 -Seed 7").ThrowIfErrors();
        // The token call itself fails: Connect-EmApp reports it as a terminating error.
        var error = host.Run("$faulty | Connect-EmApp -MaxRetry 1").FirstError!;
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Matches("^Easemob\\.(internal_server_error|service_unavailable|connection_failed),", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Verbose_shows_method_url_status_and_time()
    {
        using var host = new EmulatorHost();
        var verbose = host.Run("Get-EmChatroom -Verbose").Verbose;
        Assert.Contains(verbose, v => v.StartsWith("GET http://127.0.0.1:") && v.Contains("/demo-org/demo-app/chatrooms?limit=1000") && v.Contains("200") && v.Contains("ms"));
    }
}
