using System.Diagnostics.Tracing;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Watcher.Core.Stories;

namespace Watcher.Benchmarks;

/// <summary>
/// Which types a baseline's per-item steps allocate, by the runtime's allocation ticks (one event per ~100 KB allocated,
/// naming the type that crossed it): a sample, so shares are what to read, not counts.
/// Usage (from tests/Watcher.Benchmarks): dotnet run -c Release -- --allocations DIR [fingerprint|tracker|lookup]
/// </summary>
public static class AllocationProbe
{
    private sealed class Ticks : EventListener
    {
        public readonly Dictionary<string, long> Bytes = new(StringComparer.Ordinal);
        public bool On;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!On || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            lock (Bytes) Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
        }
    }

    public static async Task RunAsync(string dir, string step)
    {
        var entries = Directory.EnumerateFiles(dir, "*.xml").Order(StringComparer.Ordinal)
            .SelectMany(f => Watcher.Core.Feeds.FeedParser.Parse(File.ReadAllBytes(f), new Uri("http://127.0.0.1/feed")).Items).ToList();
        var matcher = new QueryTopicMatcher(DefaultTopics.Queries);
        var texts = entries.Select(e => string.IsNullOrEmpty(e.Title) ? e.PlainText : e.Title.Trim() + "\n" + e.PlainText).ToList();
        var matches = entries.Select(e => matcher.Match(e.Title ?? string.Empty, e.PlainText, [])).ToList();
        var fingerprints = entries.Select(e => StoryFingerprint.Of(e.Title, e.PlainText, e.Link)).ToList();
        using var ticks = new Ticks();
        ticks.On = true;
        switch (step)
        {
            case "fingerprint":
                for (var i = 0; i < entries.Count; i++) StoryFingerprint.Of(entries[i].Title, entries[i].PlainText, entries[i].Link);
                break;
            case "tracker":
                for (var i = 0; i < entries.Count; i++) SourcePoller.Facts(texts[i], matches[i]);
                break;
            default:
                var index = new InMemoryStoryIndex();
                var stories = new StoryMatcher(index);
                for (var i = 0; i < entries.Count; i++)
                    if (await stories.FindAsync(fingerprints[i]) is null) await index.AddAsync("s-" + i, fingerprints[i]);
                break;
        }
        ticks.On = false;
        await Task.Delay(500);
        var total = ticks.Bytes.Values.Sum();
        Console.WriteLine($"{step}: ~{total / 1048576.0:0} MiB sampled");
        foreach (var (type, bytes) in ticks.Bytes.OrderByDescending(p => p.Value).Take(25))
            Console.WriteLine($"{bytes * 100.0 / total,5:0.0}% {type}");
    }
}
