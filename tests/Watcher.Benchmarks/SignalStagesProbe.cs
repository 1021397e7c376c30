using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Watcher.Core.Facts;
using Watcher.Core.Feeds;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Watcher.Core.Stories;

namespace Watcher.Benchmarks;

/// <summary>
/// The CPU of a baseline poll's signal path per item, stage by stage, as <see cref="SourcePoller"/> runs it for a new item:
/// topics (<see cref="QueryTopicMatcher.Match"/>), the fingerprint (which starts the item's one reading), the facts from that
/// reading (only for an item that matched a topic, as the poll reads them), and the story lookup and add. Each stage runs over
/// every item of a set before the next (so the fingerprint pays for the shared reading and the facts finish it, as in a poll);
/// passes are repeated and the median per stage printed in CPU µs per item (process CPU: GC included, a warm-up pass first).
/// Sets: the peers farm's round 0 (a folder of saved feeds, no outlet country) and every dev set of the labelled data (with its
/// outlet's country, or without it). Prints the bytes each stage allocates per item, and a digest of each set's fingerprint facts,
/// facts and lookup answers, so a change to how they are computed can show every output equal.
/// Usage (from tests/Watcher.Benchmarks): DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=0 DOTNET_TC_QuickJit=0 dotnet run -c Release --
/// --signal-stages FARM_DIR DATA_DIR [passes] [nocountry] — the host's JIT settings (Watcher.Cli.csproj); without them the passes
/// measure tier-0 code and the JIT thread (docs/benchmarks.md, session 27).
/// </summary>
public static class SignalStagesProbe
{
    private sealed record Item(string? Title, string PlainText, string? Link, string? Country)
    {
        public string Text => string.IsNullOrEmpty(Title) ? PlainText : Title.Trim() + "\n" + PlainText;
    }

    // The dev sets (LabelledSet.DevSets in Watcher.Core.Tests): holdouts 29 and 30 are the unseen sets and are never read here.
    private static readonly string[] DevSets =
        ["labelled", "holdout", .. Enumerable.Range(2, 27).Select(n => "holdout-" + n.ToString(CultureInfo.InvariantCulture))];

    private static readonly string[] Stages = ["topics", "fingerprint", "facts", "lookup+add"];

    public static async Task RunAsync(string farm, string data, int passes, bool noCountry)
    {
        MatchBudget.Apply(); // as the hosts do: every regex runs with the match timeout
        var sets = new List<(string Name, List<Item> Items)>();
        var feedItems = Directory.EnumerateFiles(farm, "*.xml").Order(StringComparer.Ordinal)
            .SelectMany(f => FeedParser.Parse(File.ReadAllBytes(f), new Uri("http://127.0.0.1/feed")).Items)
            .Select(e => new Item(e.Title, e.PlainText, e.Link, null)).ToList();
        sets.Add(("farm", feedItems));
        var dev = new List<Item>();
        foreach (var name in DevSets)
            foreach (var line in File.ReadLines(Path.Combine(data, name + ".jsonl")).Where(l => l.Trim().Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                string? Field(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                dev.Add(new Item(Field("title"), Field("text") ?? string.Empty, null, noCountry ? null : Field("source_country")));
            }
        sets.Add(("dev sets", dev));
        var matcher = new QueryTopicMatcher(DefaultTopics.Queries);
        Console.WriteLine($"load {File.ReadAllText("/proc/loadavg").Trim()}; outlet country {(noCountry ? "off" : "on")}");
        foreach (var (name, items) in sets)
        {
            var samples = Stages.ToDictionary(s => s, _ => new List<double>());
            var allocated = Stages.ToDictionary(s => s, _ => 0L);
            string? digest = null;
            for (var pass = 0; pass <= passes; pass++)
            {
                var matches = new IReadOnlyList<TopicMatch>[items.Count];
                var readings = new TariffExtractor.ItemReading[items.Count];
                var fingerprints = new StoryFingerprint?[items.Count];
                var facts = new string?[items.Count];
                var found = new string?[items.Count];
                var cpu = new Dictionary<string, (double Ms, long Bytes)>
                {
                    ["topics"] = Cpu(() => { for (var i = 0; i < items.Count; i++) matches[i] = matcher.Match(items[i].Title ?? string.Empty, items[i].PlainText, []); }),
                    ["fingerprint"] = Cpu(() =>
                    {
                        for (var i = 0; i < items.Count; i++)
                        {
                            readings[i] = new TariffExtractor.ItemReading(MatchBudget.Head(items[i].Text), items[i].Country);
                            fingerprints[i] = SourcePoller.Fingerprint(items[i].Title, items[i].PlainText, items[i].Link, items[i].Country, reading: readings[i]);
                        }
                    }),
                    ["facts"] = Cpu(() =>
                    {
                        for (var i = 0; i < items.Count; i++)
                            if (matches[i].Count > 0) facts[i] = ExtractJson.Serialize(SourcePoller.Facts(readings[i], matches[i]));
                    }),
                };
                var index = new InMemoryStoryIndex();
                var stories = new StoryMatcher(index);
                cpu["lookup+add"] = await CpuAsync(async () =>
                {
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (fingerprints[i] is not { } f) continue;
                        found[i] = await stories.FindAsync(f);
                        if (found[i] is null) await index.AddAsync("s-" + i.ToString("D6", CultureInfo.InvariantCulture), f);
                    }
                });
                var hash = 1469598103934665603UL;
                for (var i = 0; i < items.Count; i++)
                {
                    Mix(ref hash, string.Join(",", matches[i].Select(m => m.Topic)));
                    Mix(ref hash, fingerprints[i] is { } f ? string.Join("|", f.Facts) + "#" + string.Join(",", f.Entities) : "-");
                    Mix(ref hash, facts[i] ?? "-");
                    Mix(ref hash, found[i] ?? "-");
                }
                digest = hash.ToString("x16", CultureInfo.InvariantCulture);
                if (pass == 0) continue; // warm-up
                foreach (var (stage, (ms, bytes)) in cpu)
                {
                    samples[stage].Add(ms * 1000 / items.Count);
                    allocated[stage] = bytes / items.Count; // the same every pass, but for the tiering JIT's own
                }
            }
            var total = Stages.Sum(s => Median(samples[s]));
            Console.WriteLine($"{name}: {items.Count} items, {items.Count(i => i.Country is not null)} with a country; digest {digest}");
            foreach (var stage in Stages)
                Console.WriteLine($"  {stage,-12} median {Median(samples[stage]),8:0.0} µs/item, {allocated[stage],9:N0} B/item  (passes {string.Join(" ", samples[stage].Select(v => v.ToString("0.0", CultureInfo.InvariantCulture)))})");
            Console.WriteLine($"  {"total",-12} median {total,8:0.0} µs/item");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static (double Ms, long Bytes) Cpu(Action run) => CpuAsync(() => { run(); return Task.CompletedTask; }).GetAwaiter().GetResult();

    /// <summary>Process CPU milliseconds of <paramref name="run"/> (GC threads included) and the bytes the process allocated meanwhile
    /// (a count the machine's load does not move).</summary>
    private static async Task<(double Ms, long Bytes)> CpuAsync(Func<Task> run)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        await run();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        return ((process.TotalProcessorTime - before).TotalMilliseconds, allocated);
    }

    private static void Mix(ref ulong digest, string text)
    {
        foreach (var ch in text) digest = (digest ^ ch) * 1099511628211UL;
        digest = (digest ^ '\n') * 1099511628211UL;
    }
}
