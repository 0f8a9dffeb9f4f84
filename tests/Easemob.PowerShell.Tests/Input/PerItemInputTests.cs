using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Input;

/// <summary>
/// Every input item either goes out as given or is its own error before anything is sent: nothing is dropped
/// without a word, bent into another value, or silently mixed with a contradicting parameter.
/// </summary>
public class PerItemInputTests
{
    private static string Id(ErrorRecord error) => error.FullyQualifiedErrorId.Split(',')[0];

    private static object? Property(ErrorRecord error, string name) => PSObject.AsPSObject(error.TargetObject).Properties[name]?.Value;

    [Fact]
    public void New_EmUser_gives_a_row_repeating_an_earlier_name_in_any_case_the_duplicate_user_error()
    {
        using var host = new EmulatorHost();
        var result = host.Run(@"
            'alice', 'bob', 'ALICE', 'Bob' | ForEach-Object { [pscustomobject]@{ Username = $_; Password = 'pw-' + $_ } } | New-EmUser");

        Assert.Equal(new[] { "alice", "bob" }, result.Objects<EmUser>().Select(u => u.Username));
        Assert.Equal(new[] { "ALICE", "Bob" }, result.Errors.Select(e => e.TargetObject));
        Assert.All(result.Errors, e => Assert.Equal("Easemob." + EmErrorCodes.DuplicateUniqueProperty, Id(e)));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        // The same id as the server's own answer for a taken name.
        var taken = Assert.Single(host.Run("New-EmUser -Username alice -Password pw").Errors);
        Assert.Equal("Easemob." + EmErrorCodes.DuplicateUniqueProperty, Id(taken));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("5OO")]
    [InlineData("20.7")]
    [InlineData("0x10")]
    [InlineData("99999999999")]
    public void A_MaxUsers_cell_that_is_not_a_whole_number_is_that_row_s_error_and_nothing_is_sent_for_it(string cell)
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100);
        host.ClearRequests();

