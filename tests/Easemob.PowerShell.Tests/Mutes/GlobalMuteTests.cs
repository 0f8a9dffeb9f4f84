using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Mutes;

public class GlobalMuteTests
{
    [Fact]
    public void All_mutes_are_paged_and_merged_per_user_across_page_boundaries()
    {
        using var host = new EmulatorHost();
        var users = Enumerable.Range(0, 120).Select(i => "muted" + i).ToList();
        foreach (var user in users)
        {
            host.Store.AddUser(user);
            host.Store.SetGlobalMute(user, 600, -1, 0);
        }
        host.ClearRequests();

        var mutes = host.Run("Get-EmGlobalMute -PageSize 50").ThrowIfErrors().Objects<EmGlobalMute>();

        Assert.Equal(users, mutes.Select(m => m.Username));
        Assert.All(mutes, m =>
        {
            Assert.InRange(m.Chat!.Value, 590, 600);
            Assert.Equal(-1, m.GroupChat);
            Assert.Equal(0, m.Chatroom);
            Assert.NotNull(m.CheckedOn);
        });
        // 360 rows of 50: a user's rows straddle page boundaries. Pages 1 to 8 each read once; pages read
        // ahead beyond the short eighth one are the only extra requests.
        var pages = host.ApiRequests().Select(r => PageNumbers.Of(r.Query, "pageNum")).ToList();
        Assert.Equal(pages.Distinct().Count(), pages.Count);
        Assert.Subset(pages.ToHashSet(), Enumerable.Range(1, 8).ToHashSet());
        Assert.InRange(pages.Count, 8, 8 + 7);
    }

    [Fact]
    public void Set_EmGlobalMute_takes_seconds_TimeSpans_Permanent_and_zero()
    {
        using var host = new EmulatorHost();
        var mutes = host.Run(@"
            Set-EmGlobalMute -Username u1 -Chat 120 -GroupChat ([timespan]::FromMinutes(5)) -PassThru
            Set-EmGlobalMute -Username u2 -Permanent -PassThru
            Set-EmGlobalMute -Username u2 -Chatroom 0 -PassThru
        ").ThrowIfErrors().Objects<EmGlobalMute>();

        Assert.InRange(mutes[0].Chat!.Value, 110, 120);
        Assert.InRange(mutes[0].GroupChat!.Value, 290, 300);
        Assert.Equal(new long?[] { -1, -1, -1 }, new[] { mutes[1].Chat, mutes[1].GroupChat, mutes[1].Chatroom });
        Assert.Equal(new long?[] { -1, -1, 0 }, new[] { mutes[2].Chat, mutes[2].GroupChat, mutes[2].Chatroom });
    }

    [Theory]
    [InlineData("-Username u1", "NothingToSet")]
    [InlineData("-Username u1 -Chat -2", "InvalidMuteDuration")]
    [InlineData("-Username u1 -Chat 2147483648", "InvalidMuteDuration")]
    public void Invalid_mutes_are_refused_before_sending(string arguments, string errorId)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var error = host.Run("Set-EmGlobalMute " + arguments).FirstError!;
        Assert.Equal("Easemob." + errorId + ",Easemob.PowerShell.Commands.SetEmGlobalMuteCommand", error.FullyQualifiedErrorId);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Given_users_are_read_one_by_one_and_an_unknown_user_is_an_error()
    {
        using var host = new EmulatorHost();
        host.Store.SetGlobalMute("u2", null, null, -1);
        var result = host.Run("Get-EmUser u1, u2 | Get-EmGlobalMute; Get-EmGlobalMute -Username ghost");
        var mutes = result.Objects<EmGlobalMute>();
        Assert.Equal(new[] { "u1", "u2" }, mutes.Select(m => m.Username));
        Assert.Equal(-1, mutes[1].Chatroom);
        Assert.Equal("ghost", Assert.Single(result.Errors).TargetObject);
    }

    [Fact]
    public void The_table_view_shows_permanent_for_minus_one()
    {
        using var host = new EmulatorHost();
        host.Store.SetGlobalMute("u1", -1, 30, null);
        var text = host.Ps.Render("Get-EmGlobalMute");
        Assert.Contains("permanent", text);
        Assert.Matches(@"Username\s+Chat\s+GroupChat\s+Chatroom", text);
    }
}
