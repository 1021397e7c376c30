using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Core.Delivery;
using Watcher.Core.Fetching;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Watcher.Core.Sources;
using Watcher.Core.State;
using Watcher.Core.Stories;
using Watcher.Core.Tariffs;

namespace Watcher.Benchmarks;

/// <summary>
/// The CPU of a baseline cycle without storage or sockets: every feed of a folder (the peers farm's round 0, saved with
/// curl) is served from memory and polled by the local host's <see cref="PollCycle"/> (write-behind batch, in-memory
/// stores, story index and tariff store). Prints the cycle's CPU seconds and a digest of which story each item joined
/// and of every story's sources, so a change that must not move an item to another story can show it moved none
/// (the digest is only stable with parallelism 1: in parallel, which poll creates a story first varies).
/// Usage (from tests/Watcher.Benchmarks): dotnet run -c Release -- --baseline DIR [parallelism] [repeats]
/// </summary>
public static class BaselineProbe
{
    private sealed class Files(Dictionary<string, byte[]> feeds) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new ByteArrayContent(feeds[Path.GetFileName(request.RequestUri!.AbsolutePath)])
                {
                    Headers = { ContentType = new("application/rss+xml") { CharSet = "utf-8" } },
                },
            });
    }

    public static async Task RunAsync(string dir, int parallelism, int repeats)
    {
        var feeds = Directory.EnumerateFiles(dir, "*.xml").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        var sources = feeds.Keys.Order(StringComparer.Ordinal)
            .Select(name => new SourceDefinition { Id = "f" + Path.GetFileNameWithoutExtension(name), Url = "http://127.0.0.1/feed/" + name }).ToList();
        for (var run = 0; run < repeats; run++)
        {
            var stores = new InMemoryStores();
            var dispatcher = new DeliveryDispatcher(stores, stores, [], new DeliveryOptions(), TimeProvider.System, NullLogger<DeliveryDispatcher>.Instance);
            var poller = new SourcePoller(new FeedFetcher(new HttpClient(new Files(feeds)), new FetchOptions()), stores, stores,
                new QueryTopicMatcher(DefaultTopics.Queries), dispatcher, new PollOptions(), TimeProvider.System,
                NullLogger<SourcePoller>.Instance, new InMemoryStoryIndex(), new InMemoryTariffStore());
            var cycle = new PollCycle(poller, NullLogger<PollCycle>.Instance);
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            var report = await cycle.RunAsync(sources, parallelism);
            var wall = clock.Elapsed;
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            var bytes = GC.GetTotalAllocatedBytes() - allocated;
            var gcs = $"GCs {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}";
            var digest = 1469598103934665603UL;
            var stories = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var source in sources)
                foreach (var (id, item) in (await stores.GetItemsAsync(source.Id)).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Mix(ref digest, source.Id + "/" + id + "=" + item.StoryId);
                    stories[item.StoryId] = string.Join(",", (await stores.GetStoryAsync(item.StoryId))?.Sources ?? []);
                }
            foreach (var (id, story) in stories) Mix(ref digest, id + ":" + story);
            Console.WriteLine($"baseline: {sources.Count} sources, {report.New} new, {report.Duplicates} duplicates, {stories.Count} stories; "
                + $"CPU {used.TotalSeconds:0.00} s, wall {wall.TotalSeconds:0.00} s (parallelism {parallelism}), {bytes / 1048576.0:0} MiB allocated, {gcs}; digest {digest:x16}");
        }
    }

    /// <summary>The per-item steps of a baseline poll timed one by one over every item of the folder's feeds (one thread).</summary>
    public static async Task PartsAsync(string dir)
    {
        var entries = Directory.EnumerateFiles(dir, "*.xml").Order(StringComparer.Ordinal)
            .SelectMany(f => Watcher.Core.Feeds.FeedParser.Parse(File.ReadAllBytes(f), new Uri("http://127.0.0.1/feed")).Items).ToList();
        var matcher = new QueryTopicMatcher(DefaultTopics.Queries);
        var texts = entries.Select(e => string.IsNullOrEmpty(e.Title) ? e.PlainText : e.Title.Trim() + "\n" + e.PlainText).ToList();
        for (var round = 0; round < 2; round++)
        {
            var fingerprints = new StoryFingerprint[entries.Count];
            var matches = new IReadOnlyList<TopicMatch>[entries.Count];
            Time("topics", () => { for (var i = 0; i < entries.Count; i++) matches[i] = matcher.Match(entries[i].Title ?? string.Empty, entries[i].PlainText, []); });
            Time("fingerprint", () => { for (var i = 0; i < entries.Count; i++) fingerprints[i] = StoryFingerprint.Of(entries[i].Title, entries[i].PlainText, entries[i].Link); });
            Time("fingerprint facts", () => { for (var i = 0; i < entries.Count; i++) StoryFingerprint.FactKeys(entries[i].Title, entries[i].PlainText); });
            Time("keys", () => { for (var i = 0; i < entries.Count; i++) _ = fingerprints[i].Keys(); });
            Time("tracker facts", () => { for (var i = 0; i < entries.Count; i++) SourcePoller.Facts(texts[i], matches[i]); });
            // As a poll reads them: each item's fingerprint facts, then its tracker facts; both digested, to show a change
            // to how they are read leaves every fact (and its evidence) as it was.
            var facts = 1469598103934665603UL;
            Time("both facts, item by item", () =>
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    Mix(ref facts, string.Join("|", StoryFingerprint.FactKeys(entries[i].Title, entries[i].PlainText)));
                    Mix(ref facts, Watcher.Core.Facts.ExtractJson.Serialize(SourcePoller.Facts(texts[i], matches[i])));
                }
            });
            Console.WriteLine($"  facts digest {facts:x16}");
            // The same, from one reading of each item's text (an outlet without a country: the fingerprint and the tracker read alike).
            var shared = 1469598103934665603UL;
            Time("both facts, one reading", () =>
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    var reading = new Watcher.Core.Facts.TariffExtractor.ItemReading(Watcher.Core.Facts.MatchBudget.Head(texts[i]), null);
                    Mix(ref shared, string.Join("|", StoryFingerprint.FactKeys(entries[i].Title, entries[i].PlainText, reading)));
                    Mix(ref shared, Watcher.Core.Facts.ExtractJson.Serialize(SourcePoller.Facts(reading, matches[i])));
                }
            });
            Console.WriteLine($"  facts digest (one reading) {shared:x16}");
            Time("content hash", () => { for (var i = 0; i < entries.Count; i++) Watcher.Core.Feeds.ItemIdentity.Hash(Watcher.Core.Detection.TextNormalizer.Normalize(texts[i])); });
            Time("story id", () => { for (var i = 0; i < entries.Count; i++) Watcher.Core.Detection.StoryKeys.NewStoryId(entries[i].Title, entries[i].Link, entries[i].Id); });
            var index = new InMemoryStoryIndex();
            var stories = new StoryMatcher(index);
            var candidates = 0L;
            await TimeAsync("lookup+add", async () =>
            {
                for (var i = 0; i < entries.Count; i++)
                    if (await stories.FindAsync(fingerprints[i]) is null) await index.AddAsync("s-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), fingerprints[i]);
            });
            var lists = new IReadOnlyList<StoryCandidate>[entries.Count];
            await TimeAsync("candidates (full index)", async () =>
            {
                for (var i = 0; i < entries.Count; i++) candidates += (lists[i] = await index.CandidatesAsync(fingerprints[i])).Count;
            });
            Console.WriteLine($"  {candidates / (double)entries.Count:0.0} candidates per item in the full index");
            // Every score of every lookup's candidates, digested: a change to how the matcher scores must leave it equal.
            var scores = 1469598103934665603UL;
            Time("scoring (full index)", () =>
            {
                for (var i = 0; i < entries.Count; i++)
                    foreach (var c in lists[i]) scores = (scores ^ (ulong)BitConverter.DoubleToInt64Bits(StoryMatcher.Score(fingerprints[i], c.Fingerprint))) * 1099511628211UL;
            });
            Console.WriteLine($"  score digest {scores:x16}");
            // What the cheap pre-checks settle: pairs scored, pairs whose link and headline keys the hashes tell apart, and pairs
            // HomesDiffer's masks decide (a score of 0 when the texts are no near-verbatim copy) without reading the candidate's lists.
            long pairs = 0, keysByHash = 0, homesByMasks = 0, homesDiffer = 0;
            for (var i = 0; i < entries.Count; i++)
                foreach (var c in lists[i])
                {
                    pairs++;
                    var (a, b) = (fingerprints[i], c.Fingerprint);
                    if ((a.TitleKey is null || a.TitleKey.GetHashCode() != b.TitleKey?.GetHashCode()) && (a.UrlKey is null || a.UrlKey.GetHashCode() != b.UrlKey?.GetHashCode())) keysByHash++;
                    if (a.HomesDifferByMasks(b)) homesByMasks++;
                    if (a.HomesDiffer(b)) homesDiffer++;
                }
            Console.WriteLine($"  {pairs} pairs scored; keys told apart by hash {keysByHash}; HomesDiffer true {homesDiffer}, of which by masks alone {homesByMasks}");
        }

        static void Time(string what, Action run) => TimeAsync(what, () => { run(); return Task.CompletedTask; }).GetAwaiter().GetResult();

        static async Task TimeAsync(string what, Func<Task> run)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            await run();
            process.Refresh();
            Console.WriteLine($"{what,-24} {clock.Elapsed.TotalMilliseconds,8:0} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:0} ms CPU {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0,8:0} MiB");
        }
    }

    /// <summary>One per-item step of a baseline poll ("fingerprint", "facts", "tracker" or "both") over every item of the
    /// folder's feeds, repeated, each pass timed: a target for a sampling profiler (`perf record`), which sees only that step.</summary>
    public static void Step(string dir, string step, int passes)
    {
        var entries = Directory.EnumerateFiles(dir, "*.xml").Order(StringComparer.Ordinal)
            .SelectMany(f => Watcher.Core.Feeds.FeedParser.Parse(File.ReadAllBytes(f), new Uri("http://127.0.0.1/feed")).Items).ToList();
        var matcher = new QueryTopicMatcher(DefaultTopics.Queries);
        var texts = entries.Select(e => string.IsNullOrEmpty(e.Title) ? e.PlainText : e.Title.Trim() + "\n" + e.PlainText).ToList();
        var matches = entries.Select(e => matcher.Match(e.Title ?? string.Empty, e.PlainText, [])).ToList();
        if (step == "scoring")
        {
            // Every lookup's candidates in the full index, scored again each pass: a target for perf that sees only Score.
            var fingerprints = entries.Select(e => StoryFingerprint.Of(e.Title, e.PlainText, e.Link)).ToArray();
            var index = new InMemoryStoryIndex();
            for (var i = 0; i < fingerprints.Length; i++) index.AddAsync("s-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), fingerprints[i]).GetAwaiter().GetResult();
            var lists = fingerprints.Select(f => index.CandidatesAsync(f).GetAwaiter().GetResult()).ToArray();
            for (var pass = 0; pass < passes; pass++)
            {
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var scores = 1469598103934665603UL;
                for (var i = 0; i < fingerprints.Length; i++)
                    foreach (var c in lists[i]) scores = (scores ^ (ulong)BitConverter.DoubleToInt64Bits(StoryMatcher.Score(fingerprints[i], c.Fingerprint))) * 1099511628211UL;
                process.Refresh();
                Console.WriteLine($"scoring pass {pass}: {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU, digest {scores:x16}");
            }
            return;
        }
        for (var pass = 0; pass < passes; pass++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            for (var i = 0; i < entries.Count; i++)
                switch (step)
                {
                    case "fingerprint": StoryFingerprint.Of(entries[i].Title, entries[i].PlainText, entries[i].Link); break;
                    case "facts": StoryFingerprint.FactKeys(entries[i].Title, entries[i].PlainText); break;
                    case "tracker": SourcePoller.Facts(texts[i], matches[i]); break;
                    default:
                        StoryFingerprint.Of(entries[i].Title, entries[i].PlainText, entries[i].Link);
                        SourcePoller.Facts(texts[i], matches[i]);
                        break;
                }
            process.Refresh();
            Console.WriteLine($"{step} pass {pass}: {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MiB");
        }
    }

    private static void Mix(ref ulong digest, string text)
    {
        foreach (var ch in text) digest = (digest ^ ch) * 1099511628211UL;
        digest = (digest ^ '\n') * 1099511628211UL;
    }
}
