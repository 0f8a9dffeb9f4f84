using Easemob.PowerShell.Emulator.Api;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Tests;

/// <summary>Routes name their variables and literal segments win over variables, whatever the declaration order.</summary>
public sealed class RouteTableTests
{
    private static Route Named(string method, string template) =>
        new(method, template, EmApiFamily.ChatroomItem, _ => new EmulatorHttpResponse(200, Array.Empty<byte>()));

    [Fact]
    public void A_literal_segment_wins_over_a_variable_declared_before_it()
    {
        var table = new RouteTable(new[]
        {
            Named("GET", "chatrooms/{id}"),
            Named("DELETE", "chatrooms/{id}/users/{users}"),
            Named("GET", "chatrooms/super_admin"),
            Named("DELETE", "chatrooms/super_admin/{user}"),
        });

        Assert.Equal("chatrooms/super_admin", table.Find("GET", new[] { "chatrooms", "super_admin" }, out _)!.Template);
        Assert.Equal("chatrooms/{id}", table.Find("GET", new[] { "chatrooms", "42" }, out _)!.Template);
        Assert.Equal("chatrooms/super_admin/{user}", table.Find("DELETE", new[] { "chatrooms", "super_admin", "bob" }, out _)!.Template);
        Assert.Null(table.Find("PUT", new[] { "chatrooms", "42" }, out var otherMethod));
        Assert.True(otherMethod);
        Assert.Null(table.Find("GET", new[] { "nowhere" }, out otherMethod));
        Assert.False(otherMethod);
    }

    [Fact]
    public void Variables_are_read_by_name_raw_and_decoded()
    {
        var route = Named("DELETE", "chatrooms/{id}/users/{users}");

        var variables = route.Variables(new[] { "chatrooms", "42", "users", "a%2Cb" }, new[] { "chatrooms", "42", "users", "a,b" });

        Assert.Equal(("42", "42"), variables["id"]);
        Assert.Equal(("a%2Cb", "a,b"), variables["users"]);
        Assert.Throws<ArgumentException>(() => Named("GET", "chatrooms/{id}/users/{id}"));
    }

    [Fact]
    public void Two_routes_for_the_same_call_are_refused_when_the_table_is_built()
    {
        var clash = Assert.Throws<InvalidOperationException>(() => new RouteTable(new[] { Named("GET", "users/{user}"), Named("GET", "users/{name}") }));
        Assert.Contains("users/{}", clash.Message);
        // The same path for two methods is not a clash.
        _ = new RouteTable(new[] { Named("GET", "users/{user}"), Named("DELETE", "users/{user}") });
    }
}
