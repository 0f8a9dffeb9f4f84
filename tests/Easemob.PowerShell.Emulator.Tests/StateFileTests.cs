using System.Text.Json;
using Easemob.PowerShell.Emulator.State;
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
    public void Temporaries_left_by_a_crashed_save_are_removed_at_start_and_on_save_and_nothing_else_is()
    {
        var path = PathOf("app.json");
        var crashed = PathOf("app.json.0badf00d.tmp");
        var crashedAfterStart = PathOf("app.json.1badf00d.tmp");
        var inProgress = PathOf("app.json.2badf00d.tmp");
        var someoneElses = PathOf("app.json.notours.tmp");
        var otherFile = PathOf("other.json.3badf00d.tmp");
        foreach (var file in new[] { crashed, inProgress, someoneElses, otherFile })
        {
            File.WriteAllText(file, "{");
        }

        foreach (var file in new[] { crashed, someoneElses, otherFile })
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        using (var emulator = Start(path, "alice"))
        {
            Assert.False(File.Exists(crashed));
            File.WriteAllText(crashedAfterStart, "{");
            File.SetLastWriteTimeUtc(crashedAfterStart, DateTime.UtcNow.AddHours(-1));
            emulator.Stop();
        }

        Assert.False(File.Exists(crashedAfterStart));
        // A young temporary may be another process's save in progress; files that are not this file's temporaries stay.
        Assert.True(File.Exists(inProgress));
        Assert.True(File.Exists(someoneElses));
        Assert.True(File.Exists(otherFile));
        Assert.Contains("\"alice\"", File.ReadAllText(path));
    }

    [Fact]
    public async Task The_client_id_and_secret_survive_a_restart_and_given_ones_replace_them()
    {
        var path = PathOf("app.json");
        string id, secret;
        using (var first = Start(path))
        {
            (id, secret) = (first.ClientId, first.ClientSecret);
            first.Stop();
        }

        using (var restarted = new EmulatorClient(new EmulatorOptions { StatePath = path }))
        {
            Assert.Equal((id, secret), (restarted.Emulator.ClientId, restarted.Emulator.ClientSecret));
            // A client configured with the first start's credentials still gets a token.
            (await restarted.RequestTokenAsync(new { grant_type = "client_credentials", client_id = id, client_secret = secret })).ShouldSucceed();
        }

        using (var fixedCredentials = EasemobEmulator.Start(new EmulatorOptions { StatePath = path, ClientId = "fixed-id", ClientSecret = "fixed-secret" }))
        {
            Assert.Equal(("fixed-id", "fixed-secret"), (fixedCredentials.ClientId, fixedCredentials.ClientSecret));
        }

        using var again = Start(path);
        Assert.Equal(("fixed-id", "fixed-secret"), (again.ClientId, again.ClientSecret));
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

    [Fact]
    public void Chatroom_moderation_and_content_super_admins_and_bans_survive_a_save_and_a_load_field_by_field()
    {
        var path = PathOf("moderated.json");
        string lobby;
        IReadOnlyList<(string User, long Expire)> lobbyMutes;
        using (var first = EasemobEmulator.Start(new EmulatorOptions { StatePath = path, Users = { "alice", "bob", "carol", "dave", "erin", "frank" } }))
        {
            var store = first.Store;
            lobby = store.AddChatroom("lobby", "alice", members: new[] { "bob", "carol", "dave", "erin" });
            var side = store.CreateChatroom(new ChatroomDraft("side", "bob", null, 10, new[] { "alice" }, null, chosenId: "room7"), quota: null).Id;
            store.MuteChatroomMembers(lobby, new[] { "bob" }, 600_000);
            store.MuteChatroomMembers(lobby, new[] { "carol" }, -1);
            store.MuteChatroomMembers(side, new[] { "alice" }, -1);
            store.SetChatroomMuteAll(lobby, true);
            store.AllowChatroomUsers(lobby, new[] { "dave", "carol" });
            store.BlockChatroomUsers(lobby, new[] { "erin" });
            store.SetAnnouncement(lobby, "welcome");
            store.SetAnnouncement(side, "side news");
            store.SetAttributes(lobby, "bob", new[] { KeyValuePair.Create("topic", "chess") }, deleteWhenOwnerLeaves: true, forced: false, out _);
            store.SetAttributes(lobby, "carol", new[] { KeyValuePair.Create("pinned", "yes") }, deleteWhenOwnerLeaves: false, forced: false, out _);
            // Carol leaves: her mute, her allowlist entry and her kept attribute stay (the vendor's rules).
            store.RemoveChatroomMembers(lobby, new[] { "carol" });
            store.AddChatroomSuperAdmin("dave");
            store.AddChatroomSuperAdmin("alice");
            store.SetActivated("frank", false);
            lobbyMutes = store.ChatroomMutes(lobby);
            first.Stop();
        }

        var saved = File.ReadAllText(path);
        using var second = Start(path);
        var loaded = second.Store;

        Assert.Equal(new[] { ("bob", lobbyMutes[0].Expire), ("carol", -1L) }, loaded.ChatroomMutes(lobby));
        Assert.True(lobbyMutes[0].Expire > 0);
        Assert.Equal(new[] { ("alice", -1L) }, loaded.ChatroomMutes("room7"));
        Assert.True(loaded.IsChatroomMutedAll(lobby));
        Assert.False(loaded.IsChatroomMutedAll("room7"));
        Assert.Equal(new[] { "dave", "carol" }, loaded.ChatroomAllowedUsers(lobby));
        Assert.Equal(new[] { "erin" }, loaded.ChatroomBlockedUsers(lobby));
        Assert.Equal(new[] { "bob", "dave" }, loaded.FindChatroom(lobby)!.Members);
        Assert.Equal("welcome", loaded.GetAnnouncement(lobby));
        Assert.Equal("side news", loaded.GetAnnouncement("room7"));
        Assert.Equal(new Dictionary<string, string> { ["topic"] = "chess", ["pinned"] = "yes" }, loaded.GetAttributes(lobby));
        Assert.Equal(new[] { "dave", "alice" }, loaded.ChatroomSuperAdmins);
        Assert.False(loaded.IsActivated("frank"));
        Assert.True(loaded.IsActivated("alice"));

        // Saving the loaded store gives the same file: every field came back, attribute owners and keep flags too.
        var again = PathOf("again.json");
        second.SaveState(again);
        Assert.Equal(saved, File.ReadAllText(again));

        // The loaded attributes behave as the saved ones: another member cannot delete carol's, and bob's goes when he leaves.
        loaded.RemoveAttributes(lobby, "dave", new[] { "pinned" }, forced: false, out var refused);
        Assert.Equal("others are not allowed to be deleted", refused["pinned"]);
        loaded.RemoveChatroomMembers(lobby, new[] { "bob" });
        Assert.Equal(new[] { "pinned" }, loaded.GetAttributes(lobby).Keys);
        // The blocklist still keeps erin out.
        Assert.Empty(loaded.AddChatroomMembers(lobby, new[] { "erin" }));
    }

    [Fact]
    public void A_deleted_user_leaves_no_mute_allowlist_blocklist_or_super_admin_entry_so_the_saved_file_loads()
    {
        var path = PathOf("deleted.json");
        using (var first = Start(path, "alice", "bob", "carol"))
        {
            var store = first.Store;
            var lobby = store.AddChatroom("lobby", "alice", members: new[] { "bob", "carol" });
            store.MuteChatroomMembers(lobby, new[] { "bob" }, -1);
            store.AllowChatroomUsers(lobby, new[] { "bob" });
            store.BlockChatroomUsers(lobby, new[] { "carol" });
            store.AddChatroomSuperAdmin("bob");
            store.DeleteUser("bob");
            store.DeleteUser("carol");
            first.Stop();
        }

        using var second = Start(path);
        var room = second.Store.Chatrooms.Single().Id;
        Assert.Empty(second.Store.ChatroomMutes(room));
        Assert.Empty(second.Store.ChatroomAllowedUsers(room));
        Assert.Empty(second.Store.ChatroomBlockedUsers(room));
        Assert.Empty(second.Store.ChatroomSuperAdmins);
    }

    [Fact]
    public void A_deleted_user_leaves_no_attributes_contact_or_block_entry_so_the_name_starts_clean_and_the_saved_file_loads()
    {
        var path = PathOf("deleted-relations.json");
        using (var first = Start(path, "alice", "bob", "carol"))
        {
            var store = first.Store;
            store.SetUserAttributes("bob", new[] { new KeyValuePair<string, string>("nickname", "Bob") });
            store.AddContact("alice", "bob");
            store.AddContact("bob", "carol");
            store.BlockUsers("alice", new[] { "bob" });
            store.BlockUsers("bob", new[] { "carol" });
            store.DeleteUser("bob");

            Assert.Empty(store.Contacts("alice"));
            Assert.Empty(store.Contacts("carol"));
            Assert.Empty(store.BlockedUsers("alice"));
            Assert.Empty(store.UserAttributes("bob"));
            store.AddUser("bob");
            Assert.Empty(store.Contacts("bob"));
            Assert.Empty(store.BlockedUsers("bob"));
            first.Stop();
        }

        using var second = Start(path);
        Assert.Empty(second.Store.Contacts("alice"));
        Assert.Empty(second.Store.Contacts("bob"));
        Assert.Empty(second.Store.BlockedUsers("alice"));
        Assert.Empty(second.Store.UserAttributes("bob"));
    }

    [Fact]
    public void A_hand_written_file_may_keep_mutes_allowlist_entries_and_kept_attributes_of_users_who_left()
    {
        var path = PathOf("left.json");
        File.WriteAllText(path, """
            {
              "format": "Easemob.PowerShell.EmulatorState", "version": 1,
              "users": [ { "username": "alice" }, { "username": "bob", "activated": false } ],
              "chatrooms": [ {
                "name": "lobby", "owner": "alice",
                "mutes": [ { "username": "Bob", "expire": -1 } ], "allowed": [ "bob" ], "blocked": [ "bob" ],
                "attributes": [ { "key": "pinned", "value": "yes", "owner": "gone", "keepAfterOwnerLeaves": true },
                                { "key": "mine", "value": "1", "owner": "alice" } ]
              } ],
              "superAdmins": [ "Alice" ]
            }
            """);

        using var emulator = Start(path);

        var lobby = emulator.Store.Chatrooms.Single().Id;
        Assert.Equal(new[] { ("bob", -1L) }, emulator.Store.ChatroomMutes(lobby));
        Assert.Equal(new[] { "bob" }, emulator.Store.ChatroomBlockedUsers(lobby));
        Assert.Equal(new[] { "pinned", "mine" }, emulator.Store.GetAttributes(lobby).Keys);
        Assert.Equal(new[] { "alice" }, emulator.Store.ChatroomSuperAdmins);
        Assert.False(emulator.Store.IsActivated("bob"));
    }

    private const string TwoUsers = """ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "users": [ { "username": "a" }, { "username": "b" } ] """;

    /// <summary>A file with users a and b and one chatroom 180000000000000001 owned by a with member b, plus <paramref name="fields"/>.</summary>
    private static string Room(string fields) =>
        "{" + TwoUsers + """, "chatrooms": [ { "name": "x", "owner": "a", "members": ["b"], """ + fields + " } ] }";

    private static string Attributes(int count, string value = "v") =>
        "\"attributes\": [" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{ \"key\": \"k{i}\", \"value\": \"{value}\", \"owner\": \"b\" }}")) + "]";

    public static TheoryData<string, string> BadModerationFiles => new()
    {
        { Room("""  "mutes": [ { "username": "ghost", "expire": -1 } ] """), "chatroom 180000000000000001: muted user 'ghost' is not one of the file's users" },
        { Room("""  "mutes": [ { "username": "b", "expire": -1 }, { "username": "B", "expire": -1 } ] """), "chatroom 180000000000000001: muted user 'b' is listed twice" },
        { Room("""  "mutes": [ { "username": "b", "expire": 0 } ] """), "muted user 'b' has expire 0; it must be -1 or when the mute ends" },
        { Room("""  "mutes": [ { "username": "b" } ] """), "muted user 'b' has expire (none)" },
        { Room("""  "allowed": [ "ghost" ] """), "chatroom 180000000000000001: allowlisted user 'ghost' is not one of the file's users" },
        { Room("""  "allowed": [ "b", "B" ] """), "allowlisted user 'b' is listed twice" },
        { Room("""  "blocked": [ "b" ] """), "chatroom 180000000000000001: blocked user 'b' is a member" },
        { Room("\"announcement\": \"" + new string('x', 513) + "\""), "the announcement has 513 characters; at most 512 are allowed" },
        { Room("""  "attributes": [ { "value": "v", "owner": "b" } ] """), "chatroom 180000000000000001: an attribute has no key or no value" },
        { Room("""  "attributes": [ { "key": "k", "value": "v", "owner": "b" }, { "key": "k", "value": "w", "owner": "a" } ] """), "attribute 'k' is listed twice" },
        { Room("""  "attributes": [ { "key": "k", "value": "v", "owner": "a b" } ] """), "attribute 'k' has owner 'a b', which is not a legal user name" },
        { Room("""  "attributes": [ { "key": "k", "value": "v" } ] """), "attribute 'k' has owner ''" },
        { Room("""  "attributes": [ { "key": "k", "value": "v", "owner": "ghost" } ] """), "attribute 'k' is owned by 'ghost', who is not in the chatroom" },
        { Room("""  "attributes": [ { "key": "a b", "value": "v", "owner": "b" } ] """), "properties key 'a b' is illegal" },
        { Room(Attributes(1, new string('v', 4097))), "properties value of key 'k0' is exceeding maximum limit 4096" },
        { Room(Attributes(101)), "properties count is exceeding maximum limit 100" },
        { "{" + TwoUsers + """, "superAdmins": [ "ghost" ] }""", "super admin 'ghost' is not one of the file's users" },
        { "{" + TwoUsers + """, "superAdmins": [ "a", "A" ] }""", "super admin 'a' is listed twice" },
        { """{ "format": "Easemob.PowerShell.EmulatorState", "version": 1, "users": [ { "username": "a", "activated": "no" } ] }""", "not valid state JSON" },
    };

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
    [MemberData(nameof(BadModerationFiles))]
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
