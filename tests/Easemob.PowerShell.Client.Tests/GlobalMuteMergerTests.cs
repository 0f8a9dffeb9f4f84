using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Tests;

public sealed class GlobalMuteMergerTests
{
    private static readonly DateTimeOffset Page1 = DateTimeOffset.FromUnixTimeSeconds(1631609858);
    private static readonly DateTimeOffset Page2 = Page1.AddSeconds(3);

    [Fact]
    public void RowsOfOneUserAcrossPages_MergeIntoOne_LaterValuesAndTimeWin()
    {
        var rows = new[]
        {
            new EmGlobalMute { Username = "a", Chat = 100, CheckedOn = Page1 },
            new EmGlobalMute { Username = "b", Chatroom = -1, CheckedOn = Page1 },
            new EmGlobalMute { Username = "a", GroupChat = 5, CheckedOn = Page2 },
            new EmGlobalMute { Username = "a", Chat = 97, CheckedOn = Page2 },
        };

        var merged = GlobalMuteMerger.Merge(rows);

        Assert.Equal(new[] { "a", "b" }, merged.Select(m => m.Username));
        Assert.Equal((97L, 5L, (long?)null, Page2), (merged[0].Chat, merged[0].GroupChat, merged[0].Chatroom, merged[0].CheckedOn));
        Assert.Equal(((long?)null, (long?)null, -1L, Page1), (merged[1].Chat, merged[1].GroupChat, merged[1].Chatroom, merged[1].CheckedOn));
        Assert.Equal(100, rows[0].Chat); // inputs untouched
    }

    [Fact]
    public void MergeTwo_OverlaysTheRowsScopes_AsANewObject()
    {
        var merged = new EmGlobalMute { Username = "a", Chat = 1, GroupChat = 2, CheckedOn = Page2 };
        var row = new EmGlobalMute { Username = "a", GroupChat = 0, Chatroom = -1, CheckedOn = Page1 };

        var result = GlobalMuteMerger.Merge(merged, row);

        Assert.Equal(("a", 1L, 0L, -1L, Page2), (result.Username, result.Chat, result.GroupChat, result.Chatroom, result.CheckedOn));
        Assert.NotSame(merged, result);
        Assert.Equal((2L, (long?)null), (merged.GroupChat, merged.Chatroom)); // inputs untouched
    }

    [Fact]
    public void MergeTwo_RefusesAnotherUsersRow() =>
        Assert.Throws<ArgumentException>(() => GlobalMuteMerger.Merge(new EmGlobalMute { Username = "a" }, new EmGlobalMute { Username = "b" }));
}
