using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Users;

/// <summary>New-EmUserToken against the emulator: each grant, its documented errors, checks before sending, -WhatIf.</summary>
public class UserTokenTests
{
    private const string Agora = "-AgoraAppId 970ca35de60c44645bbae8a215061b33 -AppCertificate ([System.Net.NetworkCredential]::new('', '5cfd2fd1755d40ecb72977518be15d3b').SecurePassword)";

    private static string? LoginAs(EmulatorHost host, string plainToken) => (string?)host.Emulator.Methods["AuthenticateUser"].Invoke(plainToken);

    [Fact]
    public void The_password_grant_issues_a_token_the_user_can_log_in_with()
    {
        using var host = new EmulatorHost();
        host.Run("New-EmUser -Username alice -Password 'pw-alice'").ThrowIfErrors();
        host.ClearRequests();

        var token = host.Run("New-EmUserToken -Username alice -Password 'pw-alice' -TimeToLive 3600 -AsPlainText").ThrowIfErrors().Objects<EmUserToken>().Single();

        Assert.Equal(("alice", EmUserTokenGrant.Password, "alice"), (token.Username, token.Grant, token.User!.Username));
        Assert.InRange(token.ExpiresOn, DateTimeOffset.UtcNow.AddSeconds(3500), DateTimeOffset.UtcNow.AddSeconds(3601));
        Assert.Equal("alice", LoginAs(host, token.PlainTextToken!));
        Assert.Equal(new[] { "POST /demo-org/demo-app/token -> 200" }, host.Requests.Select(r => r.ToString()));
        // A user token is for a login, never for the admin calls.
        Assert.Null(LoginAs(host, token.PlainTextToken!.Substring(0, 20)));
    }

    [Fact]
    public void Without_AsPlainText_the_token_is_only_a_SecureString()
    {
        using var host = new EmulatorHost();
        var result = host.Run("New-EmUserToken u1");
        var token = result.ThrowIfErrors().Objects<EmUserToken>().Single();
        Assert.Null(token.PlainTextToken);
        Assert.Equal("u1", LoginAs(host, new System.Net.NetworkCredential("", token.Token).Password));
        Assert.Equal(DateTimeOffset.UtcNow.AddDays(60).Date, token.ExpiresOn.UtcDateTime.Date);
    }

    [Fact]
    public void The_documented_password_grant_errors_are_each_users_own()
    {
        using var host = new EmulatorHost();
        host.Run("New-EmUser -Username alice -Password 'pw-alice'; New-EmUser -Username banned -Password 'pw-b'; Disable-EmUser banned -Confirm:$false").ThrowIfErrors();

        var result = host.Run("'alice', 'ghost', 'banned' | New-EmUserToken -Password 'wrong'");

        Assert.Empty(result.Output);
        Assert.Equal(new[] { ("alice", "Easemob.invalid_grant", 400), ("ghost", "Easemob.invalid_grant", 404), ("banned", "Easemob.invalid_grant", 400) },
            result.Errors.Select(e => ((string)e.TargetObject, e.FullyQualifiedErrorId.Split(',')[0], ((EasemobApiException)e.Exception).StatusCode)));
        Assert.Contains("invalid password", result.Errors[0].ToString());
        Assert.Contains("user not activated", result.Errors[2].ToString());
    }

