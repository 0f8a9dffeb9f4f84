using System.Text.RegularExpressions;

namespace Easemob.PowerShell.Tests.Display;

/// <summary>
/// `Get-EmChatroom | Format-List *` is readable. The hosted engine has no Format-List, so the test renders what it
/// renders: every property of the object, by name, through the console's formatter (a copy of the properties
/// without the type's table view, which the formatter shows as a list).
/// </summary>
public sealed class FormatListTests
{
    private const string AllPropertiesAsList =
        "$h = [ordered]@{}; foreach ($p in $room.PSObject.Properties) { $h[$p.Name] = $p.Value }; [pscustomobject]$h";

    [Fact]
    public void Every_property_of_a_detailed_chatroom_reads_as_a_value_never_as_a_type_name()
    {
        using var host = new EmulatorHost();
        var id = host.Store.AddChatroom("运维 room 🚀", "u1", "night shift", 300, new[] { "u2", "u3" });
        var room = host.Run("Get-EmChatroom -Id $args[0]", id).ThrowIfErrors().Output.Single();

        host.Ps.SetVariable("room", room);
        var text = host.Ps.Render(AllPropertiesAsList);

        var lines = text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        var fields = lines.Select(l => Regex.Match(l, @"^(\w+)\s+: ?(.*)$")).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        // One "Name : value" line per property, in the model's order: identity first.
        Assert.Equal(new[] { "Id", "Name", "Description", "Owner", "MaxUsers", "MemberCount", "MembersOnly", "AllowInvites", "Public", "Created", "Custom", "Members", "MuteAll", "Disabled" },
            fields.Keys);
        Assert.Equal(id, fields["Id"]);
        Assert.Equal("运维 room 🚀", fields["Name"]);
        Assert.Equal("night shift", fields["Description"]);
        Assert.Equal("300", fields["MaxUsers"]);
        Assert.Matches(@"^\{u1, u2, u3\}$", fields["Members"]);
        Assert.Matches(@"\d{4}", fields["Created"]);
        Assert.Equal("False", fields["MuteAll"]);
        // A property the call did not return is blank, not a made-up default.
        Assert.Equal("", fields["Disabled"]);
        Assert.DoesNotMatch(@"Easemob\.|System\.", text);
    }
}
