using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Watcher.Benchmarks;

// Usage (from tests/Watcher.Benchmarks, where BenchmarkDotNet finds the project): dotnet run -c Release [-- --quick | --probe]
// Prints BenchmarkDotNet's table, then the "Ingestion: parsing" rows for docs/benchmarks.md (MB/s, items/s, bytes allocated per MB).
if (args.Length >= 1 && args[0] == "--story-lookup")
{
    await StoryLookupProbe.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Length > 2 && args[2] == "decimal");
    return;
}
if (args.Length == 2 && args[0] == "--warmup")
{
    await WarmupProbe.RunAsync(args[1]);
    return;
}
if (args.Length >= 5 && args[0] == "--starved")
{
    StarvationProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args[4..]);
    return;
}
if (args.Length >= 2 && args[0] == "--allocations")
{
    await AllocationProbe.RunAsync(args[1], args.Length > 2 ? args[2] : "fingerprint");
    return;
}
if (args.Length >= 3 && args[0] == "--baseline-step")
{
    BaselineProbe.Step(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3);
    return;
}
if (args.Length >= 3 && args[0] == "--signal-stages")
{
    await SignalStagesProbe.RunAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5, args.Length > 4 && args[4] == "nocountry");
    return;
}
if (args.Length == 2 && args[0] == "--baseline-parts")
{
    await BaselineProbe.PartsAsync(args[1]);
    return;
}
if (args.Length >= 2 && args[0] == "--baseline")
{
    await BaselineProbe.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
    return;
}
if (args.Length == 2 && args[0] == "--snapshot")
{
    // Every corpus file's parse (the `watcher parse --json` document plus each item's plain text), one line per file,
    // to diff before and after an optimisation: the output must not change.
    using var outFile = new StreamWriter(args[1]);
    var all = Directory.EnumerateFiles(Workloads.Corpora, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetExtension(f) is ".xml" or ".json" or ".rss" or ".atom" or ".rdf" or "").Order(StringComparer.Ordinal);
    foreach (var file in all)
    {
        string line;
        try
        {
            var feed = Watcher.Core.Feeds.FeedParser.Parse(File.ReadAllBytes(file), new Uri("http://127.0.0.1/feed"));
            line = Watcher.Core.Feeds.FeedJson.Serialize(feed) + " " + System.Text.Json.JsonSerializer.Serialize(feed.Items.Select(i => i.PlainText))
                + $" {feed.Bozo} {feed.BozoReason} {feed.Encoding}";
        }
        catch (Exception ex) { line = ex.GetType().Name + ": " + ex.Message; }
        outFile.WriteLine(Path.GetRelativePath(Workloads.Corpora, file) + "\t" + line);
    }
    return;
}
if (args.Length == 1 && args[0] == "--fastpath")
{
    // How many documents the span tokenizer reads itself, and why it hands the others to XmlReader.
    foreach (var w in new[] { Workloads.Corpus(), Workloads.Realistic() })
    {
        Console.WriteLine($"{w.Name}: {w.Documents.Count(d => Watcher.Core.Feeds.XmlFeedReader.ReadFast(d, 0, null, TimeSpan.FromSeconds(10)) is not null)} of {w.Documents.Count} read by the fast path");
        foreach (var g in w.Documents.Where(d => Watcher.Core.Feeds.XmlFeedReader.ReadFast(d, 0, null, TimeSpan.FromSeconds(10)) is null).GroupBy(_ => Watcher.Core.Feeds.XmlFeedReader.LastDoubt))
            Console.WriteLine($"  {g.Count(),5} {g.Key}");
    }
    var reasons = Directory.EnumerateFiles(Workloads.Corpora, "*.xml", SearchOption.AllDirectories)
        .Select(f => Watcher.Core.Feeds.XmlFeedReader.ReadFast(File.ReadAllBytes(f), 0, null, TimeSpan.FromSeconds(10)) is null ? Watcher.Core.Feeds.XmlFeedReader.LastDoubt ?? "?" : "fast")
        .GroupBy(r => r).OrderByDescending(g => g.Count());
    foreach (var g in reasons) Console.WriteLine($"{g.Count(),6} {g.Key}");
    return;
}
if (args.Length == 1 && args[0] == "--allocsplit")
{
    var docs = Workloads.Corpus().Documents;
    foreach (var (name, f) in new (string, Func<byte[], int>)[] {
        ("create", d => { var x = Watcher.Core.Feeds.Xml.Utf8XmlReader.Create(d, 0)!; x.Recycle(); return 0; }),
        ("nodes", d => { var x = Watcher.Core.Feeds.Xml.Utf8XmlReader.Create(d, 0)!; var n = 0; try { while (x.Read()) n++; } catch (Exception) { } x.Recycle(); return n; }),
        ("fast", d => Watcher.Core.Feeds.XmlFeedReader.ReadFast(d, 0, null, TimeSpan.FromSeconds(10))?.Entries.Count ?? 0),
        ("parse", d => Watcher.Core.Feeds.FeedParser.Parse(d).Items.Count) })
    {
        foreach (var d in docs) f(d);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var d in docs) f(d);
        Console.WriteLine($"{name,-8} {(GC.GetAllocatedBytesForCurrentThread() - before) / docs.Count,8} bytes per document");
    }
    return;
}
if (args.Length == 4 && args[0] == "--loop")
{
    // For a profiler: one parser over one workload, again and again for the given seconds.
    var parse = args[1] switch { "watcher" => Parsers.Watcher, "text" => Parsers.WatcherPlainText, "html" => Parsers.WatcherSanitised, "xmlreader" => (Func<byte[], int>)Parsers.XmlReaderToEnd, "read" => d => Watcher.Core.Feeds.XmlFeedReader.ReadUtf8(d, 0, null, TimeSpan.FromSeconds(10)).Entries.Count, "fast" => d => Watcher.Core.Feeds.XmlFeedReader.ReadFast(d, 0, null, TimeSpan.FromSeconds(10))?.Entries.Count ?? 0, "nodes" => d => { var x = Watcher.Core.Feeds.Xml.Utf8XmlReader.Create(d, 0)!; var n = 0; while (x.Read()) n++; x.Recycle(); return n; }, _ => Parsers.SyndicationFeedLoad };
    var docs = (args[2] == "corpus" ? Workloads.Corpus() : Workloads.Realistic()).Documents;
    if (args[1] == "slowest")
    {
        // Which documents cost the most per byte, Watcher against SyndicationFeed.
        var rows = new List<(double Watcher, double Syndication, int Index, string Head)>();
        for (var i = 0; i < docs.Count; i++)
        {
            double Time(Func<byte[], int> f) { f(docs[i]); var t = System.Diagnostics.Stopwatch.GetTimestamp(); for (var k = 0; k < 20; k++) f(docs[i]); return System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMicroseconds / 20; }
            rows.Add((Time(Parsers.Watcher), Time(Parsers.SyndicationFeedLoad), i, System.Text.Encoding.UTF8.GetString(docs[i].AsSpan(0, Math.Min(90, docs[i].Length))).ReplaceLineEndings(" ")));
        }
        Console.WriteLine($"total watcher {rows.Sum(r => r.Watcher) / 1000:0.00} ms, syndication {rows.Sum(r => r.Syndication) / 1000:0.00} ms");
        var thrown = new List<string>();
        AppDomain.CurrentDomain.FirstChanceException += (_, e) => thrown.Add(e.Exception.GetType().Name + ": " + e.Exception.Message);
        foreach (var r in rows.OrderByDescending(r => r.Watcher).Take(5)) Parsers.Watcher(docs[r.Index]);
        foreach (var t in thrown.Distinct().Take(10)) Console.WriteLine("thrown: " + t);
        foreach (var r in rows.OrderByDescending(r => r.Watcher).Take(15)) Console.WriteLine($"{r.Watcher,8:0.0} µs {r.Syndication,8:0.0} µs  #{r.Index} {r.Head}");
        return;
    }
    if (args[1] == "assemble")
    {
        var reads = docs.Select(d => Watcher.Core.Feeds.XmlFeedReader.ReadUtf8(d, 0, null, TimeSpan.FromSeconds(10))).ToList();
        var exceptions = 0;
        AppDomain.CurrentDomain.FirstChanceException += (_, _) => exceptions++;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed.TotalSeconds < double.Parse(args[3], CultureInfo.InvariantCulture))
        {
            foreach (var r in reads) Watcher.Core.Feeds.FeedAssembler.Build(r, null, "utf-8");
            rounds++;
        }
        Console.WriteLine($"{clock.Elapsed.TotalMilliseconds / rounds:0.000} ms per round, {exceptions / (double)rounds:0.0} first-chance exceptions per round");
        return;
    }
    var until = System.Diagnostics.Stopwatch.StartNew();
    var cpu0 = CpuClock.ProcessNanoseconds();
    var loops = 0;
    while (until.Elapsed.TotalSeconds < double.Parse(args[3], CultureInfo.InvariantCulture))
    {
        foreach (var d in docs) parse(d);
        loops++;
    }
    Console.WriteLine($"{(CpuClock.ProcessNanoseconds() - cpu0) / 1e6 / loops:0.000} ms CPU per round ({loops} rounds)");
    return;
}
if (args.Contains("--sanitize"))
{
    var doc = Workloads.Realistic().Documents[0];
    var html = Watcher.Core.Feeds.XmlFeedReader.ReadUtf8(doc, 0, null, TimeSpan.FromSeconds(10)).Entries[0].Content!.Value.Value;
    Console.WriteLine($"{html.Length} chars: {html[..300]}");
    var baseUri = new Uri("https://wire.example/");
    foreach (var (name, f) in new (string, Func<string, int>)[] {
        ("copy", h => new System.Text.StringBuilder(h.Length).Append(h).ToString().Length),
        ("timestamp", h => (int)System.Diagnostics.Stopwatch.GetTimestamp()),
        ("tickcount", h => (int)Environment.TickCount64),
        ("sanitize", h => Watcher.Core.Feeds.FeedHtml.Sanitize(h, baseUri)!.Length),
        ("sanitize-nobase", h => Watcher.Core.Feeds.FeedHtml.Sanitize(h, null)!.Length),
        ("safeurl", h => Watcher.Core.Feeds.FeedHtml.SafeUrl("/news/1/2", baseUri)!.Length),
        ("plaintext", h => Watcher.Core.Feeds.HtmlText.ToPlainText(h).Length),
        ("html-text", h => Watcher.Core.Feeds.FeedHtml.ToPlainText(h).Length),
        ("strip-only", h => Watcher.Core.Feeds.HtmlText.FromStripped(h).Length),
        ("decoded-collapse", h => Watcher.Core.Feeds.HtmlText.FromStripped(System.Net.WebUtility.HtmlDecode(h)).Length),
        ("htmldecode", h => System.Net.WebUtility.HtmlDecode(h).Length),
        ("sanitize-again", h => Watcher.Core.Feeds.FeedHtml.Sanitize(h, baseUri)!.Length),
        ("nobase-again", h => Watcher.Core.Feeds.FeedHtml.Sanitize(h, null)!.Length),
    })
    {
        for (var i = 0; i < 200; i++) f(html);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var c0 = CpuClock.ProcessNanoseconds();
        var n = 0;
        while (sw.ElapsedMilliseconds < 1000) { f(html); n++; }
        Console.WriteLine($"{name,-16} {sw.Elapsed.TotalMicroseconds / n,8:0.0} µs  cpu {(CpuClock.ProcessNanoseconds() - c0) / 1000.0 / n,8:0.0} µs");
    }
    return;
}
if (args.Contains("--probe"))
{
    // Interleaved stopwatch rounds (not BenchmarkDotNet): every stage runs once per round, so load on a shared
    // machine hits them all alike and the ratios hold even when the absolute numbers wander.
    var htmlCache = new System.Runtime.CompilerServices.ConditionalWeakTable<byte[], List<string>>();
    List<string> Html(byte[] d) => htmlCache.GetValue(d, doc => Watcher.Core.Feeds.XmlFeedReader.ReadUtf8(doc, 0, null, TimeSpan.FromSeconds(10)).Entries
        .SelectMany(e => new[] { e.Summary?.Value, e.Content?.Value }).OfType<string>().ToList());
    var stages = new (string, Func<byte[], int>)[]
    {
        ("xmlreader", Parsers.XmlReaderToEnd),
        ("xmlreader-nt", d => { using var x = System.Xml.XmlReader.Create(new MemoryStream(d), CpuClock.SharedNtSettings); var n = 0; while (x.Read()) n++; return n; }),
        ("xmlvalues", d => { using var x = System.Xml.XmlReader.Create(new MemoryStream(d), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore }); var n = 0; while (x.Read()) if (x.NodeType is System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.CDATA) n += x.Value.Length; return n; }),
        ("watcher-read", d => Watcher.Core.Feeds.XmlFeedReader.ReadUtf8(d, 0, null, TimeSpan.FromSeconds(10)).Entries.Count),
        ("fast-create", d => { var x = Watcher.Core.Feeds.Xml.Utf8XmlReader.Create(d, 0); x?.Recycle(); return 0; }),
        ("plain-utf8", d => Watcher.Core.Feeds.FeedDecoder.IsPlainUtf8(d, null, out var o) ? o : -1),
        ("fast-nodes", d => { var x = Watcher.Core.Feeds.Xml.Utf8XmlReader.Create(d, 0); var n = 0; try { while (x!.Read()) n++; } catch (Exception) { } x?.Recycle(); return n; }),
        ("fast-values", d => { var x = Watcher.Core.Feeds.Xml.Utf8XmlReader.Create(d, 0); var n = 0; try { while (x!.Read()) if (x.NodeType is System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.CDATA) n += x.Value.Length; } catch (Exception) { } x?.Recycle(); return n; }),
        ("fast-read", d => Watcher.Core.Feeds.XmlFeedReader.ReadFast(d, 0, null, TimeSpan.FromSeconds(10))?.Entries.Count ?? 0),
        ("sanitize-only", d => { var n = 0; foreach (var h in Html(d)) n += Watcher.Core.Feeds.FeedHtml.Sanitize(h, new Uri("https://wire.example/"))!.Length; return n; }),
        ("html-text-only", d => { var n = 0; foreach (var h in Html(d)) n += Watcher.Core.Feeds.FeedHtml.ToPlainText(h).Length; return n; }),
        ("plaintext-only", d => { var n = 0; foreach (var h in Html(d)) n += Watcher.Core.Feeds.HtmlText.ToPlainText(h).Length; return n; }),
        ("watcher", Parsers.Watcher),
        ("watcher+ids", Parsers.WatcherIds),
        ("watcher+text", Parsers.WatcherPlainText),
        ("watcher+html", Parsers.WatcherSanitised),
        ("syndication", Parsers.SyndicationFeedLoad),
        ("codehollow", Parsers.CodeHollow),
    };
    // --only a,b,c: just these stages (xmlreader and syndication always, as the baselines), for more rounds on a loaded machine.
    var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1].Split(',') : null;
    if (only is not null) stages = stages.Where(s => s.Item1 is "xmlreader" or "syndication" || only.Contains(s.Item1)).ToArray();
    var warmupMs = Array.IndexOf(args, "--warmup") is var wi and >= 0 && wi + 1 < args.Length ? int.Parse(args[wi + 1], CultureInfo.InvariantCulture) * 1000 : 3000;
    if (args.Contains("--min"))
    {
        // For a loaded machine: each workload cut into chunks of ~0.5 ms; every stage runs every chunk once per round,
        // interleaved, and keeps its fastest time per chunk; the sum of those minima is the time of a round nothing
        // preempted. GC pauses mostly fall out too, which flatters the parsers that allocate more (SyndicationFeed).
        foreach (var w in new[] { Workloads.Corpus(), Workloads.Realistic() })
        {
            var chunkSize = w.Documents.Count > 100 ? 64 : 1;
            var chunks = w.Documents.Chunk(chunkSize).ToArray();
            var min = new long[stages.Length, chunks.Length];
            for (var k = 0; k < stages.Length; k++) for (var c = 0; c < chunks.Length; c++) min[k, c] = long.MaxValue;
            var rounds = 0;
            var total = System.Diagnostics.Stopwatch.StartNew();
            while (total.ElapsedMilliseconds < 12000)
            {
                for (var c = 0; c < chunks.Length; c++)
                    for (var k = 0; k < stages.Length; k++)
                    {
                        var t = System.Diagnostics.Stopwatch.GetTimestamp();
                        foreach (var d in chunks[c]) stages[k].Item2(d);
                        if (rounds > 0) min[k, c] = Math.Min(min[k, c], System.Diagnostics.Stopwatch.GetTimestamp() - t);
                    }
                rounds++;
            }
            double Sum(int k) { var s = 0L; for (var c = 0; c < chunks.Length; c++) s += min[k, c]; return s * 1000.0 / System.Diagnostics.Stopwatch.Frequency; }
            var syn = Sum(Array.FindIndex(stages, x => x.Item1 == "syndication"));
            var xml = Sum(Array.FindIndex(stages, x => x.Item1 == "xmlreader"));
            Console.WriteLine($"{w.Name}: {rounds - 1} rounds, {chunks.Length} chunks; sum of the per-chunk minima");
            for (var k = 0; k < stages.Length; k++)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{w.Name,-10} {stages[k].Item1,-14} {Sum(k),8:0.000} ms  x{syn / Sum(k):0.00} syndication  x{xml / Sum(k):0.00} xmlreader"));
        }
        return;
    }
    if (args.Contains("--alloc"))
    {
        // Bytes allocated per MB of input by each stage: exact, whatever the load.
        foreach (var w in new[] { Workloads.Corpus(), Workloads.Realistic() })
            foreach (var (name, f) in stages)
            {
                foreach (var d in w.Documents) f(d);
                var before = GC.GetAllocatedBytesForCurrentThread();
                foreach (var d in w.Documents) f(d);
                Console.WriteLine($"{w.Name,-10} {name,-14} {(GC.GetAllocatedBytesForCurrentThread() - before) / (w.Bytes / 1e6) / 1e6,6:0.00} M bytes per MB");
            }
        return;
    }
    foreach (var w in new[] { Workloads.Corpus(), Workloads.Realistic() })
    {
        var ticks = new long[stages.Length];
        var cpu = new long[stages.Length];
        var best = Enumerable.Repeat(long.MaxValue, stages.Length).ToArray();
        // Warm-up, untimed: every stage until the JIT has had time to replace its first, unoptimised code (on a loaded
        // machine the background JIT thread waits for a core too, and the first seconds would measure tier-0 code).
        for (var warm = System.Diagnostics.Stopwatch.StartNew(); warm.ElapsedMilliseconds < warmupMs;)
            foreach (var (_, f) in stages) foreach (var d in w.Documents) f(d);
        var rounds = 0;
        var total = System.Diagnostics.Stopwatch.StartNew();
        while (total.ElapsedMilliseconds < 8000)
        {
            for (var k = 0; k < stages.Length; k++)
            {
                var t = System.Diagnostics.Stopwatch.GetTimestamp();
                var c = CpuClock.ProcessNanoseconds();
                foreach (var d in w.Documents) stages[k].Item2(d);
                if (rounds > 0)
                {
                    var elapsed = System.Diagnostics.Stopwatch.GetTimestamp() - t;
                    ticks[k] += elapsed;
                    best[k] = Math.Min(best[k], elapsed);
                    cpu[k] += CpuClock.ProcessNanoseconds() - c;
                }
            }
            rounds++;
        }
        for (var k = 0; k < stages.Length; k++)
        {
            var seconds = ticks[k] / (double)System.Diagnostics.Stopwatch.Frequency / (rounds - 1);
            var cpuSeconds = cpu[k] / 1e9 / (rounds - 1);
            var syn = Array.FindIndex(stages, x => x.Item1 == "syndication");
            if (k == 0) Console.WriteLine($"{w.Name}: {rounds - 1} rounds; columns: mean wall time, mean process CPU time, best round");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{w.Name,-10} {stages[k].Item1,-13} {seconds * 1000,8:0.000} ms {w.Bytes / 1e6 / seconds,8:0.0} MB/s  x{ticks[Array.FindIndex(stages, x => x.Item1 == "syndication")] / (double)ticks[k]:0.00} syndication  x{ticks[0] / (double)ticks[k]:0.00} xmlreader | cpu {cpuSeconds * 1000,8:0.000} ms x{cpu[syn] / (double)cpu[k]:0.00} syndication x{cpu[0] / (double)cpu[k]:0.00} xmlreader | best {best[k] * 1000.0 / System.Diagnostics.Stopwatch.Frequency,8:0.000} ms x{best[syn] / (double)best[k]:0.00} syndication x{best[0] / (double)best[k]:0.00} xmlreader"));
        }
    }
    return;
}