    [Fact]
    public void The_inherit_grant_needs_the_user_unless_CreateUser_and_honours_ttl()
    {
        using var host = new EmulatorHost();

        var missing = host.Run("New-EmUserToken -Username newbie");
        Assert.Equal("Easemob.invalid_grant", missing.FirstError!.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal(404, ((EasemobApiException)missing.FirstError.Exception).StatusCode);
        Assert.False(host.Store.UserExists("newbie"));

        var created = host.Run("New-EmUserToken -Username newbie -CreateUser -TimeToLive 0 -AsPlainText").ThrowIfErrors().Objects<EmUserToken>().Single();
        Assert.True(host.Store.UserExists("newbie"));
        Assert.Equal((EmUserTokenGrant.Inherit, DateTimeOffset.MaxValue), (created.Grant, created.ExpiresOn));
        Assert.Equal("newbie", LoginAs(host, created.PlainTextToken!));
    }

    [Fact]
    public void A_second_auto_create_within_the_second_meets_409_and_is_retried_until_the_user_exists()
    {
        using var host = new EmulatorHost();

        var tokens = host.Run("New-EmUserToken -Username racer -CreateUser; New-EmUserToken -Username racer -CreateUser").ThrowIfErrors().Objects<EmUserToken>();

        Assert.Equal(new[] { "racer", "racer" }, tokens.Select(t => t.Username));
        var userTokenCalls = host.Requests.Where(r => r.Path.EndsWith("/token")).Skip(1).Select(r => (r.Status, r.ErrorCode)).ToList();
        // The first create, then the second meets 409 until the first's second has passed (how often depends on
        // timing: at least once), then succeeds.
        Assert.Equal((200, null), userTokenCalls.First());
        Assert.Equal((200, null), userTokenCalls.Last());
        var conflicts = userTokenCalls.Skip(1).Take(userTokenCalls.Count - 2).ToList();
        Assert.NotEmpty(conflicts);
        Assert.All(conflicts, call => Assert.Equal((409, EmErrorCodes.ConcurrentOperation), call));
    }

    [Fact]
    public void Bad_input_is_refused_before_sending_and_WhatIf_sends_nothing()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var illegal = host.Run("New-EmUserToken -Username 'no spaces!'");
        var blank = host.Run("New-EmUserToken -Username ' '");
        var emptyPassword = host.Run("New-EmUserToken -Username u1 -Password ([securestring]::new())");
        var dynamicForever = host.Run("New-EmUserToken -Username u1 -Dynamic -TimeToLive 0");
        var negative = host.Run("New-EmUserToken -Username u1 -TimeToLive -5");
        var whatIf = host.Run("New-EmUserToken -Username u1, u2 -CreateUser -WhatIf; New-EmUserToken u1 -Password 'x' -WhatIf; New-EmUserToken u1 -Dynamic -WhatIf");

        Assert.StartsWith("Easemob.InvalidUsername,", illegal.FirstError!.FullyQualifiedErrorId);
        Assert.StartsWith("Easemob.InvalidUsername,", blank.FirstError!.FullyQualifiedErrorId);
        Assert.StartsWith("Easemob.InvalidPassword,", emptyPassword.FirstError!.FullyQualifiedErrorId);
        Assert.StartsWith("Easemob.InvalidTimeToLive,", dynamicForever.FirstError!.FullyQualifiedErrorId);
        Assert.NotNull(negative.FirstError);
        Assert.Empty(whatIf.Output);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public void Csv_rows_with_a_Password_column_get_password_tokens()
    {
        using var host = new EmulatorHost();
        host.Run("New-EmUser -Username alice -Password 'pw-a'; New-EmUser -Username bob -Password 'pw-b'").ThrowIfErrors();

        var tokens = host.Run("@([pscustomobject]@{ Username = 'alice'; Password = 'pw-a' }, [pscustomobject]@{ Username = 'bob'; Password = 'pw-b'; TimeToLive = '60' }) | New-EmUserToken")
            .ThrowIfErrors().Objects<EmUserToken>();

        Assert.Equal(new[] { ("alice", EmUserTokenGrant.Password), ("bob", EmUserTokenGrant.Password) }, tokens.Select(t => (t.Username, t.Grant)));
        Assert.True(tokens[1].ExpiresOn < DateTimeOffset.UtcNow.AddSeconds(61));
    }

    [Fact]
    public void A_dynamic_token_is_computed_without_a_request_and_accepted_by_the_emulators_login()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();

        var token = host.Run("New-EmUserToken -Username u1 -Dynamic -TimeToLive 600 -AsPlainText").ThrowIfErrors().Objects<EmUserToken>().Single();

        Assert.Empty(host.Requests);
        Assert.Equal(EmUserTokenGrant.Dynamic, token.Grant);
        Assert.Equal("u1", LoginAs(host, token.PlainTextToken!));
        var forged = token.PlainTextToken!.Substring(0, 30) + (token.PlainTextToken[30] == 'A' ? 'B' : 'A') + token.PlainTextToken.Substring(31);
        Assert.Null(LoginAs(host, forged));
        // For a user who does not exist, the token is still computed (nothing is asked), but the login is refused.
        var ghost = host.Run("New-EmUserToken -Username ghost -Dynamic -AsPlainText").ThrowIfErrors().Objects<EmUserToken>().Single();
        Assert.Null(LoginAs(host, ghost.PlainTextToken!));
    }

    [Fact]
    public void A_dynamic_token_needs_a_session_with_the_client_secret()
    {
        using var host = new EmulatorHost("-User u1 " + Agora);
        host.Run("Connect-EmApp -BaseUri $emu.BaseUri -AppKey $emu.AppKey " + Agora).ThrowIfErrors();

        var error = host.Run("New-EmUserToken -Username u1 -Dynamic").FirstError!;

        Assert.Equal("Easemob.DynamicTokenNeedsClientSecret,Easemob.PowerShell.Commands.NewEmUserTokenCommand", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Tokens_render_in_80_columns_without_the_token()
    {
        using var host = new EmulatorHost();
        var text = host.Ps.Render("New-EmUserToken u1, u2 -TimeToLive 0");
        Assert.Contains("Username", text);
        Assert.Contains("never", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd().Length <= 80, line));
        Assert.DoesNotContain("YWMt", text);
    }
}
