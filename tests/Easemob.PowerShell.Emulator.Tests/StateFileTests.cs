using System.Text.Json;
using Easemob.PowerShell.Emulator.Tests.Support;

namespace Easemob.PowerShell.Emulator.Tests;

public sealed class StateFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("emstate").FullName;

    private string PathOf(string name) => Path.Combine(folder, name);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static EasemobEmulator Start(string statePath, params string[] users)
    {
        var options = new EmulatorOptions { StatePath = statePath };
        foreach (var user in users)
        {
            options.Users.Add(user);
        }

        return EasemobEmulator.Start(options);
    }

    [Fact]
    public async Task Users_chatrooms_admins_and_global_mutes_survive_a_stop_and_a_start()
    {
        var path = PathOf("app.json");
        string lobby;
        using (var first = Start(path, "alice", "bob", "carol"))
        {
            lobby = first.Store.AddChatroom("lobby", "alice", "the hall", 300, new[] { "bob", "carol" }, "{\"x\":1}");
            first.Store.AddChatroom("games", "bob");
            first.Store.AddChatroomAdmin(lobby, "bob");
            first.Store.SetGlobalMute("carol", 3600, null, -1);
            first.Stop();
        }

        using var client = new EmulatorClient(new EmulatorOptions { StatePath = path });
        Assert.Equal(new[] { "alice", "bob", "carol" }, client.Store.Users);
        var room = client.Store.FindChatroom(lobby)!;
        Assert.Equal(("lobby", "the hall", "alice", 300, "{\"x\":1}"), (room.Name, room.Description, room.Owner, room.MaxUsers, room.Custom));
        Assert.Equal(new[] { "bob", "carol" }, room.Members);
        Assert.Equal(new[] { "bob" }, room.Admins);
        var mute = Assert.Single(client.Store.GlobalMutes);
        Assert.Equal("carol", mute.Username);
        Assert.InRange(mute.Chat!.Value, 3590, 3600);
        Assert.Null(mute.GroupChat);
        Assert.Equal(-1, mute.Chatroom);

        // The loaded app answers over HTTP as the saved one did, and new chatrooms get fresh ids.
        var listed = (await client.GetAsync("chatrooms")).ShouldSucceed().Data;
        Assert.Equal(2, listed.GetArrayLength());
        var added = client.Store.AddChatroom("new", "alice");
        Assert.True(long.Parse(added) > long.Parse(lobby) + 1);
        // Deleting a loaded member works: the user's chatroom memberships were rebuilt.
        (await client.DeleteAsync("users/carol")).ShouldSucceed();
        Assert.Equal(new[] { "bob" }, client.Store.FindChatroom(lobby)!.Members);
    }

    [Fact]
    public void A_missing_file_starts_empty_and_is_written_on_stop()
    {
        var path = PathOf("sub/new.json");
        using (var emulator = Start(path, "alice"))
        {
            Assert.Equal(new[] { "alice" }, emulator.Store.Users);
            Assert.False(File.Exists(path));
        }

        using var saved = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("Easemob.PowerShell.EmulatorState", saved.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, saved.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("alice", saved.RootElement.GetProperty("users")[0].GetProperty("username").GetString());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void A_hand_written_fixture_names_only_what_it_needs_and_seed_users_are_added()
    {
        var path = PathOf("fixture.json");
        File.WriteAllText(path, """
            {
              "format": "Easemob.PowerShell.EmulatorState", "version": 1,
              "users": [ { "username": "Alice" }, { "username": "bob" } ],
              "chatrooms": [ { "name": "empty", "owner": "alice" }, { "name": "busy", "owner": "bob", "members": ["alice"] } ]
            }
            """);

        using var emulator = Start(path, "bob", "dave");

        Assert.Equal(new[] { "alice", "bob", "dave" }, emulator.Store.Users);
        Assert.Equal(new[] { "empty", "busy" }, emulator.Store.Chatrooms.Select(c => c.Name));
        Assert.Equal(1000, emulator.Store.Chatrooms[0].MaxUsers);
        Assert.Equal(2, emulator.Store.Chatrooms[1].AffiliationsCount);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "{ not json", "not valid state JSON" },
        { "[1, 2]", "not valid state JSON" },
        { """{ "users": [] }""", "not an emulator state file" },
        { """{ "format": "Something.Else", "version": 1 }""", "not an emulator state file" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 2 }""", "version 2 is not supported" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "users": [ { "username": "a b" } ] }""", "user name 'a b' is not legal" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "users": [ { "username": "a" }, { "username": "A" } ] }""", "user 'a' is listed twice" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "chatrooms": [ { "name": "x", "owner": "ghost" } ] }""", "owner of chatroom 180000000000000001, 'ghost' is not one of the file's users" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "users": [ { "username": "a" }, { "username": "b" } ], "chatrooms": [ { "name": "x", "owner": "a", "admins": ["b"] } ] }""", "admin 'b' of chatroom 180000000000000001 is not one of its members" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "users": [ { "username": "a" } ], "chatrooms": [ { "id": "7", "name": "x", "owner": "a" }, { "id": "7", "name": "y", "owner": "a" } ] }""", "chatroom id 7 is used twice" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "users": [ { "username": "a" } ], "globalMutes": [ { "username": "a", "chat": -5 } ] }""", "has chat -5" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_refused_naming_the_file_and_the_problem_and_is_left_untouched(string text, string problem)
    {
        var path = PathOf("bad.json");
        File.WriteAllText(path, text);

        var error = Assert.Throws<EmulatorStateFileException>(() => Start(path));

        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void SaveState_writes_a_snapshot_anywhere_and_replaces_an_existing_file()
    {
        var path = PathOf("snap.json");
        File.WriteAllText(path, "old");
        using var emulator = EasemobEmulator.Start(new EmulatorOptions { Users = { "alice" } });

        emulator.SaveState(path);

        Assert.Contains("\"alice\"", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
        Assert.Throws<InvalidOperationException>(() => emulator.SaveState());
    }

    [Fact]
    public void A_save_that_cannot_write_throws_a_state_file_error_and_leaves_nothing_behind()
    {
        var blocker = PathOf("file");
        File.WriteAllText(blocker, "");
        using var emulator = EasemobEmulator.Start(new EmulatorOptions());

        var error = Assert.Throws<EmulatorStateFileException>(() => emulator.SaveState(Path.Combine(blocker, "app.json")));

        Assert.Contains("cannot be saved", error.Message);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void Stop_reports_a_failed_save_after_stopping_and_Dispose_never_throws()
    {
        var blocker = PathOf("file");
        File.WriteAllText(blocker, "");
        var first = Start(Path.Combine(blocker, "a.json"));
        var second = Start(Path.Combine(blocker, "b.json"));

        Assert.Throws<EmulatorStateFileException>(() => first.Stop());
        second.Dispose();

        Assert.False(first.IsRunning);
        Assert.False(second.IsRunning);
    }

    public static TheoryData<string> PesterFixtures =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "PesterFixtures"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(PesterFixtures))]
    public void Every_Pester_fixture_loads_and_a_save_and_load_round_trip_keeps_it_unchanged(string fixture)
    {
        var copy = PathOf(fixture);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "PesterFixtures", fixture), copy);
        using (var emulator = Start(copy))
        {
            Assert.NotEmpty(emulator.Store.Users);
        }

        var saved = File.ReadAllText(copy);
        using (var again = Start(copy))
        {
            again.Stop();
        }

        Assert.Equal(saved, File.ReadAllText(copy));
    }
}