if (args.Contains("--filter"))
{
    // Other benchmark classes in this project: the standard BenchmarkDotNet switcher.
    BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args, DefaultConfig.Instance.AddJob(Job.ShortRun));
    return;
}
var quick = args.Contains("--quick");
var job = quick ? Job.ShortRun.WithWarmupCount(2).WithIterationCount(3) : Job.ShortRun.WithIterationCount(5);
var config = DefaultConfig.Instance.AddJob(job.WithId(quick ? "quick" : "short")).WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summary = BenchmarkRunner.Run<ParseBenchmarks>(config);

var workloads = new Dictionary<string, Workload> { ["corpus"] = Workloads.Corpus(), ["realistic"] = Workloads.Realistic() };
var sb = new StringBuilder();
sb.AppendLine("| workload | parser | mean per op | MB/s | items/s | allocated bytes per MB | vs SyndicationFeed | vs XmlReader |");
sb.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var group in summary.Reports.GroupBy(r => (string)r.BenchmarkCase.Parameters["Workload"]))
{
    var w = workloads[group.Key];
    var items = w.Items;
    double Mbps(BenchmarkReport r) => w.Bytes / 1e6 / (r.ResultStatistics!.Mean / 1e9);
    var syndication = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "Syndication" && r.ResultStatistics is not null);
    var xml = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "XmlReaderToEnd" && r.ResultStatistics is not null);
    if (syndication is null || xml is null) { Console.Error.WriteLine($"{group.Key}: a baseline has no result; see the log above"); continue; }
    foreach (var r in group.Where(r => r.ResultStatistics is not null))
    {
        var seconds = r.ResultStatistics!.Mean / 1e9;
        var alloc = r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0;
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {group.Key} ({w.Documents.Count} docs, {w.Bytes / 1024.0:0} KiB, {items} items) | {r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')} | {seconds * 1000:0.00} ms | {Mbps(r):0.0} | {items / seconds:0} | {alloc / (w.Bytes / 1e6):0} | {Mbps(r) / Mbps(syndication):0.00}× | {Mbps(r) / Mbps(xml):0.00}× |"));
    }
}
Console.WriteLine();
Console.WriteLine(sb);
File.WriteAllText(Path.Combine(Directory.GetCurrentDirectory(), "ingestion-parsing.md"), sb.ToString());

/// <summary>CPU time of the whole process (all threads, GC included), which waiting for a loaded machine's cores does not inflate.</summary>
internal static partial class CpuClock
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static long ProcessNanoseconds()
    {
        if (!OperatingSystem.IsLinux()) return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;
        ClockGetTime(2 /* CLOCK_PROCESS_CPUTIME_ID */, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }
}

internal static partial class CpuClock
{
    internal static readonly System.Xml.XmlReaderSettings SharedNtSettings = new() { DtdProcessing = System.Xml.DtdProcessing.Ignore, XmlResolver = null, NameTable = new System.Xml.NameTable() };
}
