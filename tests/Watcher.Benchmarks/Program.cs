using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Watcher.Benchmarks;

// Usage: dotnet run -c Release --project tests/Watcher.Benchmarks [-- --quick]
// Prints BenchmarkDotNet's table, then the "Ingestion: parsing" rows for docs/benchmarks.md (MB/s, items/s, bytes allocated per MB).
if (args.Contains("--probe"))
{
    // A rough stopwatch pass (not BenchmarkDotNet) for quick comparisons while tuning.
    foreach (var w in new[] { Workloads.Corpus(), Workloads.Realistic() })
        foreach (var (name, parse) in new (string, Func<byte[], int>)[] {
            ("decode", d => Watcher.Core.Feeds.FeedDecoder.Decode(d).Text.Length),
            ("xmlread", d => Watcher.Core.Feeds.XmlFeedReader.Read(Watcher.Core.Feeds.FeedDecoder.Decode(d).Text, null, TimeSpan.FromSeconds(10)).Entries.Count),
            ("xmlvalues", d => { using var x = System.Xml.XmlReader.Create(new MemoryStream(d), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore }); var n = 0; while (x.Read()) if (x.NodeType is System.Xml.XmlNodeType.Text or System.Xml.XmlNodeType.CDATA) n += x.Value.Length; return n; }),
            ("xmlreadbytes", d => Watcher.Core.Feeds.XmlFeedReader.ReadUtf8(d, 0, null, TimeSpan.FromSeconds(10)).Entries.Count),
            ("sanitizeonly", d => SanitizeOnly(d)),
            ("sanitize", d => Watcher.Core.Feeds.XmlFeedReader.Read(Watcher.Core.Feeds.FeedDecoder.Decode(d).Text, null, TimeSpan.FromSeconds(10)).Entries.Sum(e => (Watcher.Core.Feeds.FeedHtml.Sanitize(e.Content?.Value)?.Length ?? 0) + (Watcher.Core.Feeds.FeedHtml.Sanitize(e.Summary?.Value)?.Length ?? 0))),
            ("watcher", Parsers.Watcher), ("syndication", Parsers.SyndicationFeedLoad), ("codehollow", Parsers.CodeHollow), ("xmlreader", Parsers.XmlReaderToEnd) })
        {
            for (var i = 0; i < 3; i++) foreach (var d in w.Documents) parse(d);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var rounds = 0;
            while (sw.ElapsedMilliseconds < 1500) { foreach (var d in w.Documents) parse(d); rounds++; }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{w.Name,-10} {name,-12} {w.Bytes * (double)rounds / 1e6 / sw.Elapsed.TotalSeconds,8:0.0} MB/s  sanitize share {ProbeState.SanitizeTicks / (double)System.Diagnostics.Stopwatch.Frequency / sw.Elapsed.TotalSeconds:P0}"));
            ProbeState.SanitizeTicks = 0;
        }
    return;
}

static int SanitizeOnly(byte[] d)
{
    var r = Watcher.Core.Feeds.XmlFeedReader.ReadUtf8(d, 0, null, TimeSpan.FromSeconds(10));
    var sw = System.Diagnostics.Stopwatch.StartNew();
    var n = 0;
    foreach (var e in r.Entries) n += (Watcher.Core.Feeds.FeedHtml.Sanitize(e.Content?.Value)?.Length ?? 0) + (Watcher.Core.Feeds.FeedHtml.Sanitize(e.Summary?.Value)?.Length ?? 0);
    ProbeState.SanitizeTicks += sw.ElapsedTicks;
    return n;
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
    var syndication = group.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "Syndication");
    var xml = group.First(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == "XmlReaderToEnd");
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
