using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Easemob.PowerShell.Emulator;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Benchmarks;

/// <summary>
/// Runs the real cmdlets in a hosted runspace against the embedded emulator (30 ms latency, documented rate
/// limits enforced) and compares each scenario with the floor the limits allow and with a naive HttpClient loop.
/// Usage: dotnet run -c Release --project tests/Easemob.PowerShell.Benchmarks [-- [--quick] [--only text]]
/// (--only runs the scenarios whose name contains the text, or one of several texts separated by '|').
/// </summary>
public static class Program
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(30);
    private static double L => Latency.TotalSeconds;

    // Documented per-second limits (src/Easemob.PowerShell.Model/EmApiLimits.cs).
    // The documented limits the emulator enforces, from the one table both it and the client use.
    private static readonly double CollectionPerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.ChatroomCollection);
    private static readonly double ItemPerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.ChatroomItem);
    private static readonly double MutePerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.GlobalMute);
    private static readonly double UserPerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.User);
    private static readonly double AttributeReadPerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.UserAttributeRead);
    private static readonly double AttributeWritePerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.UserAttributeWrite);
    private static readonly double UserMessageCallsPerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.UserMessage);
    // Room sends: 20 calls/s, but 100 messages/s (a send of 10 rooms weighs 10) sets the pace of full batches.
    private static readonly double RoomMessagesPerSecond = EmApiLimits.DocumentedMessageLimit(EmApiFamily.ChatroomMessage)!.Value.Count;
    private static readonly EmRateLimit ExportLimit = EmApiLimits.DocumentedCallLimit(EmApiFamily.HistoryExport)!.Value;
    private static readonly double GroupItemPerSecond = EmApiLimits.DocumentedCallsPerSecond(EmApiFamily.GroupItem);

    public static readonly string[] ScenarioNames =
    {
        "chatroom details (piped ids)",
        "list chatrooms",
        "list chatrooms -Detailed",
        "remove chatrooms (piped)",
        "chatroom members",
        "global mutes (page 50)",
        "Import-Module (median)",
        "stream chatrooms (memory)",
        "client page parse",
        "add members (CSV rows, 100 rooms)",
        "sync members (5,000-member room)",
        "mute users of one room",
        "create chatrooms, 15% faults",
        "user status (piped)",
        "new users (piped)",
        "list users (memory)",
        "user attributes (piped)",
        "set profiles (CSV rows)",
        "send to listed chatrooms",
        "send to piped users",
        "export history (72 hours)",
        "read history (memory)",
        "group members (page numbers, roles)",
        "add group members (CSV rows, 100 groups)",
        "sync group members (100 groups, -ThrottleLimit 16)",
    };

    private sealed class Sizes
    {
        public int Details, List, Detailed, Remove, MemberRooms, MembersPerRoom, Mutes, ImportRuns, Memory, BaselineSample, FaultyCreates;
        public int AddRooms, AddPerRoom, SyncMembers, SyncChange, RoomMutes;
        public int Statuses, NewUsers, UserList, Attributes, Profiles;
        public int RoomSends, UserSends, ExportHours, HistoryMessages;
        public int MemberGroups, MembersPerGroup, AddGroups, AddPerGroup, SyncGroups, SyncGroupMembers;
        /// <summary>Multiplies the per-minute export limit on both sides (emulator and session) so the row takes seconds.</summary>
        public double ExportScale;
    }

    internal sealed record Row(string Scenario, string Items, string Requests, string TooMany, string Wall, string Floor,
        string Ratio, string Target, string Baseline, string Speedup, string Notes, string Noop = "-", string NoopRatio = "-");

    public static int Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault() ?? string.Empty;
        var sizes = quick
            ? QuickSizes
            : new Sizes { Details = 5000, List = 20000, Detailed = 20000, Remove = 2000, MemberRooms = 300, MembersPerRoom = 200, Mutes = 5000, ImportRuns = 10, Memory = 100000, BaselineSample = 500,
                AddRooms = 100, AddPerRoom = 60, SyncMembers = 5000, SyncChange = 1000, RoomMutes = 1000, FaultyCreates = 1000,
                Statuses = 10000, NewUsers = 3000, UserList = 100000, Attributes = 10000, Profiles = 2000,
                RoomSends = 1000, UserSends = 6000, ExportHours = 72, ExportScale = 6, HistoryMessages = 1000000,
                MemberGroups = 300, MembersPerGroup = 200, AddGroups = 100, AddPerGroup = 60, SyncGroups = 100, SyncGroupMembers = 500 };
        var manifest = Path.Combine(RepoRoot(), "out", "Easemob.PowerShell", "Easemob.PowerShell.psd1");
        if (!File.Exists(manifest))
        {
            Console.Error.WriteLine("Module not built: " + manifest + " (run `dotnet build` at the repo root).");
            return 2;
        }

        Bench.Pause = quick ? 0 : 1100;
        Bench.Repeats = quick ? 1 : 5;
        var rows = new List<Row>();
        var total = Stopwatch.StartNew();
        try
        {
            using var bench = new Bench(manifest);
            if (!quick)
            {
                // Warm-up: the quick sizes once, unreported, so JIT compilation does not count as the module's time.
                RunScenarios(bench, manifest, QuickSizes, quick: true, only);
            }
            rows.AddRange(RunScenarios(bench, manifest, sizes, quick, only));
        }
        catch (Exception exception)
        {
            Print(rows, quick, total.Elapsed);
            Console.Error.WriteLine("Benchmark failed: " + exception);
            return 1;
        }
        Print(rows, quick, total.Elapsed);
        return 0;
    }

    private static readonly Sizes QuickSizes = new() { Details = 200, List = 200, Detailed = 200, Remove = 100, MemberRooms = 20, MembersPerRoom = 50, Mutes = 200, ImportRuns = 2, Memory = 2000, BaselineSample = 20,
        AddRooms = 5, AddPerRoom = 60, SyncMembers = 300, SyncChange = 60, RoomMutes = 100, FaultyCreates = 100,
        Statuses = 300, NewUsers = 200, UserList = 2000, Attributes = 300, Profiles = 100,
        RoomSends = 50, UserSends = 700, ExportHours = 3, ExportScale = 60, HistoryMessages = 2000,
        MemberGroups = 20, MembersPerGroup = 50, AddGroups = 5, AddPerGroup = 60, SyncGroups = 5, SyncGroupMembers = 100 };

    private static List<Row> RunScenarios(Bench bench, string manifest, Sizes sizes, bool quick, string only)
    {
        var scenarios = new Func<Row>[]
        {
            () => bench.Details(sizes),
            () => bench.List(sizes),
            () => bench.Detailed(sizes),
            () => bench.Remove(sizes),
            () => bench.Members(sizes),
            () => bench.Mutes(sizes),
            () => Bench.Import(manifest, sizes),
            () => bench.Memory(sizes),
            () => ParseBench.Run(ScenarioNames[8], quick),
            () => bench.AddMembers(sizes),
            () => bench.SyncMembers(sizes),
            () => bench.RoomMutes(sizes),
            () => bench.FaultyCreates(sizes),
            () => bench.UserStatus(sizes),
            () => bench.NewUsers(sizes),
            () => bench.UserList(sizes),
            () => bench.UserAttributes(sizes),
            () => bench.SetProfiles(sizes),
            () => bench.RoomSends(sizes),
            () => bench.UserSends(sizes),
            () => bench.ExportHistory(sizes),
            () => bench.ReadHistory(sizes),
            () => bench.GroupMembers(sizes),
            () => bench.AddGroupMembers(sizes),
            () => bench.SyncGroupMembers(sizes),
        };
        var rows = new List<Row>();
        for (var i = 0; i < scenarios.Length; i++)
        {
            if (only.Split('|').Any(text => ScenarioNames[i].Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                rows.Add(scenarios[i]());
            }
        }
        return rows;
    }

    private static void Print(List<Row> rows, bool quick, TimeSpan total)
    {
        var header = new Row("Scenario", "Items", "Requests", "429s", "Wall s", "Floor s", "×Floor", "Target", "Baseline s", "Speedup", "Notes", "Noop s", "×(Noop+Floor)");
        var all = new[] { header }.Concat(rows).Select(r => new[] { r.Scenario, r.Items, r.Requests, r.TooMany, r.Wall, r.Floor, r.Ratio, r.Noop, r.NoopRatio, r.Target, r.Baseline, r.Speedup, r.Notes }).ToList();
        var widths = Enumerable.Range(0, 13).Select(i => all.Max(r => r[i].Length)).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Easemob.PowerShell benchmarks ({(quick ? "quick" : "full")} sizes; emulator latency {Latency.TotalMilliseconds} ms, rate limits enforced; total {total.TotalSeconds:F1} s)");
        for (var r = 0; r < all.Count; r++)
        {
            Console.WriteLine(string.Join(" | ", all[r].Select((c, i) => i == 12 ? c : c.PadRight(widths[i]))).TrimEnd());
            if (r == 0)
            {
                Console.WriteLine(string.Join("-|-", widths.Select(w => new string('-', Math.Min(w, 20)))));
            }
        }
        Console.WriteLine();
        Console.WriteLine("Requests/429s: API calls the cmdlet sent (token fetches excluded) and how many were refused with 429.");
        Console.WriteLine("Floor: the earliest the last answer can arrive, for the fewest requests the API needs (max page / batch size):");
        Console.WriteLine("  call j starts no earlier than call j-limit + 1 s (the documented limit, 1-s sliding window) and no earlier than");
        Console.WriteLine("  the answer it needs (previous cursor page; the page listing its ids); each call takes the latency. No CPU time.");
        Console.WriteLine("Noop: the same pipeline into a no-op binary cmdlet of the same parameter binding and output count (NoopCmdlets.cs),");
        Console.WriteLine("  in the same run: PowerShell's own cost of the job. ×(Noop+Floor) = wall / (noop + floor).");
        Console.WriteLine("Baseline: naive sequential HttpClient loop, one request per item, no batching; '*' = run on a sample and extrapolated.");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Easemob.PowerShell.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Easemob.PowerShell.sln not found above " + AppContext.BaseDirectory);
    }

    private static string F(double seconds) => seconds.ToString(seconds < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    /// <summary>A runspace with the module imported; each scenario starts its own emulator and connects to it.</summary>
    private sealed class Bench : IDisposable
    {
        private readonly Runspace runspace;
        private PSObject? emulator;

        /// <summary>Wait before each timed run for the 1-s rate window to empty; quick runs stay far below the limits.</summary>
        public static int Pause { get; set; } = 1100;

        public Bench(string manifest)
        {
            runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            Run("Import-Module $args[0] -ErrorAction Stop; Import-Module -Assembly $args[1]", manifest, typeof(GetNoopChatroomCommand).Assembly);
        }

        private EmulatorStore Store => (EmulatorStore)emulator!.Properties["Store"].Value;

        private IReadOnlyList<EmulatorRequest> Requests => (IReadOnlyList<EmulatorRequest>)emulator!.Properties["Requests"].Value;

        /// <summary>A new emulator with the benchmark's latency and the documented limits, and a session to it.</summary>
        private void Fresh() => Fresh(Latency, enforceRateLimit: true);

        private void Fresh(TimeSpan latency, bool enforceRateLimit, double faultRate = 0, double rateLimitScale = 1)
        {
            Run("if ($global:emu) { $global:emu.Dispose() }; " +
                "$global:emu = Start-EmEmulator -User owner -Latency $args[0] -EnforceRateLimit:$args[1] -FaultRate $args[2] -Seed 11 -RateLimitScale $args[3]; " +
                "$global:emu | Connect-EmApp -RateLimit $args[3]",
                latency, enforceRateLimit, faultRate, rateLimitScale);
            emulator = (PSObject)runspace.SessionStateProxy.GetVariable("emu");
        }

        private Collection<PSObject> Run(string script, params object?[] args)
        {
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript(script);
            foreach (var arg in args)
            {
                ps.AddArgument(arg);
            }
            var output = ps.Invoke();
            if (ps.Streams.Error.Count > 0)
            {
                throw new InvalidOperationException("Script wrote errors: " + string.Join("\n", ps.Streams.Error.Take(5)));
            }
            return output;
        }

        /// <summary>Times a script against the current emulator; returns seconds, its first output, API requests and 429s.</summary>
        private (double Seconds, object? Output, int Requests, int TooMany) Measure(string script, params object?[] args)
        {
            // Let the sliding window empty so a previous run does not eat into this one's budget.
            Thread.Sleep(Pause);
            emulator!.Methods["ClearRequests"].Invoke();
            // Ids go in through a variable: an array passed as an argument would be spread over $args.
            // (A string[] given for params object[] arrives as the array itself, by covariance.)
            var ids = args as string[];
            runspace.SessionStateProxy.SetVariable("ids", ids);
            var watch = Stopwatch.StartNew();
            var output = Run(script, ids != null ? Array.Empty<object?>() : args);
            watch.Stop();
            var api = Requests.Where(r => !r.Path.EndsWith("/token", StringComparison.Ordinal)).ToList();
            LastTimeline = Timeline(api);
            return (watch.Elapsed.TotalSeconds, output.FirstOrDefault()?.BaseObject, api.Count(r => r.Status != 429), api.Count(r => r.Status == 429));
        }

        /// <summary>The request log of the last <see cref="Measure"/> (of the fastest real run after <see cref="Compare"/>), see <see cref="Timeline"/>.</summary>
        private string LastTimeline { get; set; } = string.Empty;

        /// <summary>
        /// Where a run's time went, from the request log: the start of every 100th request (a second of the 100/s
        /// families' rate) and of the second, when the writes started if there were reads before them, and the last answer, in ms
        /// after the first request started.
        /// </summary>
        private static string Timeline(IReadOnlyList<EmulatorRequest> api)
        {
            if (api.Count == 0)
            {
                return string.Empty;
            }
            var first = api.Min(r => r.Time);
            string Ms(DateTimeOffset t) => (t - first).TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
            var starts = api.Select(r => r.Time).OrderBy(t => t).ToList();
            var marks = Enumerable.Range(0, (starts.Count + 99) / 100).Select(k => "#" + (100 * k + 1).ToString(CultureInfo.InvariantCulture) + " " + Ms(starts[100 * k]));
            // The second start shows whether the first request went alone (the early-stop rule's round trip).
            if (starts.Count > 1)
            {
                marks = marks.Take(1).Append("#2 " + Ms(starts[1])).Concat(marks.Skip(1));
            }
            var writes = api.Where(r => r.Method != "GET").Select(r => r.Time).OrderBy(t => t).ToList();
            var writeSpan = writes.Count > 0 && writes.Count < api.Count ? $"; writes start {Ms(writes[0])}–{Ms(writes[^1])}" : string.Empty;
            return $"log (ms after the first start): starts {string.Join(", ", marks)}{writeSpan}; last answer {Ms(api.Max(r => r.Answered))}";
        }

        /// <summary>Runs of each side in the rows compared with a no-op cmdlet; the fastest counts (the machine is shared).</summary>
        public static int Repeats { get; set; } = 5;

        /// <summary>
        /// Times <paramref name="script"/> and the same job into a no-op cmdlet (<paramref name="noopScript"/>), one after
        /// the other <see cref="Repeats"/> times, and keeps each side's fastest run. <paramref name="before"/> runs untimed
        /// before each real run, given its number (fresh rows for a create).
        /// </summary>
        private ((double Seconds, object? Output, int Requests, int TooMany) Real, (double Seconds, object? Output, int Requests, int TooMany) Noop) Compare(
            string script, string noopScript, string[]? ids, Action<int>? before = null)
        {
            (double Seconds, object? Output, int Requests, int TooMany)? real = null, noop = null;
            var fastestTimeline = string.Empty;
            for (var i = 0; i < Repeats; i++)
            {
                before?.Invoke(i);
                var r = ids == null ? Measure(script) : Measure(script, ids);
                var timeline = real == null || r.Seconds < real.Value.Seconds ? LastTimeline : fastestTimeline;
                var n = ids == null ? Measure(noopScript) : Measure(noopScript, ids);
                real = real == null || r.Seconds < real.Value.Seconds ? r : real;
                noop = noop == null || n.Seconds < noop.Value.Seconds ? n : noop;
                fastestTimeline = timeline;
            }
            LastTimeline = fastestTimeline;
            return (real!.Value, noop!.Value);
        }

        private List<string> SeedChatrooms(int count, IReadOnlyList<string>? members = null)
        {
            var ids = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                ids.Add(Store.AddChatroom("room" + i.ToString(CultureInfo.InvariantCulture), "owner", "bench room", 1000, members));
            }
            return ids;
        }

        private static int Batches(int items, int perCall) => (items + perCall - 1) / perCall;

        private static Row Make(string name, int items, (double Seconds, object? Output, int Requests, int TooMany) m, double floor,
            string target, double? baseline, bool sampled, string notes = "", (double Seconds, object? Output, int Requests, int TooMany)? noop = null)
        {
            if (Convert.ToInt64(m.Output, CultureInfo.InvariantCulture) != items)
            {
                throw new InvalidOperationException($"{name}: expected {items} items, got {m.Output}");
            }
            if (noop is { } n && (Convert.ToInt64(n.Output, CultureInfo.InvariantCulture) != items || n.Requests != 0))
            {
                throw new InvalidOperationException($"{name}: the no-op run wrote {n.Output} items and sent {n.Requests} requests");
            }
            return new Row(name, items.ToString(CultureInfo.InvariantCulture), m.Requests.ToString(CultureInfo.InvariantCulture),
                m.TooMany.ToString(CultureInfo.InvariantCulture), F(m.Seconds), floor > 0 ? F(floor) : "-",
                floor > 0 ? (m.Seconds / floor).ToString("F2", CultureInfo.InvariantCulture) + "×" : "-", target,
                baseline.HasValue ? F(baseline.Value) + (sampled ? "*" : "") : "-",
                baseline.HasValue ? (baseline.Value / m.Seconds).ToString("F1", CultureInfo.InvariantCulture) + "×" : "-", notes,
                noop is { } cpu ? cpu.Seconds.ToString("F3", CultureInfo.InvariantCulture) : "-",
                noop is { } floorCpu ? (m.Seconds / (floorCpu.Seconds + floor)).ToString("F2", CultureInfo.InvariantCulture) + "×" : "-");
        }

        // Floors: the earliest the last answer can arrive. The limiter is a 1-s sliding window of `limit` calls, so
        // call j cannot start before call j-limit started plus 1 s, nor before what it needs has arrived (a page
        // cursor, or the listed ids); each call then takes the latency. CPU time is not part of the floor.
        /// <param name="ready">The earliest call j may start, given the starts of the calls before it.</param>
        /// <param name="seconds">The window of the limit: 1 s for most families, 60 s for the history export.</param>
        private static double[] Starts(int requests, Func<int, double[], double> ready, double limit, double seconds = 1)
        {
            var window = (int)limit;
            var starts = new double[requests];
            for (var j = 0; j < requests; j++)
            {
                starts[j] = Math.Max(ready(j, starts), j >= window ? starts[j - window] + seconds : 0);
            }
            return starts;
        }

        /// <summary>Calls that need nothing from each other.</summary>
        private static double Independent(int requests, double limit) => Starts(requests, (_, _) => 0, limit)[^1] + L;

        /// <summary>A cursor chain: each call waits for the previous answer. Returns each call's answer time.</summary>
        private static double[] ChainAnswers(int requests, double limit) =>
            Starts(requests, (j, starts) => j > 0 ? starts[j - 1] + L : 0, limit).Select(start => start + L).ToArray();

        private static double Chain(int requests, double limit) => ChainAnswers(requests, limit)[^1];

        public Row Details(Sizes s)
        {
            Fresh();
            var ids = SeedChatrooms(s.Details);
            const string script = "$n = 0; $ids | Get-EmChatroom | ForEach-Object { $n++ }; $n";
            var (m, noop) = Compare(script, script.Replace("Get-EmChatroom", "Get-NoopChatroom"), ids.ToArray());
            // Fewest calls: ids batched 100 per details call, independent of each other.
            var floor = Independent(Batches(s.Details, 100), ItemPerSecond);
            var sample = Math.Min(s.BaselineSample, ids.Count);
            var baseline = Naive(client => { foreach (var id in ids.Take(sample)) { client.Send(HttpMethod.Get, "chatrooms/" + id); } }) * ids.Count / sample;
            // The same pipeline with no latency and no limits: what is left is CPU (binding, JSON both ways, output).
            Fresh(TimeSpan.Zero, enforceRateLimit: false);
            ids = SeedChatrooms(s.Details);
            var cpu = Measure(script, ids.ToArray());
            if (Convert.ToInt64(cpu.Output, CultureInfo.InvariantCulture) != s.Details)
            {
                throw new InvalidOperationException($"{ScenarioNames[0]}: the CPU-only run returned {cpu.Output} items");
            }
            return Make(ScenarioNames[0], s.Details, m, floor, "≤1.3× (noop + floor); ≥50× baseline", baseline, sample < ids.Count,
                $"baseline: {sample} single GETs; the same pipeline at 0 ms latency, no limits: {F(cpu.Seconds)} s", noop);
        }

        public Row List(Sizes s)
        {
            Fresh();
            SeedChatrooms(s.List);
            var m = Measure("$n = 0; Get-EmChatroom | ForEach-Object { $n++ }; $n");
            var floor = Chain(Batches(s.List, 1000), CollectionPerSecond);
            var baseline = Naive(client => ListAll(client, 100, _ => { }));
            return Make(ScenarioNames[1], s.List, m, floor, "≤1.3× floor", baseline, false, "baseline: cursor pages of 100");
        }

        public Row Detailed(Sizes s)
        {
            Fresh();
            var ids = SeedChatrooms(s.Detailed);
            var m = Measure("$n = 0; Get-EmChatroom -Detailed | ForEach-Object { $n++ }; $n");
            // The list chain (pages of 1000) and the detail calls (100 ids each) overlap, but a page's ids can only
            // be asked for once that page has arrived.
            var pages = ChainAnswers(Batches(s.Detailed, 1000), CollectionPerSecond);
            var details = Starts(Batches(s.Detailed, 100), (batch, _) => pages[batch * 100 / 1000], ItemPerSecond);
            var floor = Math.Max(pages[^1], details[^1] + L);
            var sample = Math.Min(s.BaselineSample, ids.Count);
            var listing = Naive(client => ListAll(client, 100, _ => { }));
            var perItem = Naive(client => { foreach (var id in ids.Take(sample)) { client.Send(HttpMethod.Get, "chatrooms/" + id); } }) / sample;
            return Make(ScenarioNames[2], s.Detailed, m, floor, "≤1.3× floor", listing + perItem * ids.Count, sample < ids.Count,
                $"baseline: pages of 100 + single GET each ({sample} sampled)");
        }

        public Row Remove(Sizes s)
        {
            Fresh();
            var ids = SeedChatrooms(s.Remove);
            var sample = Math.Min(s.BaselineSample, s.Remove);
            var spare = SeedChatrooms(sample);
            var m = Measure("$ids | Remove-EmChatroom -Force; $n = 0; Get-EmChatroom -PageSize 1000 | ForEach-Object { $n++ }; " + s.Remove + " + $n - " + sample,
                ids.ToArray());
            // Each deletion is one call; the trailing listing check is excluded from the floor but tiny.
            var floor = Independent(s.Remove, ItemPerSecond);
            var baseline = Naive(client => { foreach (var id in spare) { client.Send(HttpMethod.Delete, "chatrooms/" + id); } }) * s.Remove / sample;
            return Make(ScenarioNames[3], s.Remove, m, floor, "≤1.15× floor; 0 failed; 429s ≤1%", baseline, sample < s.Remove, $"baseline: {sample} sequential DELETEs; wall includes a 1-page check");
        }

        public Row Members(Sizes s)
        {
            Fresh();
            var users = Enumerable.Range(0, s.MembersPerRoom - 1).Select(i => "m" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            foreach (var user in users)
            {
                Store.AddUser(user);
            }
            var ids = SeedChatrooms(s.MemberRooms, users);
            var items = s.MemberRooms * s.MembersPerRoom;
            var m = Measure("$n = 0; $ids | Get-EmChatroomMember | ForEach-Object { $n++ }; $n", ids.ToArray());
            // Per room one member page and the admin list (the member list names admins as members; Role needs both).
            var floor = Independent(2 * s.MemberRooms, ItemPerSecond);
            // The naive loop takes the API's default page (1000 here) and the admin list, just sequential.
            var baseline = Naive(client => { foreach (var id in ids) { client.Send(HttpMethod.Get, "chatrooms/" + id + "/users"); client.Send(HttpMethod.Get, "chatrooms/" + id + "/admin"); } });
            return Make(ScenarioNames[4], items, m, floor, "≤1.2× floor", baseline, false, $"{s.MemberRooms} rooms × {s.MembersPerRoom} members; a member page and the admin list per room");
        }

        public Row Mutes(Sizes s)
        {
            Fresh();
            for (var i = 0; i < s.Mutes; i++)
            {
                var user = "u" + i.ToString(CultureInfo.InvariantCulture);
                Store.AddUser(user);
                Store.SetGlobalMute(user, 3600, null, null);
            }
            var m = Measure("$n = 0; Get-EmGlobalMute -PageSize 50 | ForEach-Object { $n++ }; $n");
            // Numbered pages need nothing from each other, but the list reports no total: the end shows only as a
            // short page (an extra, empty one when the count divides by 50).
            var floor = Independent(s.Mutes / 50 + 1, MutePerSecond);
            var baseline = Naive(client =>
            {
                for (var page = 1; ; page++)
                {
                    using var doc = client.Send(HttpMethod.Get, $"mutes?pageNum={page}&pageSize=50");
                    if (CountData(doc) < 50)
                    {
                        break;
                    }
                }
            });
            return Make(ScenarioNames[5], s.Mutes, m, floor, "≤1.3× floor", baseline, false, "no total: pages until a short one; the cmdlet reads up to 8 pages ahead");
        }

        public static Row Import(string manifest, Sizes s)
        {
            var times = new List<double>();
            for (var i = 0; i < s.ImportRuns; i++)
            {
                using var rs = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
                rs.Open();
                using var ps = System.Management.Automation.PowerShell.Create();
                ps.Runspace = rs;
                ps.AddScript("Import-Module $args[0] -ErrorAction Stop").AddArgument(manifest);
                var watch = Stopwatch.StartNew();
                ps.Invoke();
                watch.Stop();
                if (ps.HadErrors)
                {
                    throw new InvalidOperationException("Import-Module failed: " + string.Join("\n", ps.Streams.Error));
                }
                times.Add(watch.Elapsed.TotalSeconds);
            }
            times.Sort();
            var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
            return new Row(ScenarioNames[6], s.ImportRuns.ToString(CultureInfo.InvariantCulture) + " runspaces", "0", "0",
                F(median), "-", "-", "median ≤0.15 s", "-", "-",
                $"fresh runspaces in one process; first {times.Max() * 1000:F0} ms max, min {times.Min() * 1000:F0} ms");
        }

        /// <summary>Issue 13: creates whose answers are lost are resolved by a lookup, so none is duplicated or falsely failed.</summary>
        public Row FaultyCreates(Sizes s)
        {
            Fresh(Latency, enforceRateLimit: true, faultRate: 0.15);
            var names = Enumerable.Range(0, s.FaultyCreates).Select(i => "room" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            var m = Measure("$made = @($ids | ForEach-Object { [pscustomobject]@{ Name = $_; Owner = 'owner' } } | New-EmChatroom -ErrorAction SilentlyContinue -ErrorVariable failed); " +
                "$global:benchFailed = @($failed | ForEach-Object { $_.TargetObject }); $made.Count + $failed.Count", names);
            var failed = ((object[])runspace.SessionStateProxy.GetVariable("benchFailed")).Select(o => o.ToString()!).ToList();
            var stored = Store.Chatrooms.Select(c => c.Name).ToList();
            var duplicates = stored.Count - stored.Distinct().Count();
            var falselyFailed = failed.Count(stored.Contains);
            var lost = names.Count(n => !failed.Contains(n) && !stored.Contains(n));
            var resolved = Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/chatrooms", StringComparison.Ordinal)
                && (r.Fault == EmulatorFault.ServerErrorAfterApply || r.Fault == EmulatorFault.DropAfterApply));
            Run("$global:benchFailed = $null");
            var floor = Independent(s.FaultyCreates, CollectionPerSecond);
            return Make(ScenarioNames[12], s.FaultyCreates, m, floor, "0 dup; 0 lost; ≤1% failed, none falsely", null, false,
                $"{failed.Count} failed ({falselyFailed} of them made), {duplicates} duplicates, {lost} lost; {resolved} lost answers resolved by lookup");
        }

        public Row Memory(Sizes s)
        {
            Fresh();
            SeedChatrooms(s.Memory);
            var every = Math.Max(1, s.Memory / 20);
            // Live managed memory (after a full collection) sampled every 1/20th of the stream, against the level before.
            const string streaming = "$every = $args[0]; $before = [GC]::GetTotalMemory($true); $peak = $before; $n = 0; " +
                "Get-EmChatroom | ForEach-Object { $n++; if ($n % $every -eq 0) { $m = [GC]::GetTotalMemory($true); if ($m -gt $peak) { $peak = $m } } }; " +
                "$global:benchGrowth = $peak - $before; $n";
            var m = Measure(streaming, every);
            var growth = Convert.ToDouble(runspace.SessionStateProxy.GetVariable("benchGrowth"), CultureInfo.InvariantCulture);
            // The naive user collects everything first: $all = Get-EmChatroom; $all | ForEach-Object ...
            Measure("$before = [GC]::GetTotalMemory($true); $all = @(Get-EmChatroom); $global:benchCollected = [GC]::GetTotalMemory($true) - $before; $all.Count");
            var collected = Convert.ToDouble(runspace.SessionStateProxy.GetVariable("benchCollected"), CultureInfo.InvariantCulture);
            Run("$global:benchGrowth = $null; $global:benchCollected = $null");
            var floor = Chain(Batches(s.Memory, 1000), CollectionPerSecond);
            var target = s.Memory >= 100000 ? "≤50 MB growth" : "streams (≪ collect-all)";
            return Make(ScenarioNames[7], s.Memory, m, floor, target, null, false,
                $"peak live growth {growth / 1048576:F1} MB (collect-all: {collected / 1048576:F1} MB); wall includes sampling GCs");
        }

        private List<string> SeedUsers(int count)
        {
            var users = Enumerable.Range(0, count).Select(i => "m" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            users.ForEach(user => Store.AddUser(user));
            return users;
        }

        public Row AddMembers(Sizes s)
        {
            Fresh();
            var users = SeedUsers(s.AddPerRoom);
            var ids = SeedChatrooms(s.AddRooms);
            var items = s.AddRooms * s.AddPerRoom;
            // CSV-like rows, room by room, built before the clock starts.
            Run("$global:rows = foreach ($id in $args[0]) { foreach ($user in $args[1]) { [pscustomobject]@{ ChatroomId = $id; Username = $user } } }", ids.ToArray(), users.ToArray());
            // Repeated runs find the members there already: the same requests, each a success.
            var (m, noop) = Compare("$n = 0; $rows | Add-EmChatroomMember -PassThru | ForEach-Object { $n++ }; $n",
                "$n = 0; $rows | Add-NoopChatroomUser -PassThru | ForEach-Object { $n++ }; $n", null);
            var floor = Independent(s.AddRooms * Batches(s.AddPerRoom, EmApiLimits.MaxUsersPerChatroomBatch), ItemPerSecond);
            // The naive loop: one POST chatrooms/{id}/users/{user} per row (rooms emptied first).
            Fresh();
            SeedUsers(s.AddPerRoom);
            ids = SeedChatrooms(s.AddRooms);
            var sample = Math.Min(s.BaselineSample, items);
            var rows = ids.SelectMany(id => users.Select(user => (id, user))).Take(sample).ToList();
            var baseline = Naive(client => { foreach (var (id, user) in rows) { client.Send(HttpMethod.Post, "chatrooms/" + id + "/users/" + user); } }) * items / sample;
            return Make(ScenarioNames[9], items, m, floor, "≤1.3× (noop + floor); ≥30× baseline", baseline, sample < items, $"{s.AddRooms} rooms × {s.AddPerRoom} rows; baseline: one POST per row", noop);
        }

        public Row SyncMembers(Sizes s)
        {
            Fresh();
            var users = SeedUsers(s.SyncMembers + s.SyncChange);
            var room = Store.AddChatroom("big", "owner", "bench room", 10000, users.Take(s.SyncMembers));
            Run("$global:room = $args[0]", room);
            // Keep all but the first SyncChange members and add SyncChange new users.
            var wanted = users.Skip(s.SyncChange).ToArray();
            var m = Measure("Sync-EmChatroomMember -Id $room -Username $ids -Confirm:$false | ForEach-Object { $_.Added.Count + $_.Removed.Count }", wanted);
            var pages = Batches(s.SyncMembers + 1, 1000);
            var batches = 2 * Batches(s.SyncChange, EmApiLimits.MaxUsersPerChatroomBatch);
            // Member pages one after another (the admin list alongside the first), then every batch at once.
            var floor = Starts(pages + batches, (j, starts) => j == 0 ? 0 : j < pages ? starts[j - 1] + L : starts[pages - 1] + L, ItemPerSecond)[^1] + L;
            return Make(ScenarioNames[10], 2 * s.SyncChange, m, floor, "≤1.3× floor", null, false,
                $"{s.SyncMembers} members, {s.SyncChange} to add and {s.SyncChange} to remove: {pages} pages + admin list, {batches} batches");
        }

        /// <summary><paramref name="count"/> groups owned by "owner" with these members, room enough for the adds.</summary>
        private List<string> SeedGroups(int count, IReadOnlyList<string>? members = null) =>
            Enumerable.Range(0, count).Select(i => Store.Groups.Add("group" + i.ToString(CultureInfo.InvariantCulture), "owner", members, maxUsers: 3000)).ToList();

        public Row GroupMembers(Sizes s)
        {
            Fresh();
            var ids = SeedGroups(s.MemberGroups, SeedUsers(s.MembersPerGroup - 1));
            var items = s.MemberGroups * s.MembersPerGroup;
            var m = Measure("$n = 0; $ids | Get-EmGroupMember | ForEach-Object { $n++ }; $n", ids.ToArray());
            // Per group its first (and only, under 1,000) numbered member page and the admin list, as for chatrooms.
            var floor = Independent(2 * s.MemberGroups, GroupItemPerSecond);
            return Make(ScenarioNames[22], items, m, floor, "≤1.2× floor", null, false,
                $"{s.MemberGroups} groups × {s.MembersPerGroup} members (owner included); member page 1 and the admin list per group; {LastTimeline}");
        }

        public Row AddGroupMembers(Sizes s)
        {
            var items = s.AddGroups * s.AddPerGroup;
            // New groups before each run: a group answers an add of members it has already with 403, and the cmdlet
            // then tries each user alone (measured: 595 such singles for 5 groups), which is another job.
            // The CSV-like rows, group by group, are built before the clock starts.
            var (m, noop) = Compare("$n = 0; $rows | Add-EmGroupMember -PassThru | ForEach-Object { $n++ }; $n",
                "$n = 0; $rows | Add-NoopGroupUser -PassThru | ForEach-Object { $n++ }; $n", null,
                _ =>
                {
                    Fresh();
                    var users = SeedUsers(s.AddPerGroup);
                    Run("$global:rows = foreach ($id in $args[0]) { foreach ($user in $args[1]) { [pscustomobject]@{ GroupId = $id; Username = $user } } }",
                        SeedGroups(s.AddGroups).ToArray(), users.ToArray());
                });
            Run("$global:rows = $null");
            var floor = Independent(s.AddGroups * Batches(s.AddPerGroup, EmApiLimits.MaxUsersPerChatroomBatch), GroupItemPerSecond);
            return Make(ScenarioNames[23], items, m, floor, "100 requests; ≤1.3× (noop + floor)", null, false,
                $"{s.AddGroups} groups × {s.AddPerGroup} rows; batches of 60; new groups per run; {LastTimeline}", noop);
        }

        public Row SyncGroupMembers(Sizes s)
        {
            Fresh();
            var change = s.SyncGroupMembers / 10;
            var users = SeedUsers(s.SyncGroupMembers + change);
            var ids = SeedGroups(s.SyncGroups, users.Take(s.SyncGroupMembers).ToList());
            // Each group wants all but its first 10% and as many new users: one row per group, built before the clock starts.
            Run("$global:rows = foreach ($id in $args[0]) { [pscustomobject]@{ GroupId = $id; Username = $args[1] } }", ids.ToArray(), users.Skip(change).ToArray());
            var m = Measure("$n = 0; $rows | Sync-EmGroupMember -ThrottleLimit 16 -Confirm:$false | ForEach-Object { $n += $_.Added.Count + $_.Removed.Count }; $n");
            Run("$global:rows = $null");
            // Per group: the admin list and the numbered member pages one after another, then its add and removal
            // batches once its last page has arrived; at most 16 requests in flight, 100 a second.
            var pages = Batches(s.SyncGroupMembers + 1, EmApiLimits.MaxGroupPageSize);
            var writes = 2 * Batches(change, EmApiLimits.MaxUsersPerChatroomBatch);
            var needs = new List<int>();
            var lastPage = new int[s.SyncGroups];
            for (var g = 0; g < s.SyncGroups; g++)
            {
                needs.Add(-1);
                for (var p = 0; p < pages; p++)
                {
                    needs.Add(p == 0 ? -1 : needs.Count - 1);
                }
                lastPage[g] = needs.Count - 1;
            }
            needs.AddRange(lastPage.SelectMany(page => Enumerable.Repeat(page, writes)));
            const int throttle = 16;
            var starts = Starts(needs.Count, (j, st) => Math.Max(needs[j] < 0 ? 0 : st[needs[j]] + L, j >= throttle ? st[j - throttle] + L : 0), GroupItemPerSecond);
            var floor = starts.Max() + L;
            return Make(ScenarioNames[24], 2 * change * s.SyncGroups, m, floor, "≤1.3× floor", null, false,
                $"{s.SyncGroups} groups of {s.SyncGroupMembers}, {change} in and {change} out each: admin list + {pages} page(s) + {writes} batches per group; {LastTimeline}");
        }

        public Row RoomMutes(Sizes s)
        {
            Fresh();
            var users = SeedUsers(s.RoomMutes);
            var room = Store.AddChatroom("loud", "owner", "bench room", 10000, users);
            Run("$global:room = $args[0]", room);
            var (m, noop) = Compare("$n = 0; Add-EmChatroomMute -Id $room -Username $ids -Permanent -PassThru | ForEach-Object { $n++ }; $n",
                "$n = 0; Add-NoopChatroomUser -Id $room -Username $ids -Permanent -PassThru | ForEach-Object { $n++ }; $n", users.ToArray());
            var floor = Independent(Batches(s.RoomMutes, EmApiLimits.MaxUsersPerChatroomBatch), ItemPerSecond);
            return Make(ScenarioNames[11], s.RoomMutes, m, floor, "≤1.3× (noop + floor)", null, false, "batches of 60", noop);
        }

        public Row UserStatus(Sizes s)
        {
            Fresh();
            var names = Enumerable.Range(0, s.Statuses).Select(i => "s" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            names.ForEach(name => Store.AddUser(name));
            var (m, noop) = Compare("$n = 0; $ids | Get-EmUserStatus | ForEach-Object { $n++ }; $n", "$n = 0; $ids | Get-NoopUserStatus | ForEach-Object { $n++ }; $n", names.ToArray());
            // Fewest calls: names batched 100 per batch status call, independent of each other.
            var floor = Independent(Batches(s.Statuses, EmApiLimits.MaxUsersPerStatusCall), UserPerSecond);
            var sample = Math.Min(s.BaselineSample, names.Count);
            var baseline = Naive(client => { foreach (var name in names.Take(sample)) { client.Send(HttpMethod.Get, "users/" + name + "/status"); } }) * names.Count / sample;
            return Make(ScenarioNames[13], s.Statuses, m, floor, "≤1.3× (noop + floor)", baseline, sample < names.Count, $"baseline: {sample} single status GETs", noop);
        }

        public Row NewUsers(Sizes s)
        {
            Fresh();
            // The rows exist before the clock starts, as an Import-Csv would have them; new names for each run.
            var (m, noop) = Compare("$n = 0; $global:benchRows | New-EmUser | ForEach-Object { $n++ }; $n", "$n = 0; $global:benchRows | New-NoopUser | ForEach-Object { $n++ }; $n", null,
                run => Run("$global:benchRows = foreach ($i in 1..$args[0]) { [pscustomobject]@{ Username = \"new$($args[1])x$i\"; Password = \"pw-$i\" } }", s.NewUsers, run));
            Run("$global:benchRows = $null");
            // Fewest calls: 60 users per batch register call, independent of each other.
            var floor = Independent(Batches(s.NewUsers, EmApiLimits.MaxUsersPerRegisterCall), UserPerSecond);
            return Make(ScenarioNames[14], s.NewUsers, m, floor, "≤1.3× (noop + floor)", null, false, "passwords from plain-text columns, kept as SecureStrings", noop);
        }

        public Row UserAttributes(Sizes s)
        {
            Fresh();
            var names = Enumerable.Range(0, s.Attributes).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            names.ForEach(name => Store.SetUserAttributes(name, new[] { new KeyValuePair<string, string>("nickname", "Nick " + name) }));
            // Get-NoopUserStatus binds -Username from the pipeline as Get-EmUserAttribute does, one object per name.
            var (m, noop) = Compare("$n = 0; $ids | Get-EmUserAttribute | ForEach-Object { $n++ }; $n", "$n = 0; $ids | Get-NoopUserStatus | ForEach-Object { $n++ }; $n", names.ToArray());
            // Fewest calls: 100 users per batch get, independent of each other.
            var floor = Independent(Batches(s.Attributes, EmApiLimits.MaxUsersPerAttributeBatch), AttributeReadPerSecond);
            return Make(ScenarioNames[16], s.Attributes, m, floor, "≤1.3× (noop + floor)", null, false, "100 users per batch get", noop);
        }

        public Row SetProfiles(Sizes s)
        {
            Fresh();
            // The rows exist before the clock starts, as an Import-Csv would have them.
            Run("$global:benchRows = foreach ($i in 1..$args[0]) { [pscustomobject]@{ Username = \"p$i\"; Nickname = \"Nick $i\"; AvatarUrl = \"https://cdn.example.com/$i.png\" } }", s.Profiles);
            var m = Measure("$n = 0; $global:benchRows | Set-EmUserAttribute -PassThru | ForEach-Object { $n++ }; $n");
            Run("$global:benchRows = $null");
            // Fewest calls: a read and a write per user (read, merge, write); reads and writes are separate 100/s
            // families, both counted: write j starts no earlier than the answer of read j, and 100 a second.
            var reads = Starts(s.Profiles, (_, _) => 0, AttributeReadPerSecond);
            var floor = Starts(s.Profiles, (j, _) => reads[j] + L, AttributeWritePerSecond)[^1] + L;
            return Make(ScenarioNames[17], s.Profiles, m, floor, "≤1.15× floor", null, false, "one user per call: a GET and a PUT each");
        }

        public Row RoomSends(Sizes s)
        {
            Fresh();
            SeedChatrooms(s.RoomSends);
            var m = Measure("$n = 0; Get-EmChatroom | Send-EmChatroomMessage -Text 'maintenance at 02:00 UTC' -Confirm:$false | ForEach-Object { $n++ }; $n");
            var forbidden = Requests.Count(r => r.Status == 403);
            // The listing (pages of 1000), then sends of 10 rooms, each after the page that listed its rooms, paced by 100 messages/s.
            var pages = ChainAnswers(Batches(s.RoomSends, 1000), CollectionPerSecond);
            var perSend = EmApiLimits.MaxChatroomsPerMessage;
            var sends = Starts(Batches(s.RoomSends, perSend), (j, _) => pages[j * perSend / 1000], RoomMessagesPerSecond / perSend);
            var floor = sends[^1] + L;
            return Make(ScenarioNames[18], s.RoomSends, m, floor, "≤1.15× floor; 0 429; 0 403", null, false,
                $"{Batches(s.RoomSends, 1000)} list page(s) + {sends.Length} sends of {perSend} rooms; {forbidden} 403s");
        }

        public Row UserSends(Sizes s)
        {
            var names = Enumerable.Range(0, s.UserSends).Select(i => "r" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            // A new emulator and session before each run: the 6,000 messages a minute of one run would hold up the next.
            var (m, noop) = Compare("$n = 0; $ids | Send-EmUserMessage -Text 'hello' -Confirm:$false | ForEach-Object { $n++ }; $n",
                "$n = 0; $ids | Send-NoopUserMessage -Text 'hello' | ForEach-Object { $n++ }; $n", names,
                _ => { Fresh(); foreach (var name in names) { Store.AddUser(name); } });
            // Fewest calls: 600 users per send, independent of each other (100 calls/s; 6,000 messages a minute).
            var floor = Independent(Batches(s.UserSends, EmApiLimits.MaxUsersPerMessage), UserMessageCallsPerSecond);
            return Make(ScenarioNames[19], s.UserSends, m, floor, "≤1.3× (noop + floor)", null, false, "600 users per send; fresh emulator per run", noop);
        }

        public Row ExportHistory(Sizes s)
        {
            // The per-minute limit scaled on both sides: 10 × scale a minute, so the row takes seconds, not 7 minutes.
            Fresh(Latency, enforceRateLimit: true, rateLimitScale: s.ExportScale);
            var thisHour = DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour);
            var first = thisHour.AddHours(1 - s.ExportHours);
            for (var h = 0; h < s.ExportHours; h++)
            {
                Store.Messages.Import("chat", "owner", "u1", "txt", "{\"msg\":\"hour " + h.ToString(CultureInfo.InvariantCulture) + "\"}", null,
                    new DateTimeOffset(first.AddHours(h).AddMinutes(10), TimeSpan.Zero));
            }
            var folder = Path.Combine(Path.GetTempPath(), "em-bench-export-" + Guid.NewGuid().ToString("N"));
            try
            {
                var m = Measure("$n = 0; Export-EmMessageHistory -Start $args[0] -End $args[1] -Path $args[2] | ForEach-Object { $n++ }; $n",
                    first, thisHour.AddMinutes(1), folder);
                // One hour after the other: its URL call, then the download (not limited); the URL calls at 10 × scale a minute.
                var limit = Math.Max(1, Math.Floor(ExportLimit.Count * s.ExportScale));
                var calls = Starts(s.ExportHours, (j, starts) => j > 0 ? starts[j - 1] + 2 * L : 0, limit, ExportLimit.Window.TotalSeconds);
                var floor = calls[^1] + 2 * L;
                return Make(ScenarioNames[20], s.ExportHours, m, floor, "≤1.1× floor; 0 429", null, false,
                    $"limit ×{s.ExportScale.ToString(CultureInfo.InvariantCulture)} on both sides ({limit.ToString(CultureInfo.InvariantCulture)} a minute); a URL call and a download per hour");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        public Row ReadHistory(Sizes s)
        {
            // An exported file as the store serves it: gzip JSON lines in the vendor's record shape, written before the clock starts.
            var folder = Path.Combine(Path.GetTempPath(), "em-bench-history-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                using (var file = File.Create(Path.Combine(folder, "2026120100.gz")))
                using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
                using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
                {
                    var start = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
                    for (var i = 0; i < s.HistoryMessages; i++)
                    {
                        var from = "u" + (i % 997).ToString(CultureInfo.InvariantCulture);
                        var to = "u" + (i % 991).ToString(CultureInfo.InvariantCulture);
                        writer.Write("{\"msg_id\":\"" + (1000000000000L + i).ToString(CultureInfo.InvariantCulture) + "\",\"timestamp\":" + (start + i).ToString(CultureInfo.InvariantCulture) +
                            ",\"direction\":\"outgoing\",\"to\":\"" + to + "\",\"from\":\"" + from + "\",\"chat_type\":\"chat\",\"payload\":{\"bodies\":[{\"msg\":\"message " +
                            i.ToString(CultureInfo.InvariantCulture) + "\",\"type\":\"txt\"}],\"ext\":{},\"from\":\"" + from + "\",\"to\":\"" + to + "\"}}\n");
                    }
                }
                var every = Math.Max(1, s.HistoryMessages / 20);
                const string streaming = "$every = $args[0]; $before = [GC]::GetTotalMemory($true); $peak = $before; $n = 0; " +
                    "Get-EmMessageHistory $args[1] | ForEach-Object { $n++; if ($n % $every -eq 0) { $m = [GC]::GetTotalMemory($true); if ($m -gt $peak) { $peak = $m } } }; " +
                    "$global:benchGrowth = $peak - $before; $n";
                var m = Measure(streaming, every, folder);
                var growth = Convert.ToDouble(runspace.SessionStateProxy.GetVariable("benchGrowth"), CultureInfo.InvariantCulture);
                Run("$global:benchGrowth = $null");
                var target = s.HistoryMessages >= 1000000 ? "streams; ≤50 MB growth" : "streams";
                return Make(ScenarioNames[21], s.HistoryMessages, m, 0, target, null, false,
                    $"one gzip file; no network; peak live growth {growth / 1048576:F1} MB; wall includes sampling GCs");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        public Row UserList(Sizes s)
        {
            Fresh();
            for (var i = 0; i < s.UserList; i++)
            {
                Store.AddUser("l" + i.ToString(CultureInfo.InvariantCulture));
            }
            var items = s.UserList + 1; // and the emulator's own "owner"
            var every = Math.Max(1, items / 20);
            const string streaming = "$every = $args[0]; $before = [GC]::GetTotalMemory($true); $peak = $before; $n = 0; " +
                "Get-EmUser | ForEach-Object { $n++; if ($n % $every -eq 0) { $m = [GC]::GetTotalMemory($true); if ($m -gt $peak) { $peak = $m } } }; " +
                "$global:benchGrowth = $peak - $before; $n";
            var m = Measure(streaming, every);
            var growth = Convert.ToDouble(runspace.SessionStateProxy.GetVariable("benchGrowth"), CultureInfo.InvariantCulture);
            Run("$global:benchGrowth = $null");
            // A cursor chain of pages of 100.
            var floor = Chain(Batches(items, EmApiLimits.MaxUsersPerListPage), UserPerSecond);
            var target = s.UserList >= 100000 ? "≤1.3× floor; ≤50 MB growth" : "≤1.3× floor; streams";
            return Make(ScenarioNames[15], items, m, floor, target, null, false,
                $"peak live growth {growth / 1048576:F1} MB; wall includes sampling GCs");
        }

        private void ListAll(NaiveClient client, int limit, Action<JsonDocument> page)
        {
            string? cursor = null;
            do
            {
                using var doc = client.Send(HttpMethod.Get, $"chatrooms?limit={limit}" + (cursor == null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
                page(doc);
                cursor = doc.RootElement.TryGetProperty("cursor", out var c) && c.ValueKind == JsonValueKind.String && c.GetString()!.Length > 0 ? c.GetString() : null;
            } while (cursor != null);
        }

        private static int CountData(JsonDocument doc)
        {
            if (!doc.RootElement.TryGetProperty("data", out var data))
            {
                return 0;
            }
            // The mute list nests its rows: {"data": {"data": [...], "unixtime": ...}}.
            if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("data", out var inner) && inner.ValueKind == JsonValueKind.Array)
            {
                return inner.GetArrayLength();
            }
            return data.ValueKind == JsonValueKind.Array ? data.GetArrayLength() : 1;
        }

        /// <summary>Runs a naive client against the current emulator after the rate window empties; returns seconds (token fetch included).</summary>
        private double Naive(Action<NaiveClient> work)
        {
            Thread.Sleep(Pause);
            var credential = (PSCredential)emulator!.Properties["Credential"].Value;
            var baseUri = emulator.Properties["BaseUri"].Value.ToString()!;
            var org = (string)emulator.Properties["OrgName"].Value;
            var app = (string)emulator.Properties["AppName"].Value;
            var watch = Stopwatch.StartNew();
            using var client = new NaiveClient(new Uri(new Uri(baseUri), org + "/" + app + "/"), credential);
            work(client);
            watch.Stop();
            return watch.Elapsed.TotalSeconds;
        }

        public void Dispose()
        {
            try
            {
                Run("if ($global:emu) { $global:emu.Dispose() }");
            }
            finally
            {
                runspace.Dispose();
            }
        }
    }

    /// <summary>What a user would write: one HttpClient, a token, then one blocking request at a time.</summary>
    private sealed class NaiveClient : IDisposable
    {
        private readonly HttpClient http;

        public NaiveClient(Uri appBase, PSCredential credential)
        {
            http = new HttpClient { BaseAddress = appBase };
            var body = JsonSerializer.Serialize(new { grant_type = "client_credentials", client_id = credential.UserName, client_secret = credential.GetNetworkCredential().Password });
            using var response = http.PostAsync("token", new StringContent(body, Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
            response.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", doc.RootElement.GetProperty("access_token").GetString());
        }

        public JsonDocument Send(HttpMethod method, string relative)
        {
            while (true)
            {
                using var response = http.Send(new HttpRequestMessage(method, relative));
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Thread.Sleep(1000); // the naive retry
                    continue;
                }
                response.EnsureSuccessStatusCode();
                using var stream = response.Content.ReadAsStream();
                return JsonDocument.Parse(stream);
            }
        }

        public void Dispose() => http.Dispose();
    }
}
