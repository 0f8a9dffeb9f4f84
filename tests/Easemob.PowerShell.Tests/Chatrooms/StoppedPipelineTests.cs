namespace Easemob.PowerShell.Tests.Chatrooms;

/// <summary>
/// A pipeline stopped downstream (Select-Object -First, here its stand-in Stop-After) stops sending: no more is read
/// than the output needs.
/// </summary>
public class StoppedPipelineTests
{
    private static EmulatorHost SeededHost(int chatrooms)
    {
        var host = new EmulatorHost();
        for (var i = 0; i < chatrooms; i++)
        {
            host.Store.AddChatroom("room-" + i, "u1", "d", 200, new[] { "u2" });
        }
        host.Run("Import-Module $args[0]", StopAfterCommand.ModulePath).ThrowIfErrors();
        host.ClearRequests();
        return host;
    }

    [Fact]
    public void Detailed_listing_stopped_after_one_object_sends_what_First_1_sends()
    {
        using var host = SeededHost(450);

        var stopped = host.Run("Get-EmChatroom -Detailed | Stop-After -Count 1").ThrowIfErrors();
        var stoppedRequests = host.ApiRequests().Count;
        host.ClearRequests();
        host.Run("Get-EmChatroom -Detailed -First 1").ThrowIfErrors();

        Assert.Single(stopped.Output);
        // One list page and one details batch; all 5 batches used to go out before the first object was written.
        Assert.Equal(2, stoppedRequests);
        Assert.Equal(2, host.ApiRequests().Count);
    }

    [Fact]
    public void Detailed_listing_with_small_pages_stopped_after_one_object_reads_one_page()
    {
        using var host = SeededHost(450);

        var stopped = host.Run("Get-EmChatroom -Detailed -PageSize 100 | Stop-After -Count 1").ThrowIfErrors();

        Assert.Single(stopped.Output);
        // One page of 100 is one details batch: the next page waits until its first chatroom is out.
        Assert.Equal(2, host.ApiRequests().Count);
    }

    [Fact]
    public void Members_of_piped_chatrooms_with_First_1_read_one_chatroom()
    {
        using var host = SeededHost(40);

        var members = host.Run("Get-EmChatroom | Get-EmChatroomMember -First 1").ThrowIfErrors();

        Assert.Single(members.Output);
        var requests = host.ApiRequests();
        // The list, then one chatroom's members and its admin list (for Role); -ThrottleLimit reads used to
        // start before -First was reached.
        Assert.Equal(3, requests.Count);
        Assert.Single(requests, r => r.Path.EndsWith("/users", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_stop_every_piped_chatroom_is_read()
    {
        using var host = SeededHost(40);

        var members = host.Run("Get-EmChatroom | Get-EmChatroomMember").ThrowIfErrors();

        // The first request going alone loses nothing: every chatroom's members and admins, one request each.
        Assert.Equal(80, members.Output.Count);
        Assert.Equal(81, host.ApiRequests().Count);
    }

    [Theory]
    [InlineData("Get-EmUser", 1)]
    [InlineData("Get-EmUserStatus", 1)]
    [InlineData("Get-EmUserDevice", 1)]
    public void Piped_names_stopped_after_one_object_send_one_request_though_input_is_read_while_it_runs(string cmdlet, int requests)
    {
        // With latency, the first request is in flight while the rest of the input is read and queued: none of
        // that queue may be sent once the first object has stopped the pipeline.
        using var host = new EmulatorHost("-User u1 -Latency 0.05");
        var names = Enumerable.Range(0, 300).Select(i => "n" + i).ToArray();
        foreach (var name in names)
        {
            host.Store.AddUser(name);
            host.Store.ConnectDevice(name, "phone");
        }
        host.Run("Import-Module $args[0]", StopAfterCommand.ModulePath).ThrowIfErrors();
        host.ClearRequests();

        var stopped = host.Run("$args[0] | " + cmdlet + " | Stop-After -Count 1", (object)names).ThrowIfErrors();

        Assert.Single(stopped.Output);
        Assert.Equal(requests, host.ApiRequests().Count);
        host.ClearRequests();
        var all = host.Run("$args[0] | " + cmdlet, (object)names).ThrowIfErrors();
        Assert.Equal(names.Length, all.Output.Count);
    }
}
