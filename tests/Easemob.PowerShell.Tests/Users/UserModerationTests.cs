using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Users;

/// <summary>Listing every user, ban/unban, force logout, devices, online status, batch register and password change.</summary>
public class UserModerationTests
{
    [Fact]
    public void Get_EmUser_without_a_name_streams_every_user_100_per_request()
    {
        using var host = new EmulatorHost();
        Enumerable.Range(0, 250).ToList().ForEach(i => host.Store.AddUser("m" + i));
        host.Store.ConnectDevice("m7", "android_1");
        host.Run("Disable-EmUser m7").ThrowIfErrors();
        host.ClearRequests();

        var users = host.Run("Get-EmUser").ThrowIfErrors().Objects<EmUser>();
        var banned = host.Run("Get-EmUser | Where-Object { -not $_.Activated }").ThrowIfErrors().Objects<EmUser>();

        Assert.Equal(new[] { "u1", "u2", "u3" }.Concat(Enumerable.Range(0, 250).Select(i => "m" + i)), users.Select(u => u.Username));
        Assert.Equal("m7", Assert.Single(banned).Username);
        var lists = host.ApiRequests().Where(r => r.Method == "GET" && r.Path.EndsWith("/users", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, lists.Count);
        Assert.Equal("limit=100", lists[0].Query);
        Assert.Contains("cursor=", lists[1].Query);
    }

    [Fact]
    public void Get_EmUser_First_and_Skip_stop_the_paging()
    {
        using var host = new EmulatorHost();
        Enumerable.Range(0, 250).ToList().ForEach(i => host.Store.AddUser("m" + i));
        host.ClearRequests();

        var users = host.Run("Get-EmUser -Skip 2 -First 3").ThrowIfErrors().Objects<EmUser>();

        Assert.Equal(new[] { "u3", "m0", "m1" }, users.Select(u => u.Username));
        Assert.Equal("limit=5", Assert.Single(host.ApiRequests()).Query);
    }

    [Fact]
    public void Disable_bans_and_logs_out_and_Enable_lifts_the_ban()
    {
        using var host = new EmulatorHost();
        host.Store.ConnectDevice("u1", "android_1", "uuid-1", "Pixel");

        var banned = host.Run("Disable-EmUser -Username u1 -PassThru").ThrowIfErrors().Objects<EmUser>().Single();
        Assert.False(banned.Activated);
        Assert.False(host.Store.IsActivated("u1"));
        Assert.Empty(host.Store.Devices("u1"));
        Assert.False(host.Run("Get-EmUser u1").ThrowIfErrors().Objects<EmUser>().Single().Activated);
        Assert.Throws<ArgumentException>(() => host.Store.ConnectDevice("u1", "ios_1"));

        var enabled = host.Run("Get-EmUser u1 | Enable-EmUser -PassThru").ThrowIfErrors().Objects<EmUser>().Single();
        Assert.True(enabled.Activated);
        Assert.True(host.Store.IsActivated("u1"));
    }

    [Fact]
    public void User_names_are_trimmed_blank_ones_refused_and_repeats_sent_once()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var result = host.Run("Disable-EmUser ' u1 ', 'U1', '', 'u2'");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Easemob.InvalidUsername,", error.FullyQualifiedErrorId);
        Assert.Equal(new[] { "/users/u1/deactivate", "/users/u2/deactivate" },
            host.ApiRequests().Select(r => r.Path.Substring(r.Path.IndexOf("/users/", StringComparison.Ordinal))));
    }

    [Fact]
    public void An_unknown_user_is_its_own_error_and_the_rest_go_on()
    {
        using var host = new EmulatorHost();

        var result = host.Run("Disable-EmUser ghost, u2");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("ghost", error.TargetObject);
        Assert.False(host.Store.IsActivated("u2"));
    }

    [Fact]
    public void WhatIf_sends_no_write()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        host.Run(@"
            Disable-EmUser u1 -WhatIf
            Enable-EmUser u1 -WhatIf
            Disconnect-EmUser u1 -WhatIf
            Set-EmUserPassword u1 -Password 'pw-new-1' -Force -WhatIf
            New-EmUser -Username newbie -Password 'pw' -WhatIf").ThrowIfErrors();

        Assert.Empty(host.ApiRequests());
        Assert.True(host.Store.IsActivated("u1"));
        Assert.False(host.Store.UserExists("newbie"));
    }