        var created = host.Run(@"
            [pscustomobject]@{ Name = 'bad'; Owner = 'u1'; MaxUsers = $args[0] },
            [pscustomobject]@{ Name = 'blank'; Owner = 'u1'; MaxUsers = '' },
            [pscustomobject]@{ Name = 'good'; Owner = 'u1'; MaxUsers = ' 50 ' } | New-EmChatroom", cell);
        var error = Assert.Single(created.Errors);
        Assert.Equal("bad", Property(error, "Name"));
        Assert.Contains("not a whole number", error.ToString());
        Assert.Equal(new[] { ("blank", EmApiLimits.DefaultChatroomMaxUsers), ("good", 50) },
            host.Store.Chatrooms.Where(c => c.Id != id).Select(c => (c.Name, c.MaxUsers)).OrderBy(c => c.Name));

        host.ClearRequests();
        var modified = host.Run(@"
            [pscustomobject]@{ Id = $args[0]; MaxUsers = $args[1] }, [pscustomobject]@{ Id = $args[0]; Name = 'renamed' } | Set-EmChatroom", id, cell);
        Assert.Equal(id, Property(Assert.Single(modified.Errors), "Id"));
        Assert.Single(host.ApiRequests(), r => r.Method == "PUT");
        Assert.Equal(("renamed", 100), (host.Store.FindChatroom(id)!.Name, host.Store.FindChatroom(id)!.MaxUsers));
    }

    [Theory]
    [InlineData("20.7")]
    [InlineData("'0x10'")]
    [InlineData("$true")]
    public void A_MaxUsers_argument_that_is_not_a_whole_number_is_refused_not_rounded(string argument)
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100);
        host.ClearRequests();
        var result = host.Run("Set-EmChatroom -Id $args[0] -MaxUsers " + argument, id);
        Assert.Contains("not a whole number", result.FirstError!.ToString());
        Assert.Empty(host.ApiRequests());
        Assert.Equal(100, host.Store.FindChatroom(id)!.MaxUsers);
        // A whole number written as a decimal is still that number.
        host.Run("Set-EmChatroom -Id $args[0] -MaxUsers 20.0", id).ThrowIfErrors();
        Assert.Equal(20, host.Store.FindChatroom(id)!.MaxUsers);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("1e400")]
    public void A_duration_that_is_not_a_finite_number_is_refused(string cell)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run("[pscustomobject]@{ Username = 'u1'; Chat = $args[0] } | Set-EmGlobalMute", cell);
        Assert.Contains("finite", result.FirstError!.ToString());
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Batched_writes_check_each_user_name_as_New_EmUser_does_and_a_blank_element_is_its_own_error()
    {
        using var host = new EmulatorHost("-User u1,u2,u3,carol");
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });
        host.ClearRequests();

        var added = host.Run("Add-EmChatroomMember -Id $args[0] -Username '  ', carol -PassThru", id);
        var blank = Assert.Single(added.Errors);
        Assert.Equal("Easemob.InvalidUsername", Id(blank));
        Assert.Equal(id, Property(blank, "ChatroomId"));
        Assert.Equal(new[] { "carol" }, added.Objects<EmChatroomMember>().Select(m => m.Username));

        host.ClearRequests();
        var muted = host.Run("Add-EmChatroomMute -Id $args[0] -Username ('a' * 65), 'q!', u2 -Duration 60 -PassThru", id);
        Assert.Equal(new[] { "Easemob.InvalidUsername", "Easemob.InvalidUsername" }, muted.Errors.Select(Id));
        Assert.Equal(new[] { new string('a', 65), "q!" }, muted.Errors.Select(e => Property(e, "Username")));
        Assert.All(muted.Errors, e => Assert.Contains("is not legal", e.ToString()));
        Assert.Equal(new[] { "u2" }, muted.Objects<EmChatroomMute>().Select(m => m.Username));
        Assert.Single(host.ApiRequests());
        Assert.Equal(new[] { "u2" }, host.Store.ChatroomMutes(id).Select(m => m.User));

        // On create the members belong to one room: a blank one among them is the room's error, nothing sent.
        host.ClearRequests();
        var room = host.Run("New-EmChatroom -Name blank-member -Owner u1 -Members u2, '  '");
        Assert.Equal("Easemob.InvalidMember", Id(Assert.Single(room.Errors)));
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void A_chatroom_mute_lasts_whole_seconds_within_the_global_mute_bound()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2", "u3" });
        host.ClearRequests();

        var tooLong = host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Duration ([timespan]::MaxValue)", id);
        Assert.Equal("Easemob.InvalidMuteDuration", Id(tooLong.FirstError!));
        Assert.Contains(EmApiLimits.MaxMuteSeconds.ToString(), tooLong.FirstError!.ToString());
        Assert.Empty(host.ApiRequests());
        Assert.Equal("Easemob.InvalidMuteDuration", Id(host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Duration ($args[1] + 1)", id, EmApiLimits.MaxMuteSeconds).FirstError!));
        Assert.Empty(host.ApiRequests());

        var before = DateTimeOffset.UtcNow;
        var mute = host.Run("Add-EmChatroomMute -Id $args[0] -Username u2 -Duration ([timespan]1) -PassThru", id).ThrowIfErrors().Objects<EmChatroomMute>().Single();
        Assert.False(mute.Permanent);
        Assert.True(mute.ExpiresOn >= before.AddMilliseconds(999), "a one-tick mute ends " + mute.ExpiresOn + ", before " + before + " plus a second");

        var longest = host.Run("Add-EmChatroomMute -Id $args[0] -Username u3 -Duration $args[1] -PassThru", id, EmApiLimits.MaxMuteSeconds)
            .ThrowIfErrors().Objects<EmChatroomMute>().Single();
        Assert.False(longest.Permanent);
        Assert.NotNull(longest.ExpiresOn);
    }

    [Fact]
    public void Announcements_and_attribute_values_count_characters_alike_in_the_cmdlets_and_the_emulator()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });
        var emoji = "\U0001F600";

        var announcement = string.Concat(Enumerable.Repeat(emoji, EmApiLimits.MaxAnnouncementLength));
        host.Run("Set-EmChatroomAnnouncement -Id $args[0] -Announcement $args[1]", id, announcement).ThrowIfErrors();
        Assert.Equal(announcement, host.Store.GetAnnouncement(id));
        var value = string.Concat(Enumerable.Repeat(emoji, EmApiLimits.MaxAttributeValueLength));
        host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u2 -Key k -Value $args[1]", id, value).ThrowIfErrors();
        Assert.Equal(value, host.Store.GetAttributes(id)["k"]);

        host.ClearRequests();
        var tooLong = host.Run(@"
            Set-EmChatroomAnnouncement -Id $args[0] -Announcement ($args[1] + 'x')
            Set-EmChatroomAttribute -Id $args[0] -Username u2 -Key k -Value ($args[2] + 'x')", id, announcement, value);
        Assert.Equal(new[] { "Easemob.InvalidAnnouncement", "Easemob.InvalidAttributeValue" }, tooLong.Errors.Select(Id));
        Assert.Contains("has " + (EmApiLimits.MaxAnnouncementLength + 1), tooLong.Errors[0].ToString());
        Assert.Empty(host.ApiRequests());
    }

    [Theory]
    [InlineData("'   '")]
    [InlineData("\"`t\"")]
    [InlineData("\"`r`n \"")]
    public void White_space_only_chatroom_names_are_refused_on_create_and_modify(string name)
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1");
        host.ClearRequests();
        var result = host.Run("New-EmChatroom -Name " + name + " -Owner u1; Set-EmChatroom -Id $args[0] -Name " + name, id);
        Assert.Equal(new[] { "Easemob.InvalidChatroomName", "Easemob.InvalidChatroomName" }, result.Errors.Select(Id));
        Assert.Empty(host.ApiRequests());
        Assert.Equal("r", host.Store.FindChatroom(id)!.Name);
    }

    [Fact]
    public void Get_EmUser_pages_named_users_as_Get_EmChatroom_pages_ids()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var first = host.Run("Get-EmUser -Username u1, u2, u3 -First 1").ThrowIfErrors().Objects<EmUser>();
        Assert.Equal(new[] { "u1" }, first.Select(u => u.Username));
        // A name outside the window is never read.
        Assert.Single(host.ApiRequests());

        var skipped = host.Run("'u1', 'ghost', 'u2', 'u3' | Get-EmUser -Skip 2");
        Assert.Equal(new[] { "u2", "u3" }, skipped.ThrowIfErrors().Objects<EmUser>().Select(u => u.Username));

        var counted = host.Run("$all = @(Get-EmUser -Username u1, ghost, u2 -IncludeTotalCount -First 1); $all.Count; $all[0].Username; [ulong]$all[-1]; $all[-1].Accuracy").ThrowIfErrors().Output;
        Assert.Equal(2, (int)counted[0].BaseObject);
        Assert.Equal("u1", counted[1].BaseObject);
        Assert.Equal(3UL, counted[2].BaseObject);
        Assert.Equal(1.0, counted[3].BaseObject);
    }

    [Theory]
    [InlineData("-Chat 60")]
    [InlineData("-GroupChat 0")]
    [InlineData("-Chatroom -1")]
    public void Set_EmGlobalMute_refuses_Permanent_with_a_scope_s_own_duration(string scope)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run("Set-EmGlobalMute -Username u1, u2 -Permanent " + scope);
        Assert.Equal(new[] { "Easemob.InvalidMuteDuration", "Easemob.InvalidMuteDuration" }, result.Errors.Select(Id));
        Assert.Contains("-Permanent", result.Errors[0].ToString());
        Assert.Empty(host.ApiRequests());

        var mute = host.Run("Set-EmGlobalMute -Username u1 -Permanent -PassThru").ThrowIfErrors().Objects<EmGlobalMute>().Single();
        Assert.Equal(new long?[] { -1, -1, -1 }, new[] { mute.Chat, mute.GroupChat, mute.Chatroom });
    }

    [Fact]
    public void Attributes_piped_into_another_app_are_set_there_with_their_values_empty_ones_included()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("r", "u1", null, 100, new[] { "u2" });
        host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ topic = 'chess'; empty = '' }", id).ThrowIfErrors();

        host.Run(@"
            $global:source = $global:emu | Connect-EmApp -PassThru
            $global:target = Start-EmEmulator -User u1,u2
            $global:targetSession = $global:target | Connect-EmApp -PassThru").ThrowIfErrors();
        var target = (Easemob.PowerShell.Emulator.EmulatorStore)((PSObject)host.Ps.GetVariable("target")!).Properties["Store"].Value;
        Assert.Equal(id, target.AddChatroom("r", "u1", null, 100, new[] { "u2" }));

        host.Run("Get-EmChatroomAttribute -Id $args[0] -Session $global:source | Set-EmChatroomAttribute -Session $global:targetSession -Username u2", id).ThrowIfErrors();
        Assert.Equal(new[] { ("empty", ""), ("topic", "chess") }, target.GetAttributes(id).Select(a => (a.Key, a.Value)).OrderBy(a => a.Key));

        // A blank Value cell of a CSV row is still not given.
        var row = host.Run("[pscustomobject]@{ ChatroomId = $args[0]; Username = 'u2'; Key = 'topic'; Value = '' } | Set-EmChatroomAttribute -Session $global:targetSession", id);
        Assert.Equal("Easemob.NothingToSet", Id(row.FirstError!));
        Assert.Equal("chess", target.GetAttributes(id)["topic"]);
    }
}
