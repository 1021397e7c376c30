using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Watcher.Core.Channels.Outbox;
using Watcher.Core.Delivery;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Bot;

/// <summary>The Teams outbox sink (what `watcher demo` uses) with the real dispatcher, digest queue and digest runner.</summary>
public sealed class TeamsDigestRunnerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 4, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStores _stores = new();
    private readonly InMemoryDigestQueue _queue = new();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "watcher-teams-outbox-" + Guid.NewGuid().ToString("N"));
    private readonly DeliveryDispatcher _dispatcher;
    private readonly DigestRunner _runner;

    public TeamsDigestRunnerTests()
    {
        var channel = new TeamsOutboxChannel(new OutboxOptions { Directory = _dir }, _queue, _time);
        _dispatcher = new DeliveryDispatcher(_stores, _stores, [channel], new DeliveryOptions(), _time, NullLogger<DeliveryDispatcher>.Instance);
        _runner = new DigestRunner(_stores, _queue, _stores, _dispatcher, new DigestOptions { MaxStoriesPerCard = 2, MaxCardsPerDigest = 2 }, _time, NullLogger<DigestRunner>.Instance);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private List<JsonNode> Files() => Directory.Exists(Path.Combine(_dir, "teams"))
        ? Directory.GetFiles(Path.Combine(_dir, "teams"), "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList()
        : [];

    [Theory]
    [InlineData(1, 1, 1, "Sat 28 Nov")]                       // one card
    [InlineData(4, 2, 4, "Sat 28 Nov · part 2 of 2")]         // 2 stories a card
    [InlineData(7, 2, 7, "Sat 28 Nov · part 2 of 2")]         // at most 2 cards: the last carries the rest
    [InlineData(25, 2, 22, "Sat 28 Nov · part 2 of 2")]       // …and shows at most 20, then "and 3 more stories"
    public async Task A_teams_digest_is_split_into_cards_by_story_and_capped(int stories, int cards, int shownStories, string lastPeriod)
    {
        await _stores.UpsertAsync(new Subscription { Id = "t-1", Channel = ChannelNames.Teams, Target = "a:conv", Digest = "daily 08:00 America/Toronto" });
        var alerts = Enumerable.Range(1, stories).Select(i => DigestCardTests.News(i)).ToList();
        foreach (var id in await _dispatcher.RecordAsync(alerts)) await _dispatcher.DeliverAsync(id);
        Assert.Empty(Files()); // held
        Assert.Equal(stories, (await _queue.ListAsync("teams|a:conv")).Count);

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 13, 0, 5, TimeSpan.Zero));
        var run = await _runner.RunAsync();
        Assert.Equal((cards, cards), (run.DigestsRecorded, run.Delivered));
        Assert.Equal(0, (await _runner.RunAsync()).Delivered);
        var written = Files().Select(f => f["body"]!["attachments"]![0]!["content"]!["body"]!.AsArray()).OrderBy(b => b[1]!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(cards, written.Count);
        Assert.Equal(lastPeriod, written[^1][1]!["text"]!.GetValue<string>());
        var shown = written.Sum(b => b.Count(x => x!["type"]!.GetValue<string>() == "Container"));
        Assert.Equal(shownStories, shown);
        if (shownStories < stories) Assert.StartsWith($"… and {stories - shownStories} more stories", written[^1][^1]!["text"]!.GetValue<string>());
        Assert.All(await _queue.ListAsync("teams|a:conv"), e => Assert.Equal(DigestEntryState.Digested, e.State));
    }
}
