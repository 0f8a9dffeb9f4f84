using System.Diagnostics;
using System.Globalization;
using System.Text;
using Easemob.PowerShell.Client.Http;
using Easemob.PowerShell.Client.Json;
using Easemob.PowerShell.Client.Mapping;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Benchmarks;

/// <summary>The client's own cost for one full list page: JSON parse plus mapping to EmChatroom, no HTTP.</summary>
internal static class ParseBench
{
    public static Program.Row Run(string name, bool quick)
    {
        const int rooms = 1000;
        var body = Encoding.UTF8.GetBytes(ListPage(rooms));
        var request = ApiRequest.Get(new Uri("http://127.0.0.1/org/app/chatrooms?limit=1000"), EmApiFamily.ChatroomCollection);
        IReadOnlyList<EmChatroom> Parse() => ChatroomMapper.ToChatrooms(ResponseBody.Parse(body, EasemobJsonContext.Default.DataEnvelopeListChatroomDto, request).Data);

        // Warm up long enough for tiered JIT to replace the first, unoptimized code.
        for (var warmUp = Stopwatch.StartNew(); warmUp.Elapsed < TimeSpan.FromSeconds(quick ? 0.1 : 2);) Parse();
        var iterations = quick ? 20 : 1000;
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<EmChatroom> parsed = Array.Empty<EmChatroom>();
        for (var i = 0; i < iterations; i++) parsed = Parse();
        stopwatch.Stop();
        if (parsed.Count != rooms || parsed[rooms - 1].Name != "room 999")
        {
            throw new InvalidOperationException($"{name}: the page parsed into {parsed.Count} chatrooms");
        }

        var perPage = stopwatch.Elapsed.TotalMilliseconds / iterations;
        return new Program.Row(name, rooms.ToString(CultureInfo.InvariantCulture), "0", "0",
            (perPage / 1000).ToString("F4", CultureInfo.InvariantCulture), "-", "-", "≤2 ms per page", "-", "-",
            $"{perPage.ToString("F2", CultureInfo.InvariantCulture)} ms per page ({body.Length / 1024} KiB), mean of {iterations} after JIT warm-up");
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
