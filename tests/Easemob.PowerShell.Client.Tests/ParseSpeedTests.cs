using System.Diagnostics;
using System.Text;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Client.Tests.Support;
using Easemob.PowerShell.Model;
using Xunit.Abstractions;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>Measures (does not assert) how long reading a full 1,000-chatroom list page takes.</summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class ParseSpeedTests
{
    private readonly ITestOutputHelper _output;

    public ParseSpeedTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void ThousandChatroomListPage_ParseTime()
    {
        var body = Encoding.UTF8.GetBytes(ListPage(1000));
        var request = ApiRequest.Get(new Uri(TestClients.Root + "chatrooms?limit=1000"), EmApiFamily.ChatroomCollection);
        IReadOnlyList<EmChatroom> Parse() => ChatroomMapper.ToChatrooms(ResponseBody.Parse(body, EasemobJsonContext.Default.DataEnvelopeListChatroomDto, request).Data);

        // Warm up long enough for tiered JIT to replace the first, unoptimized code.
        for (var warmUp = Stopwatch.StartNew(); warmUp.Elapsed < TimeSpan.FromSeconds(1);) Parse();
        const int iterations = 500;
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<EmChatroom> rooms = Array.Empty<EmChatroom>();
        for (var i = 0; i < iterations; i++) rooms = Parse();
        stopwatch.Stop();

        var perPage = stopwatch.Elapsed.TotalMilliseconds / iterations;
        _output.WriteLine($"1,000-chatroom page ({body.Length / 1024} KiB): {perPage:0.000} ms per page (parse + map), {iterations} iterations");
        Assert.Equal(1000, rooms.Count);
        Assert.Equal(("262144000000999", "room 999", "owner999", 999), (rooms[999].Id, rooms[999].Name, rooms[999].Owner, rooms[999].MemberCount));
    }

    /// <summary>A page like the server's: the documented entry fields plus the envelope.</summary>
    private static string ListPage(int rooms)
    {
        var json = new StringBuilder("""{"action":"get","application":"8bXXXX02","uri":"https://a1.easemob.com/org/app/chatrooms","entities":[],"data":[""");
        for (var i = 0; i < rooms; i++)
        {
            if (i > 0) json.Append(',');
            json.Append($$"""{"id":"{{262144000000000 + i}}","name":"room {{i}}","owner":"owner{{i}}","affiliations_count":{{i}}}""");
        }
        json.Append("""],"timestamp":1542537813420,"duration":0,"organization":"org","applicationName":"app","count":1000,"cursor":"ZGVmYXVsdA"}""");
        return json.ToString();
    }
}
