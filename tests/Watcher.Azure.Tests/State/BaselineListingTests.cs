using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Watcher.Azure.Tables;
using Watcher.Core.State;
using Watcher.Core.Stories;

namespace Watcher.Azure.Tests.State;

/// <summary>
/// Session 17 (perf25): a silent baseline's new story gets no timeline row; its story index row (written by the same
/// flush) carries the story's columns and <see cref="TableItemStore.RecentStoriesAsync"/> lists it from there until its
/// second save writes a timeline row. Rows of the earlier schema (a timeline row for every save, index rows without the
/// story's columns) are read as before; retention finds the listed stories through the old index days.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BaselineListingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static StoryRecord Story(string id, DateTimeOffset at, params string[] sources) => new()
    {
        StoryId = id, Title = $"Canada imposes tariff ({id})", Link = $"https://news.example/{id}", Sources = [.. sources],
        Topics = ["tariffs"], FirstSeen = at, LastUpdated = at, FirstItem = $"{sources[0]}/item-{id}",
    };

    private static StoryFingerprint Fingerprint(string id) =>
        StoryFingerprint.Of($"Canada imposes 25% tariff on Chinese steel pipes {id}", "Ottawa said on Monday it will apply a 25% tariff.", null);

    /// <summary>What a reader sees of a story (the version aside).</summary>
    private static string Shown(StoryRecord s) => JsonSerializer.Serialize(s with { Version = null }, Json);

    private int TimelineRows() => azurite.Tables.GetTableClient(TableNames.StoryTimeline).Query<TableEntity>().Count();

    [Fact]
    public async Task A_listed_new_story_has_no_timeline_row_and_is_listed_from_its_index_row_until_its_second_save()
    {
        var items = new TableItemStore(azurite.Tables);
        var index = new TableStoryIndex(azurite.Tables);
        var now = DateTimeOffset.UtcNow;
        var a = Story("s/a", now.AddMinutes(-30), "src-1");      // '/' is escaped in keys
        var b = Story("s-b", now.AddMinutes(-20), "src-2");
        var old = Story("s-old", now.AddMinutes(-10), "src-3"); // as the builds before saved it: a timeline row
        await index.AddManyAsync([
            new StoryCandidate(a.StoryId, Fingerprint("a")) { Listing = a },
            new StoryCandidate(b.StoryId, Fingerprint("b")) { Listing = b },
            new StoryCandidate(old.StoryId, Fingerprint("old")),   // an index row without the story's columns
        ]);
        Assert.Empty(await items.SaveStoriesAsync([a, b], listed: new HashSet<string>([a.StoryId, b.StoryId])));
        await items.SaveStoryAsync(old);

        Assert.Equal(1, TimelineRows());
        var recent = await items.RecentStoriesAsync(now.AddHours(-1), 100);
        Assert.Equal(["s-old", "s-b", "s/a"], recent.Select(s => s.StoryId));
        foreach (var story in recent) Assert.Equal(Shown((await items.GetStoryAsync(story.StoryId))!), Shown(story));
        Assert.Equal(Shown(a), Shown(recent[2]));

        // Its second save (a copy joined) writes a timeline row: the story is listed once, as it is now.
        var stored = (await items.GetStoryAsync(b.StoryId))!;
        var grown = await items.SaveStoryAsync(stored with { Sources = ["src-2", "src-4"], LastUpdated = now.AddMinutes(-5) });
        recent = await items.RecentStoriesAsync(now.AddHours(-1), 100);
        Assert.Equal(["s-b", "s-old", "s/a"], recent.Select(s => s.StoryId));
        Assert.Equal(["src-2", "src-4"], recent[0].Sources);

        // Since and top bound the listing rows as they bound the timeline's.
        Assert.Equal(["s-b", "s-old"], (await items.RecentStoriesAsync(now.AddMinutes(-25), 100)).Select(s => s.StoryId));
        Assert.Equal(["s-b", "s-old"], (await items.RecentStoriesAsync(now.AddHours(-1), 2)).Select(s => s.StoryId));
        Assert.Empty(await items.RecentStoriesAsync(now.AddMinutes(1), 100));
    }

    [Fact]
    public async Task A_timeline_row_at_the_listing_time_wins_and_a_listed_story_writes_no_row_to_lose_a_race_with()
    {
        var items = new TableItemStore(azurite.Tables);
        var index = new TableStoryIndex(azurite.Tables);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        var c = Story("s-c", at, "src-5");
        await index.AddManyAsync([new StoryCandidate(c.StoryId, Fingerprint("c")) { Listing = c }]);
        var saved = await items.SaveStoryAsync(c with { Sources = ["src-5", "src-6"] }); // another host grew it first

        // Session 18 (perf26): the flush writes no story row for a listed story, so there is nothing to lose.
        Assert.Empty(await items.SaveStoriesAsync([c], listed: new HashSet<string>([c.StoryId])));

        var listed = Assert.Single(await items.RecentStoriesAsync(at.AddMinutes(-1), 100));
        Assert.Equal(["src-5", "src-6"], listed.Sources); // the timeline row, not the index row, at an equal time
        Assert.Equal(Shown(saved), Shown(listed));
        Assert.Equal(["src-5", "src-6"], (await items.GetStoryAsync(c.StoryId, index.ListingOf(c.StoryId), default))!.Sources); // the row first
    }

    [Fact]
    public async Task A_listed_story_is_read_from_its_listing_until_its_second_save_inserts_its_row_and_a_stale_insert_loses()
    {
        var items = new TableItemStore(azurite.Tables);
        var index = new TableStoryIndex(azurite.Tables);
        var at = DateTimeOffset.UtcNow.AddMinutes(-4);
        var e = Story("s/e#1", at, "src-7");                   // '/' and '#' are escaped in keys
        var plain = Story("s-plain", at, "src-8");              // an index row without the story's columns (an old host's)
        await index.AddManyAsync([new StoryCandidate(e.StoryId, Fingerprint("e")) { Listing = e }, new StoryCandidate(plain.StoryId, Fingerprint("p"))]);
        Assert.Empty(await items.SaveStoriesAsync([e], listed: new HashSet<string>([e.StoryId])));
        var stories = azurite.Tables.GetTableClient(TableNames.Stories);
        Assert.Empty(stories.Query<TableEntity>());
        // An old host reads the story row only: it finds none (docs/storage.md says what it then does).
        Assert.Null(await TableItemStore.ReadStoryRowAsync(stories, e.StoryId, default));

        // Read from the listing: by the token an item carries, by the index's, and without one (a scan of the index).
        var token = index.ListingOf(e.StoryId);
        Assert.NotNull(token);
        Assert.Equal(19, token!.Length);
        var viaToken = (await items.GetStoryAsync(e.StoryId, token, default))!;
        var fresh = new TableStoryIndex(azurite.Tables);       // another host: it knows the row once it has loaded the day
        Assert.Null(fresh.ListingOf(e.StoryId));
        await fresh.CandidatesAsync(Fingerprint("e"));
        Assert.Equal(token, fresh.ListingOf(e.StoryId));
        var viaFresh = (await items.GetStoryAsync(e.StoryId, fresh.ListingOf(e.StoryId), default))!;
        var viaScan = (await items.GetStoryAsync(e.StoryId))!;
        Assert.Null(viaToken.Version);                          // no row: its next save inserts one
        Assert.Equal(Shown(e), Shown(viaToken));
        Assert.Equal(Shown(e), Shown(viaFresh));
        Assert.Equal(Shown(e), Shown(viaScan));
        // An index row without the story's columns lists nothing; an unknown id is null.
        Assert.Null(await items.GetStoryAsync(plain.StoryId, index.ListingOf(plain.StoryId), default));
        Assert.Null(await items.GetStoryAsync(plain.StoryId));
        Assert.Null(await items.GetStoryAsync("s-none", token, default));
        Assert.Null(await items.GetStoryAsync("s-none"));

        // The second save inserts the row; a save from the same stale listing read then loses (409) as a race does.
        var grown = await items.SaveStoryAsync(viaToken with { Sources = ["src-7", "src-9"], LastUpdated = at.AddMinutes(1) });
        await Assert.ThrowsAsync<ConcurrencyException>(() => items.SaveStoryAsync(viaScan with { Revision = 1 }));
        var now = (await items.GetStoryAsync(e.StoryId, token, default))!;
        Assert.Equal(grown.Version, now.Version);
        Assert.Equal(["src-7", "src-9"], now.Sources);
        Assert.Single(stories.Query<TableEntity>());
        var recent = await items.RecentStoriesAsync(at.AddHours(-1), 100);
        Assert.Equal(["src-7", "src-9"], recent.Single(s => s.StoryId == e.StoryId).Sources);
    }

    [Fact]
    public async Task Stories_not_in_the_listed_set_or_stored_already_keep_their_timeline_rows()
    {
        var items = new TableItemStore(azurite.Tables);
        var at = DateTimeOffset.UtcNow.AddMinutes(-2);
        var known = await items.SaveStoryAsync(Story("s-known", at.AddMinutes(-1), "src-1"));
        var d = Story("s-d", at, "src-2");
        // s-known has a stored version (an update, not a first save): listed or not, it gets a timeline row.
        Assert.Empty(await items.SaveStoriesAsync([d, known with { LastUpdated = at }], listed: new HashSet<string>(["s-known"])));
        Assert.Equal(3, TimelineRows());
        Assert.Equal(["s-d", "s-known"], (await items.RecentStoriesAsync(at.AddHours(-1), 10)).Select(s => s.StoryId));
    }

    [Fact]
    public async Task Retention_purges_a_story_listed_only_by_an_old_index_day_and_keeps_one_updated_since()
    {
        var now = DateTimeOffset.UtcNow;
        var then = now.AddDays(-100);
        var index = new TableStoryIndex(azurite.Tables, new StoryIndexOptions(), new FakeTimeProvider(then));
        var items = new TableItemStore(azurite.Tables);
        var gone = Story("s-gone", then, "src-1");
        var kept = Story("s-kept", then, "src-2");
        await index.AddManyAsync([
            new StoryCandidate(gone.StoryId, Fingerprint("gone")) { Listing = gone },
            new StoryCandidate(kept.StoryId, Fingerprint("kept")) { Listing = kept },
        ]);
        Assert.Empty(await items.SaveStoriesAsync([gone, kept], listed: new HashSet<string>([gone.StoryId, kept.StoryId])));
        var stored = (await items.GetStoryAsync(kept.StoryId))!;
        await items.SaveStoryAsync(stored with { Sources = ["src-2", "src-3"], LastUpdated = now.AddMinutes(-1) });

        var report = await new TableRetentionStore(azurite.Tables).PurgeAsync(now.AddDays(-90));

        Assert.Equal(0, report.Stories);                        // s-gone had no row (perf26): its listing went with its day
        Assert.Equal(2, report.IndexRows);
        Assert.Null(await items.GetStoryAsync(gone.StoryId));
        Assert.NotNull(await items.GetStoryAsync(kept.StoryId));
        Assert.Equal(["s-kept"], (await items.RecentStoriesAsync(now.AddDays(-1), 10)).Select(s => s.StoryId));
    }
}
