using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Users;

/// <summary>User attributes (profiles) against the emulator: set, get (batched), remove, usage, checks before sending.</summary>
public class UserAttributeTests
{
    private static IReadOnlyDictionary<string, string> Stored(EmulatorHost host, string user) => host.Store.UserAttributes(user);

    [Fact]
    public void Attributes_are_set_read_and_keys_not_given_are_kept()
    {
        using var host = new EmulatorHost();
        host.Run("Set-EmUserAttribute -Username u1 -Nickname Nick -AvatarUrl 'https://x/a.png' -Attribute @{ level = 5 }").ThrowIfErrors();
        host.ClearRequests();

        var written = host.Run("Set-EmUserAttribute -Username u1 -Gender 2 -PassThru").ThrowIfErrors().Objects<EmUserAttribute>().Single();
        var read = host.Run("Get-EmUserAttribute u1").ThrowIfErrors().Objects<EmUserAttribute>().Single();
        var custom = host.Run("Get-EmUserAttribute u1 -Name level, nickname").ThrowIfErrors().Objects<EmUserAttribute>().Single();

        Assert.Equal(new[] { "GET /demo-org/demo-app/metadata/user/u1 -> 200", "PUT /demo-org/demo-app/metadata/user/u1 -> 200", "POST /demo-org/demo-app/metadata/user/get -> 200", "POST /demo-org/demo-app/metadata/user/get -> 200" },
            host.Requests.Select(r => r.ToString()));
        Assert.Equal(("Nick", "https://x/a.png", "2"), (written.Nickname, written.AvatarUrl, written.Gender));
        Assert.Equal(("Nick", "https://x/a.png", "2", 3), (read.Nickname, read.AvatarUrl, read.Gender, read.Attributes.Count));
        Assert.Equal(new Dictionary<string, string> { ["level"] = "5", ["nickname"] = "Nick" }, custom.Attributes);
        Assert.Equal(4, Stored(host, "u1").Count);
    }

    [Fact]
    public void Piped_users_are_read_100_per_request_in_order_and_unknown_users_have_no_attributes()
    {
        using var host = new EmulatorHost();
        host.Store.SetUserAttributes("u2", new[] { new KeyValuePair<string, string>("nickname", "Two") });
        host.ClearRequests();

        var read = host.Run("1..250 | ForEach-Object { if ($_ -eq 2) { 'u2' } else { \"user$_\" } } | Get-EmUserAttribute").ThrowIfErrors().Objects<EmUserAttribute>();

        Assert.Equal(250, read.Count);
        Assert.Equal("u2", read[1].Username);
        Assert.Equal("Two", read[1].Nickname);
        Assert.All(read.Where(r => r.Username != "u2"), r => Assert.Empty(r.Attributes));
        Assert.Equal(3, host.Requests.Count(r => r.Path.EndsWith("/metadata/user/get")));
        Assert.Equal(3, host.Requests.Count);
    }

    [Fact]
    public void Csv_profiles_set_what_the_cells_give_and_blank_cells_are_not_given()
    {
        using var host = new EmulatorHost();
        host.Store.SetUserAttributes("u2", new[] { new KeyValuePair<string, string>("avatarurl", "https://x/old.png") });

        // As Import-Csv gives the rows: every cell a string, a blank cell ''.
        host.Run(@"@(
            [pscustomobject]@{ Username = 'u1'; Nickname = 'One'; AvatarUrl = 'https://x/1.png' }
            [pscustomobject]@{ Username = 'u2'; Nickname = 'Two'; AvatarUrl = '' }) | Set-EmUserAttribute").ThrowIfErrors();

        Assert.Equal(new Dictionary<string, string> { ["nickname"] = "One", ["avatarurl"] = "https://x/1.png" }, Stored(host, "u1"));
        Assert.Equal(new Dictionary<string, string> { ["avatarurl"] = "https://x/old.png", ["nickname"] = "Two" }, Stored(host, "u2"));
    }

    [Fact]
    public void Bad_values_are_refused_before_sending_and_WhatIf_sends_nothing()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var results = new[]
        {
            host.Run("Set-EmUserAttribute u1 -Nickname ('n' * 65)"),
            host.Run("Set-EmUserAttribute u1 -Gender 3"),
            host.Run("Set-EmUserAttribute u1 -Attribute @{ big = 'x' * 2100 }"),
            host.Run("Set-EmUserAttribute u1"),
            host.Run("Set-EmUserAttribute u1 -Attribute @{ '' = 'x' }"),
            host.Run("Set-EmUserAttribute ' ' -Nickname x"),
        };
        var whatIf = host.Run("Set-EmUserAttribute u1, u2 -Nickname x -WhatIf; Remove-EmUserAttribute u1 -WhatIf");

        Assert.Equal(new[] { "InvalidAttribute", "InvalidAttribute", "UserAttributesTooLarge", "NothingToSet", "InvalidAttribute", "InvalidUsername" },
            results.Select(r => r.FirstError!.FullyQualifiedErrorId.Split(',')[0].Substring("Easemob.".Length)));
        Assert.Contains("64 characters", results[0].FirstError!.ToString());
        Assert.Empty(whatIf.Errors);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public void A_set_that_would_take_the_user_beyond_2_KB_is_refused_after_the_read_without_a_write()
    {
        using var host = new EmulatorHost();
        host.Store.SetUserAttributes("u1", new[] { new KeyValuePair<string, string>("bio", new string('b', 1500)) });
        host.ClearRequests();

        var result = host.Run("Set-EmUserAttribute u1, u2 -Attribute @{ notes = 'n' * 600 }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Easemob.UserAttributesTooLarge", "u1"), (error.FullyQualifiedErrorId.Split(',')[0], (string)error.TargetObject));
        Assert.DoesNotContain(host.Requests, r => r.Method == "PUT" && r.Path.EndsWith("/u1"));
        Assert.Equal(600 + 5, Stored(host, "u2").Sum(a => a.Key.Length + a.Value.Length));
        Assert.Equal(1503, Stored(host, "u1").Sum(a => a.Key.Length + a.Value.Length));
    }

    [Fact]
    public void Remove_deletes_every_attribute_and_usage_counts_the_apps_bytes()
    {
        using var host = new EmulatorHost();
        host.Run("Set-EmUserAttribute u1 -Nickname One; Set-EmUserAttribute u2 -Attribute @{ a = 'bc' }").ThrowIfErrors();

        var before = host.Run("Get-EmUserAttributeUsage").ThrowIfErrors().Objects<EmUserAttributeUsage>().Single();
        host.Run("Remove-EmUserAttribute u1, ghost -Force").ThrowIfErrors();
        var after = host.Run("Get-EmUserAttributeUsage").ThrowIfErrors().Objects<EmUserAttributeUsage>().Single();

        Assert.Equal(("demo-org#demo-app", 11L + 3), (before.AppKey, before.Bytes));
        Assert.Equal(3L, after.Bytes);
        Assert.Empty(Stored(host, "u1"));
    }

    [Fact]
    public void Profiles_render_in_80_columns()
    {
        using var host = new EmulatorHost();
        host.Run("Set-EmUserAttribute u1 -Nickname ('n' * 60) -AvatarUrl ('https://example.com/' + 'a' * 200) -Gender 1").ThrowIfErrors();
        var text = host.Ps.Render("Get-EmUserAttribute u1, u2; Get-EmUserAttributeUsage");
        Assert.Contains("Nickname", text);
        Assert.Contains("demo-org#demo-app", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
    }
}