    [Fact]
    public void Devices_are_listed_and_logged_out_one_by_one_or_all()
    {
        using var host = new EmulatorHost();
        host.Store.ConnectDevice("u1", "android_1", "uuid-a", "Pixel");
        host.Store.ConnectDevice("u1", "ios_2", "uuid-i", "iPhone");

        var read = host.Run("Get-EmUserDevice u1, ghost, u2");
        var missing = Assert.Single(read.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
        Assert.Equal("ghost", missing.TargetObject);
        var devices = read.Objects<EmUserDevice>();
        Assert.Equal(new[] { "android_1", "ios_2" }, devices.Select(d => d.Resource));
        Assert.Equal("uuid-a", devices[0].DeviceUuid);
        Assert.Equal("Pixel", devices[0].DeviceName);
        Assert.All(devices, d => Assert.Equal("u1", d.Username));

        host.Run("Get-EmUserDevice u1 | Where-Object Resource -like 'android_*' | Disconnect-EmUser").ThrowIfErrors();
        Assert.Equal("ios_2", Assert.Single(host.Store.Devices("u1")).Resource);

        host.Run("Disconnect-EmUser u1").ThrowIfErrors();
        Assert.Empty(host.Store.Devices("u1"));
        Assert.Contains(host.ApiRequests(), r => r.Method == "DELETE" && r.Path.EndsWith("/users/u1/disconnect/android_1", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_devices_of_one_user_piped_to_Disconnect_EmUser_are_both_logged_out()
    {
        using var host = new EmulatorHost();
        host.Store.ConnectDevice("u1", "android_1");
        host.Store.ConnectDevice("u1", "ios_2");
        host.Store.ConnectDevice("u2", "android_3");
        host.ClearRequests();

        host.Run("Get-EmUserDevice u1 | Disconnect-EmUser").ThrowIfErrors();

        Assert.Empty(host.Store.Devices("u1"));
        Assert.Single(host.Store.Devices("u2"));
        Assert.Equal(new[] { "/users/u1/disconnect/android_1", "/users/u1/disconnect/ios_2" },
            host.ApiRequests().Where(r => r.Method == "DELETE").Select(r => r.Path.Substring(r.Path.IndexOf("/users/", StringComparison.Ordinal))));
    }

    [Fact]
    public void Status_is_asked_100_users_per_request_across_the_pipeline()
    {
        using var host = new EmulatorHost();
        host.Store.ConnectDevice("u2", "android_1");
        host.ClearRequests();

        var statuses = host.Run("@('u1', 'U2', 'u2') + (1..248 | ForEach-Object { \"ghost$_\" }) | Get-EmUserStatus").ThrowIfErrors().Objects<EmUserStatus>();

        Assert.Equal(250, statuses.Count);
        Assert.Equal(new[] { "u1", "U2", "ghost1" }, statuses.Take(3).Select(s => s.Username));
        Assert.Equal(new[] { false, true, false }, statuses.Take(3).Select(s => s.Online));
        Assert.Equal(1, statuses.Count(s => s.Online));
        var requests = host.ApiRequests();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.EndsWith("/users/batch/status", r.Path));
    }

    [Fact]
    public void New_EmUser_registers_in_batches_of_60_and_a_refused_user_is_its_own_error()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var result = host.Run(@"
            $rows = 1..130 | ForEach-Object { [pscustomobject]@{ Username = ""n$_""; Password = ""pw-$_""; Nickname = '' } }
            $rows[10].Username = 'u1'
            $rows | New-EmUser");

        var error = Assert.Single(result.Errors);
        Assert.Equal("u1", error.TargetObject);
        Assert.StartsWith("Easemob.duplicate_unique_property_exists,", error.FullyQualifiedErrorId);
        Assert.Equal(129, result.Objects<EmUser>().Count);
        Assert.True(host.Store.UserExists("n130"));
        Assert.Equal(3, host.ApiRequests().Count);
        Assert.Null(result.Objects<EmUser>()[0].Nickname);
    }

    [Fact]
    public void An_illegal_name_is_refused_before_sending_so_it_cannot_fail_its_batch()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var result = host.Run("'ok1', 'bad name', ('x' * 65), 'ok2' | ForEach-Object { [pscustomobject]@{ Username = $_; Password = 'pw' } } | New-EmUser");

        Assert.Equal(new[] { "bad name", new string('x', 65) }, result.Errors.Select(e => e.TargetObject));
        Assert.All(result.Errors, e => Assert.StartsWith("Easemob.InvalidUsername,", e.FullyQualifiedErrorId));
        Assert.Equal(new[] { "ok1", "ok2" }, result.Objects<EmUser>().Select(u => u.Username));
        Assert.Single(host.ApiRequests());
    }

    [Fact]
    public void Set_EmUserPassword_changes_it_and_the_password_reaches_no_stream_error_or_log()
    {
        using var host = new EmulatorHost();
        const string password = "S3cret-New-Pw";

        var result = host.Run("Set-EmUserPassword -Username u1, ghost -Password $args[0] -Force -Verbose -Debug", password);

        // Positive control: the password did reach the server.
        Assert.True(host.Store.PasswordMatches("u1", password));
        var error = Assert.Single(result.Errors);
        Assert.Equal("ghost", error.TargetObject);
        var text = result.AllText() + string.Join("\n", host.Requests.Select(r => r.ToString() + r.Query));
        Assert.Contains("PUT http://127.0.0.1:", text);
        Assert.Contains("/users/u1/password", text);
        Assert.DoesNotContain(password, text);
        Assert.Contains(host.ApiRequests(), r => r.Method == "PUT");
    }

    [Fact]
    public void Set_EmUserPassword_refuses_an_empty_password_before_sending()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var result = host.Run("Set-EmUserPassword -Username u1 -Password '' -Force");

        Assert.StartsWith("Easemob.InvalidPassword,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Empty(host.ApiRequests());
    }
}
