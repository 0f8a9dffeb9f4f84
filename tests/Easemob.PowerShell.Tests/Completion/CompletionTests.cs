using System.Management.Automation;

namespace Easemob.PowerShell.Tests.Completion;

public class CompletionTests
{
    private static List<CompletionResult> Complete(EmulatorHost host, string input) =>
        host.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches", input)
            .ThrowIfErrors().Objects<CompletionResult>();

    [Theory]
    [InlineData("Remove-EmChatroom -Id ")]
    [InlineData("Get-EmChatroom -Id ")]
    [InlineData("Set-EmChatroom -Id ")]
    [InlineData("Set-EmChatroomOwner -Id ")]
    [InlineData("Get-EmChatroomMember -Id ")]
    public void Chatroom_ids_complete_from_the_session_showing_names(string input)
    {
        using var host = new EmulatorHost();
        var lobby = host.Store.AddChatroom("lobby", "u1");
        var games = host.Store.AddChatroom("games", "u1");

        var matches = Complete(host, input);

        Assert.Equal(new[] { lobby, games }, matches.Select(m => m.CompletionText));
        Assert.Equal(lobby + " (lobby)", matches[0].ListItemText);
    }

    [Fact]
    public void Completion_filters_by_id_prefix_or_name_and_caches_the_list()
    {
        using var host = new EmulatorHost();
        var lobby = host.Store.AddChatroom("lobby", "u1");
        host.Store.AddChatroom("games", "u1");
        host.ClearRequests();

        Assert.Equal(lobby, Complete(host, "Remove-EmChatroom -Id lob").Single().CompletionText);
        Assert.Equal(lobby, Complete(host, "Remove-EmChatroom -Id " + lobby).Single().CompletionText);
        Assert.Single(host.ApiRequests());
    }

    [Fact]
    public void Without_a_session_there_are_no_id_completions_and_no_error()
    {
        using var ps = new PsHost();
        var matches = ps.Run("(TabExpansion2 -inputScript 'Remove-EmChatroom -Id ' -cursorColumn 22).CompletionMatches").ThrowIfErrors().Output;
        Assert.DoesNotContain(matches, m => ((CompletionResult)m.BaseObject).ResultType == CompletionResultType.ParameterValue);
    }

    [Fact]
    public void Role_completes_its_values()
    {
        using var host = new EmulatorHost();
        var matches = Complete(host, "Get-EmChatroomMember -Id 1 -Role ");
        Assert.Equal(new[] { "Admin", "Member", "Owner" }, matches.Select(m => m.CompletionText).OrderBy(t => t));
    }
}
