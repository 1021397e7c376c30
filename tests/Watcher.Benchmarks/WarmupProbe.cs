using System.Diagnostics;
using Watcher.Core.Detection;
using Watcher.Core.Feeds;
using Watcher.Core.Matching;
using Watcher.Core.Pipeline;
using Watcher.Core.Stories;

namespace Watcher.Benchmarks;

/// <summary>
/// Session 16 (pipe16): the host's warm-up in a fresh process, as it is now (<see cref="SignalWarmup.RunAsync"/>: a poll
/// through SourcePoller over in-memory stores) or as it was (session 15's copy of the per-item steps, kept here only to
/// measure against). Prints wall and process CPU of <see cref="SignalWarmupService.Passes"/> passes. Run each in its own
/// process, alternating. Usage (from tests/Watcher.Benchmarks): dotnet run -c Release -- --warmup poller|copy
/// </summary>
public static class WarmupProbe
{
    public static async Task RunAsync(string kind)
    {
        var matcher = new QueryTopicMatcher(DefaultTopics.Queries);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var items = kind == "copy" ? await CopyAsync(matcher, SignalWarmupService.Passes) : (await new SignalWarmup(matcher).RunAsync(SignalWarmupService.Passes)).Items;
        Console.WriteLine($"warm-up ({kind}): {items} items, {clock.Elapsed.TotalMilliseconds:0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    /// <summary>Session 15's warm-up loop (the steps it copied from the poller), for comparison only.</summary>
    private static async Task<int> CopyAsync(ITopicMatcher matcher, int passes)
    {
        var feed = FeedParser.Parse(SignalWarmup.Feed(), new Uri("https://warmup.invalid/feed.xml"));
        var items = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var index = new InMemoryStoryIndex();
            var storyMatcher = new StoryMatcher(index);
            foreach (var entry in feed.Items)
            {
                var text = entry.Title is { Length: > 0 } title ? title.Trim() + "\n" + entry.PlainText : entry.PlainText;
                _ = ItemIdentity.Hash(TextNormalizer.Normalize(text));
                _ = Watcher.Core.State.ItemRecord.Clip(text);
                var matches = matcher.Match(entry.Title ?? string.Empty, entry.PlainText, null);
                var fingerprint = SourcePoller.Fingerprint(entry.Title, entry.PlainText, entry.Link, null);
                if (fingerprint is not null)
                {
                    var found = await storyMatcher.FindAsync(fingerprint);
                    if (found is null) await index.AddAsync(StoryKeys.NewStoryId(entry.Title, entry.Link, entry.Id), fingerprint);
                    else await storyMatcher.AddCopyAsync(found, fingerprint);
                }
                if (matches.Count > 0) _ = SourcePoller.Facts(text, matches);
                items++;
            }
        }
        return items;
    }
}
