using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Tests.Chatrooms;

public class GetChatroomTests
{
    private static List<string> Seed(EmulatorHost host, int count)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(host.Store.AddChatroom("room-" + i, "u1", "description " + i, 200, new[] { "u2" }));
        }
        return ids;
    }

    private static List<EmulatorRequestView> ListRequests(EmulatorHost host) =>
        host.ApiRequests().Where(r => r.Method == "GET" && r.Path.EndsWith("/chatrooms")).Select(r => new EmulatorRequestView(r.Query)).ToList();

    private sealed record EmulatorRequestView(string Query);

    [Fact]
    public void Listing_follows_the_cursor_across_pages_without_loss_or_duplicates()
    {
        using var host = new EmulatorHost();
        var ids = Seed(host, 2500);
        host.ClearRequests();

        var rooms = host.Run("Get-EmChatroom").ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(ids, rooms.Select(r => r.Id));
        Assert.All(rooms, r => Assert.Equal("u1", r.Owner));
        Assert.All(rooms, r => Assert.Equal(2, r.MemberCount));
        // A list entry carries no description: null, not a made-up "".
        Assert.All(rooms, r => Assert.Null(r.Description));
        var pages = ListRequests(host);
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Contains("limit=1000", p.Query));
        Assert.DoesNotContain("cursor", pages[0].Query);
        Assert.Contains("cursor=", pages[1].Query);
    }

    [Fact]
    public void First_reads_one_small_page_only()
    {
        using var host = new EmulatorHost();
        var ids = Seed(host, 2500);
        host.ClearRequests();

        var rooms = host.Run("Get-EmChatroom -First 5").ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(ids.Take(5), rooms.Select(r => r.Id));
        var page = Assert.Single(ListRequests(host));
        Assert.Contains("limit=5", page.Query);
    }

    [Fact]
    public void Skip_and_First_stop_reading_once_enough_is_read()
    {
        using var host = new EmulatorHost();
        var ids = Seed(host, 2500);
        host.ClearRequests();

        var rooms = host.Run("Get-EmChatroom -Skip 1000 -First 10").ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(ids.Skip(1000).Take(10), rooms.Select(r => r.Id));
        Assert.Equal(2, ListRequests(host).Count);
    }

    [Fact]
    public void The_first_object_is_written_before_the_second_page_is_requested()
    {
        using var host = new EmulatorHost();
        Seed(host, 30);
        host.ClearRequests();

        // While the first object is held downstream, a second page requested earlier would have been answered.
        var result = host.Run(@"
            $seen = 0
            Get-EmChatroom -PageSize 10 | ForEach-Object {
                if ($seen++ -eq 0) {
                    [System.Threading.Thread]::Sleep(300)
                    @($emu.Requests | Where-Object { $_.Path -like '*/chatrooms' }).Count
                }
            }").ThrowIfErrors();

        Assert.Equal(1, (int)result.Output.Single().BaseObject);
        Assert.Equal(3, ListRequests(host).Count);
    }

    [Fact]
    public void IncludeTotalCount_reports_the_total_as_unknown_for_a_listing()
    {
        using var host = new EmulatorHost();
        Seed(host, 3);
        var output = host.Run("$all = @(Get-EmChatroom -IncludeTotalCount); $all.Count; [ulong]$all[0]; $all[0].PSObject.Properties.Name").ThrowIfErrors().Output;
        Assert.Equal(4, (int)output[0].BaseObject);
        Assert.Equal(0UL, output[1].BaseObject);
        Assert.Contains("Accuracy", output.Skip(2).Select(o => o.ToString()));
    }

    [Fact]
    public void Detailed_fills_every_field_with_batched_detail_requests()
    {
        using var host = new EmulatorHost();
        var ids = Seed(host, 250);
        host.ClearRequests();

        var rooms = host.Run("Get-EmChatroom -Detailed").ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(ids, rooms.Select(r => r.Id));
        Assert.All(rooms, r =>
        {
            Assert.StartsWith("description ", r.Description);
            Assert.Equal(200, r.MaxUsers);
            Assert.Equal(new[] { "u1", "u2" }, r.Members!.OrderBy(m => m));
            Assert.NotNull(r.Created);
            Assert.False(r.MembersOnly);
        });
        var details = host.ApiRequests().Count(r => r.Path.Contains("/chatrooms/"));
        Assert.Equal(3, details);
    }

    [Fact]
    public void Ids_from_the_pipeline_are_batched_100_per_request()
    {
        using var host = new EmulatorHost();
        var ids = Seed(host, 250);
        host.ClearRequests();

        var rooms = host.Run("$args[0] | Get-EmChatroom", (object)ids.ToArray()).ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(ids, rooms.Select(r => r.Id));
        Assert.Equal(3, host.ApiRequests().Count);
        Assert.All(rooms, r => Assert.Equal("u1", r.Owner));
    }

    [Fact]
    public void A_repeated_id_is_asked_and_written_once_even_across_batches()
    {
        using var host = new EmulatorHost();
        var ids = Seed(host, 150);
        host.ClearRequests();

        var rooms = host.Run("$args[0] | Get-EmChatroom", (object)ids.Concat(ids).ToArray()).ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(ids, rooms.Select(r => r.Id));
        Assert.Equal(2, host.ApiRequests().Count);
    }

    [Fact]
    public void A_missing_id_is_its_own_ObjectNotFound_error_and_the_others_are_returned()
    {
        using var host = new EmulatorHost();
        var ids = Seed(host, 3);

        var result = host.Run("Get-EmChatroom -Id $args[0], '999999999', $args[1], $args[2]", ids[0], ids[1], ids[2]);

        Assert.Equal(ids, result.Objects<EmChatroom>().Select(r => r.Id));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("999999999", error.TargetObject);
        Assert.StartsWith("Easemob.service_resource_not_found,", error.FullyQualifiedErrorId);
        Assert.Contains("do not find this group:999999999", error.ToString());
    }

    [Fact]
    public void A_chatroom_object_pipes_into_Get_EmChatroom_by_property_name()
    {
        using var host = new EmulatorHost();
        Seed(host, 3);
        var rooms = host.Run("Get-EmChatroom | Get-EmChatroom").ThrowIfErrors().Objects<EmChatroom>();
        Assert.Equal(3, rooms.Count);
        Assert.All(rooms, r => Assert.NotNull(r.Description));
    }

    [Fact]
    public void Username_lists_the_chatrooms_a_user_joined_page_by_page()
    {
        using var host = new EmulatorHost();
        var joined = Enumerable.Range(0, 5).Select(i => host.Store.AddChatroom("joined-" + i, "u1", null, 100, new[] { "u3" })).ToList();
        host.Store.AddChatroom("other", "u1", null, 100, new[] { "u2" });
        host.ClearRequests();

        var rooms = host.Run("Get-EmChatroom -Username u3 -PageSize 2").ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(joined.OrderBy(i => i), rooms.Select(r => r.Id).OrderBy(i => i));
        Assert.All(rooms, r => Assert.False(r.Disabled));
        Assert.All(rooms, r => Assert.Null(r.Owner));
        // Pages 1 to 3 each read once; pages read ahead beyond the short third one are the only extra requests.
        var pages = host.ApiRequests().Select(r => PageNumbers.Of(r.Query, "pagenum")).ToList();
        Assert.Equal(pages.Distinct().Count(), pages.Count);
        Assert.Subset(pages.ToHashSet(), new HashSet<int> { 1, 2, 3 });
        Assert.InRange(pages.Count, 3, 3 + 7);
    }

    [Fact]
    public void Username_with_First_reads_no_page_beyond_the_ones_needed()
    {
        using var host = new EmulatorHost();
        Enumerable.Range(0, 9).Select(i => host.Store.AddChatroom("joined-" + i, "u1", null, 100, new[] { "u3" })).ToList();
        host.ClearRequests();

        var rooms = host.Run("Get-EmChatroom -Username u3 -PageSize 2 -First 3").ThrowIfErrors().Objects<EmChatroom>();

        Assert.Equal(3, rooms.Count);
        Assert.Equal(new[] { 1, 2 }, host.ApiRequests().Select(r => PageNumbers.Of(r.Query, "pagenum")).Order());
    }

    [Fact]
    public void A_listing_that_fits_one_page_costs_one_request()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("joined", "u1", null, 100, new[] { "u3" });
        host.ClearRequests();

        host.Run("Get-EmChatroom -Username u3; Get-EmGlobalMute").ThrowIfErrors();

        Assert.Equal(2, host.ApiRequests().Count);
    }

    [Fact]
    public void Username_with_Detailed_keeps_Disabled_and_fills_the_rest()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("joined", "u1", "d", 100, new[] { "u3" });
        var room = host.Run("Get-EmChatroom -Username u3 -Detailed").ThrowIfErrors().Objects<EmChatroom>().Single();
        Assert.Equal("u1", room.Owner);
        Assert.Equal("d", room.Description);
        Assert.False(room.Disabled);
    }

    [Fact]
    public void A_user_object_pipes_into_Get_EmChatroom_as_Username()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("joined", "u1", null, 100, new[] { "u3" });
        var rooms = host.Run("Get-EmUser -Username u3 | Get-EmChatroom").ThrowIfErrors().Objects<EmChatroom>();
        Assert.Equal("joined", Assert.Single(rooms).Name);
    }

    [Theory]
    [InlineData("a/../b", "a%2F..%2Fb")]
    [InlineData("..", "%2E%2E")]
    [InlineData("a?b", "a%3Fb")]
    [InlineData("x/chatrooms", "x%2Fchatrooms")]
    public void An_id_with_path_characters_stays_one_segment(string id, string sent)
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run("Remove-EmChatroom -Id $args[0] -Force", id);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.FirstError!.CategoryInfo.Category);
        var request = Assert.Single(host.ApiRequests());
        Assert.Equal("/demo-org/demo-app/chatrooms/" + sent, request.Path);
    }

    [Fact]
    public void An_id_with_a_comma_is_refused_before_sending()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        var result = host.Run("Get-EmChatroom -Id '1,2'");
        Assert.Equal("Easemob.InvalidChatroomId,Easemob.PowerShell.Commands.GetEmChatroomCommand", result.FirstError!.FullyQualifiedErrorId);
        Assert.Equal("1,2", result.FirstError.TargetObject);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void The_table_view_shows_id_name_owner_and_counts()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("视图测试", "u1", null, 300, new[] { "u2" });
        var text = host.Ps.Render("Get-EmChatroom");
        Assert.Matches(@"Id\s+Name\s+Owner\s+MemberCount\s+MaxUsers", text);
        Assert.Contains("视图测试", text);
        Assert.DoesNotContain("Description", text);
    }
}
