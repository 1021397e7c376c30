using Watcher.Core.Pipeline;
using Watcher.Core.State;
using Watcher.Core.Stories;
using Xunit;

namespace Watcher.Core.Tests.Pipeline;

public class BaselineBatchTests
{
    private static readonly StoryFingerprint First = StoryFingerprint.Of("Canada imposes 100% tariff on Chinese EVs",
        "Ottawa announced a 100% surtax on electric vehicles made in China on Tuesday.", "https://wire.example/1");
    private static readonly StoryFingerprint Copy = StoryFingerprint.Of("Ottawa slaps 100% surtax on China-made electric cars",
        "Canada will charge a 100 per cent levy on Chinese-built EVs, the finance minister said.", "https://daily.example/2");

    [Fact]
    public async Task A_copy_a_first_poll_keeps_is_its_own_entry_and_the_story_still_answers_with_its_first_item()
    {
        // Copies reach the batch through the poll's flush (AddManyAsync with Copy set) or directly (AddCopyAsync); added as
        // a story, a copy replaced its story's own fingerprint in the batch's view.
        foreach (var direct in new[] { false, true })
        {
            var batch = new BaselineBatch();
            var view = batch.View(new InMemoryStoryIndex(), deferred: true);
            if (direct)
            {
                await view.AddAsync("s1", First);
                await view.AddCopyAsync("s1", Copy);
            }
            else await view.AddManyAsync([new StoryCandidate("s1", First), new StoryCandidate("s1", Copy) { Copy = true }]);

            Assert.Contains(await view.CandidatesAsync(First), c => ReferenceEquals(c.Fingerprint, First));
            Assert.Contains(await view.CandidatesAsync(Copy), c => ReferenceEquals(c.Fingerprint, Copy));
            Assert.Equal([false, true], batch.Contents().Index.Select(c => c.Copy));
        }
    }

    private static StoryRecord Story(string id, string source) => new()
    {
        StoryId = id, Title = id, Sources = [source], FirstSeen = DateTimeOffset.UnixEpoch, LastUpdated = DateTimeOffset.UnixEpoch,
        FirstItem = source + "/1",
    };

    [Fact]
    public async Task Two_first_polls_meeting_one_story_at_once_agree_on_it_whichever_claims_first()
    {
        // Both polls looked the story up before either added it (each found nothing); the second to claim looks again at the
        // rows added since its lookup, joins the first's story and can read that story's row at once (it joins as a copy).
        var batch = new BaselineBatch();
        var store = new InMemoryStoryIndex();
        var wire = new StoryMatcher(batch.View(store, deferred: true));
        var daily = new StoryMatcher(batch.View(store, deferred: true));
        var before = batch.Indexed;
        Assert.Null(await wire.FindAsync(First));
        Assert.Null(await daily.FindAsync(Copy));

        Assert.Null(await batch.ClaimAsync(wire, First, before, Story("s-wire", "wire"), CancellationToken.None));
        Assert.Equal("s-wire", await batch.ClaimAsync(daily, Copy, before, Story("s-daily", "daily"), CancellationToken.None));
        Assert.Equal(["wire"], batch.Story("s-wire")!.Sources);
        Assert.Null(batch.Story("s-daily"));
        Assert.Equal(["s-wire"], batch.Contents().Index.Select(c => c.StoryId));
    }

    [Fact]
    public async Task A_claim_adds_a_story_of_its_own_when_nothing_added_since_its_lookup_is_that_story()
    {
        var batch = new BaselineBatch();
        var matcher = new StoryMatcher(batch.View(new InMemoryStoryIndex(), deferred: true));
        var other = StoryFingerprint.Of("Oilers edge Flames in overtime thriller", "Edmonton won 4-3 in overtime on Saturday night.", "https://sports.example/9");
        var before = batch.Indexed;
        Assert.Null(await batch.ClaimAsync(matcher, other, before, Story("s-hockey", "sports"), CancellationToken.None));
        Assert.Null(await batch.ClaimAsync(matcher, First, before, Story("s-wire", "wire"), CancellationToken.None));
        Assert.Equal(["s-hockey", "s-wire"], batch.Contents().Index.Select(c => c.StoryId));
        // a later lookup finds the story claimed without the claim's help
        Assert.Equal("s-wire", await matcher.FindAsync(Copy));
    }
    private sealed class ListingIndex(Dictionary<string, string> rows) : IStoryIndex
    {
        public Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default, bool fresh = false) =>
            Task.FromResult<IReadOnlyList<StoryCandidate>>([]);
        public Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default) => Task.CompletedTask;
        public Task<IAsyncDisposable> LockCreationAsync(CancellationToken ct = default) => new InMemoryStoryIndex().LockCreationAsync(ct);
        public bool KeepsListings => true;
        public string? ListingOf(string storyId) => rows.GetValueOrDefault(storyId);
    }

    private static ItemRecord Item(string id, string storyId) => new() { SourceId = "wire", ItemId = id, StoryId = storyId, ContentHash = id };

    [Fact]
    public void A_new_story_is_listed_unless_the_index_knows_its_id_and_only_the_items_of_listed_stories_name_their_listing()
    {
        // perf26: a listed story gets no story row, so a story id the store's index already knows (a stored story of that id)
        // is not listed: its insert must meet that row and merge. A stored version (an update) is never listed; nor a copy's row.
        var rows = new List<StoryCandidate>
        {
            new("s-new", First), new("s-known", First), new("s-stored", First), new("s-new", Copy) { Copy = true },
        };
        var stories = new[] { Story("s-new", "wire"), Story("s-known", "wire"), Story("s-stored", "wire") with { Version = "v1" } };
        var listed = BaselineBatch.AttachListings(rows, stories, id => id == "s-known");
        Assert.Equal(["s-new"], listed);
        Assert.Equal([true, false, false, false], rows.Select(r => r.Listing is not null));

        var index = new ListingIndex(new() { ["s-new"] = "0639000000000000001", ["s-known"] = "0639000000000000002" });
        var named = BaselineBatch.NameListings([Item("1", "s-new"), Item("2", "s-known"), Item("3", "s-stored"), Item("4", "s-new") with { StoryListing = "kept" }], listed, index);
        Assert.Equal(["0639000000000000001", null, null, "kept"], named.Select(i => i.StoryListing));
    }
}
