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
    public void A_server_that_does_not_answer_is_waited_for_once_not_on_every_key_press()
    {
        // Accepts connections (the kernel does, from the backlog) but never answers: completion gives up after 2 s.
        var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            using var ps = new PsHost();
            var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
            ps.Run("Connect-EmApp -BaseUri $args[0] -AppKey 'org#app' -Token $args[1]", $"http://127.0.0.1:{port}/", new System.Net.NetworkCredential("", "token").SecurePassword)
                .ThrowIfErrors();

            foreach (var input in new[] { "Remove-EmChatroom -Id ", "Remove-EmChatroom -Id l", "Remove-EmChatroom -Id lo" })
            {
                var matches = ps.Run("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches", input).ThrowIfErrors();
                Assert.Empty(matches.Output);
            }

            var connections = 0;
            while (silent.Pending())
            {
                silent.AcceptTcpClient().Dispose();
                connections++;
            }
            Assert.Equal(1, connections);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public void A_closed_session_gives_no_completions_and_no_error()
    {
        using var host = new EmulatorHost();
        host.Store.AddChatroom("lobby", "u1");
        host.Run("$s = Get-EmSession; Disconnect-EmApp").ThrowIfErrors();
        host.ClearRequests();

        var matches = Complete(host, "Remove-EmChatroom -Session $s -Id ");

        Assert.DoesNotContain(matches, m => m.ResultType == CompletionResultType.ParameterValue);
        Assert.Empty(host.ApiRequests());
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

    [Theory]
    [InlineData("Get-EmUser -Username ")]
    [InlineData("Remove-EmUser ")]
    [InlineData("Add-EmChatroomMember -Id 1 -Username ")]
    [InlineData("Set-EmGlobalMute -Username ")]
    [InlineData("Get-EmChatroom -Username ")]
    [InlineData("Set-EmChatroomAttribute -Id 1 -Username ")]
    public void Usernames_complete_from_the_apps_users_showing_nicknames(string input)
    {
        using var host = new EmulatorHost("-User bob");
        host.Store.AddUser("alice", nickname: "Alice");

        var matches = Complete(host, input);

        Assert.Equal(new[] { "alice", "bob" }, matches.Select(m => m.CompletionText).OrderBy(t => t));
        Assert.Equal("alice (Alice)", matches.Single(m => m.CompletionText == "alice").ListItemText);
    }

    [Fact]
    public void Username_completion_filters_by_prefix_or_nickname_caches_per_session_and_needs_a_connection()
    {
        using var host = new EmulatorHost("-User alice,albert,bob");
        host.Store.AddUser("zed", nickname: "Alfie");
        host.ClearRequests();

        Assert.Equal(new[] { "albert", "alice", "zed" }, Complete(host, "Get-EmUser -Username al").Select(m => m.CompletionText).OrderBy(t => t));
        Assert.Equal("bob", Complete(host, "Get-EmUser -Username b").Single().CompletionText);
        Assert.Single(host.ApiRequests());

        host.Run("Disconnect-EmApp").ThrowIfErrors();
        host.ClearRequests();
        Assert.DoesNotContain(Complete(host, "Get-EmUser -Username "), m => m.ResultType == CompletionResultType.ParameterValue);
        Assert.Empty(host.ApiRequests());
    }

    [Fact]
    public void Every_Username_parameter_but_New_EmUsers_completes_users()
    {
        // Covers cmdlets added later: a -Username that names existing users completes them.
        using var ps = new PsHost();
        var missing = ps.Run(@"
            foreach ($command in Get-Command -Module Easemob.PowerShell -CommandType Cmdlet) {
                $parameter = $command.Parameters['Username']
                if (-not $parameter -or $command.Name -eq 'New-EmUser') { continue }
                $completer = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }
                if (-not $completer -or $completer.Type.Name -ne 'UsernameCompleter') { $command.Name }
            }").ThrowIfErrors().Output.Select(o => o.ToString());
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Remove-EmChatroomAttribute -Id {0} -Username u2 -Key ")]
    [InlineData("Get-EmChatroomAttribute -Id {0} -Key ")]
    [InlineData("Set-EmChatroomAttribute -Id {0} -Username u2 -Value 1 -Key ")]
    public void Attribute_keys_complete_from_the_chatroom_the_command_names(string input)
    {
        using var host = new EmulatorHost();
        var lobby = host.Store.AddChatroom("lobby", "u1", null, 100, new[] { "u2" });
        var games = host.Store.AddChatroom("games", "u1", null, 100, new[] { "u2" });
        host.Run("Set-EmChatroomAttribute -Id $args[0] -Username u2 -Attribute @{ topic = 'release'; level = '3' }; Set-EmChatroomAttribute -Id $args[1] -Username u2 -Attribute @{ other = 'x' }", lobby, games)
            .ThrowIfErrors();

        var matches = Complete(host, string.Format(input, lobby));

        Assert.Equal(new[] { "level", "topic" }, matches.Select(m => m.CompletionText).OrderBy(t => t));
        Assert.Equal("topic = release", matches.Single(m => m.CompletionText == "topic").ToolTip);
        Assert.Equal("topic", Complete(host, string.Format(input, lobby) + "t").Single().CompletionText);
        Assert.Equal("other", Complete(host, string.Format(input, "'" + games + "'")).Single().CompletionText);
    }

    [Fact]
    public void Attribute_keys_need_one_chatroom_id()
    {
        using var host = new EmulatorHost();
        host.ClearRequests();
        Assert.DoesNotContain(Complete(host, "Remove-EmChatroomAttribute -Username u2 -Key "), m => m.ResultType == CompletionResultType.ParameterValue);
        Assert.Empty(host.ApiRequests());
    }
}
