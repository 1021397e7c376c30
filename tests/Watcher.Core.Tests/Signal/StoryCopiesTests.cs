using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A story is found by the copies that joined it in their own words, not only by its first item: a third copy that
/// resembles the second more than the first still finds the story, and the twentieth verbatim copy adds nothing.
/// </summary>
public sealed class StoryCopiesTests
{
    // a ministry release (the first item), a wire copy in its own words, and later items that echo the wire's details
    private static readonly StoryFingerprint Release = StoryFingerprint.Of("Ministry of Economy sets definitive duties on Ukrainian sunflower oil",
        "Ankara, 3 March. The Ministry of Economy has imposed definitive anti-dumping duties of 18.4% on sunflower oil originating in Ukraine, following a complaint by domestic crushers. The duties apply for five years from publication in the Official Gazette.", "https://ticaret.example/release");

    private static readonly StoryFingerprint Wire = StoryFingerprint.Of("Türkiye slaps 18.4% duty on Ukrainian sunflower oil",
        "Türkiye imposed anti-dumping duties of 18.4% on sunflower oil from Ukraine on Tuesday, the economy ministry said, siding with domestic crushers who said cheap imports had cut their margins. Ukrainian exporters said they would appeal to the WTO and warned that shipments to Mersin and Istanbul would stop.", "https://wire.example/tr-ua-oil");

    private static async Task<(StoryMatcher Matcher, InMemoryStoryIndex Index)> ReleaseAndWire()
    {
        var index = new InMemoryStoryIndex();
        var matcher = new StoryMatcher(index);
        await matcher.AddAsync("s-oil", Release);
        Assert.Equal("s-oil", await matcher.FindAsync(Wire));
        await matcher.AddCopyAsync("s-oil", Wire);
        return (matcher, index);
    }

    [Theory]
    // a headline alone that echoes the wire's details, not the release's
    [InlineData("Ukrainian sunflower oil shipments to Mersin and Istanbul halt", "")]
    // a markets blog line built from the wire
    [InlineData("Live: Mersin crushers cheer as Ukrainian exporters plan WTO appeal",
        "Turkish crushers' shares rose in Istanbul after the duty on Ukrainian sunflower oil; Ukrainian exporters plan a WTO appeal and say shipments to Mersin will stop.")]
    public async Task A_third_copy_like_the_second_finds_the_story_through_it(string title, string text)
    {
        var third = StoryFingerprint.Of(title, text, null);
        Assert.True(StoryMatcher.Score(third, Release) < StoryMatcher.DefaultThreshold, "the third copy alone would not find the release");
        var (matcher, index) = await ReleaseAndWire();
        Assert.Equal(1, index.CopiesOf("s-oil"));
        Assert.Equal("s-oil", await matcher.FindAsync(third));
    }

    [Fact]
    public async Task A_near_verbatim_copy_is_not_kept()
    {
        var (matcher, index) = await ReleaseAndWire();
        var republished = Wire with { UrlKey = "u-republished" };
        Assert.Equal("s-oil", await matcher.FindAsync(republished));
        await matcher.AddCopyAsync("s-oil", republished);
        Assert.Equal(1, index.CopiesOf("s-oil"));
    }

    [Fact]
    public async Task A_copy_the_matcher_did_not_find_in_the_story_is_not_kept()
    {
        var index = new InMemoryStoryIndex();
        var matcher = new StoryMatcher(index);
        await matcher.AddAsync("s-oil", Release);
        // never looked up, or found in another story: nothing to say it belongs here
        await matcher.AddCopyAsync("s-oil", Wire);
        Assert.Equal(0, index.CopiesOf("s-oil"));
        Assert.Equal("s-oil", await matcher.FindAsync(Wire));
        await matcher.AddCopyAsync("s-other", Wire);
        Assert.Equal(0, index.CopiesOf("s-other"));
    }

    [Fact]
    public async Task A_story_keeps_at_most_MaxCopies_copies_and_each_once()
    {
        var index = new InMemoryStoryIndex();
        await index.AddAsync("s-oil", Release);
        for (var i = 0; i < InMemoryStoryIndex.MaxCopies + 3; i++)
        {
            var copy = StoryFingerprint.Of($"Sunflower oil duty, outlet {i}", $"Outlet {i} reports the Turkish duty on Ukrainian sunflower oil in words of its own, number {i}.", null);
            await index.AddCopyAsync("s-oil", copy);
            await index.AddCopyAsync("s-oil", copy); // added again (a retried write): kept once
        }
        Assert.Equal(InMemoryStoryIndex.MaxCopies, index.CopiesOf("s-oil"));
        Assert.Equal(1 + InMemoryStoryIndex.MaxCopies, index.Count);
        // a lookup may return the story once per fingerprint it is known by
        var candidates = await index.CandidatesAsync(StoryFingerprint.Of("Sunflower oil duty, outlet 2", "Outlet 2 reports the Turkish duty on Ukrainian sunflower oil in words of its own, number 2.", null));
        Assert.Contains(candidates, c => c.StoryId == "s-oil" && c.Copy);
        Assert.All(candidates, c => Assert.Equal("s-oil", c.StoryId));
    }

    [Fact]
    public async Task A_poll_finds_a_copy_it_kept_at_once_and_writes_it_with_its_stories()
    {
        var stored = new InMemoryStoryIndex();
        await stored.AddAsync("s-oil", Release);
        var poll = new PollStoryIndex(stored);
        var matcher = new StoryMatcher(poll);
        Assert.Equal("s-oil", await matcher.FindAsync(Wire));
        await matcher.AddCopyAsync("s-oil", Wire);
        Assert.Equal(1, poll.Pending);
        Assert.Equal(0, stored.CopiesOf("s-oil"));
        var third = StoryFingerprint.Of("Ukrainian sunflower oil shipments to Mersin and Istanbul halt", null, null);
        Assert.Equal("s-oil", await matcher.FindAsync(third));
        await poll.FlushAsync();
        Assert.Equal(1, stored.CopiesOf("s-oil"));
        Assert.Equal("s-oil", await new StoryMatcher(stored).FindAsync(third));
    }
}

/// <summary>
/// An item that matches two stories (a headline that matches a live blog split from its story better than the story's
/// wire and release) joins the one more of whose copies it matches, then the better match: the choice does not depend
/// on which of the two arrived first. A near-verbatim copy (the same headline or link, or text copied almost word for word)
/// names its story whatever else it matches: the demo's broadcaster republishing the canola story, whose lede recalls the
/// EV surtax it answers, joined the EV story (two copies) instead of the canola story (one).
/// </summary>
public sealed class StoryChoiceTests
{
    /// <summary>A signature whose first <paramref name="shared"/> hashes are the item's and the rest its own (salt).</summary>
    private static StoryFingerprint Sharing(int shared, uint salt) =>
        new([.. Enumerable.Range(0, StoryFingerprint.Hashes).Select(i => i < shared ? (uint)i : salt * 1_000 + (uint)i)], null, null);

    private static readonly StoryFingerprint Item = Sharing(StoryFingerprint.Hashes, 0);

    [Theory]
    // the story's wire and release both match (0.38, 0.31); the split blog matches better (0.63): the story
    [InlineData(true, "s-story")]
    // only the story's first item matches: the better match
    [InlineData(false, "s-blog")]
    public async Task The_story_its_copies_confirm_wins_over_a_better_single_match(bool copyMatches, string expected)
    {
        foreach (var blogFirst in new[] { false, true })
        {
            var index = new InMemoryStoryIndex();
            var matcher = new StoryMatcher(index);
            if (blogFirst) await index.AddAsync("s-blog", Sharing(80, 3));
            await index.AddAsync("s-story", Sharing(48, 1));
            await index.AddCopyAsync("s-story", Sharing(copyMatches ? 40 : 10, 2));
            if (!blogFirst) await index.AddAsync("s-blog", Sharing(80, 3));
            Assert.Equal(expected, await matcher.FindAsync(Item));
        }
    }

    private static readonly StoryFingerprint EvRelease = StoryFingerprint.Of("Canada to impose 100% surtax on Chinese-made electric vehicles",
        "The Government of Canada announced today that it will impose a 100% surtax on all Chinese-made electric vehicles, effective October 1, 2024. " +
        "A 25% surtax on imports of steel and aluminium products from China will take effect on October 15, 2024. The measures respond to unfair, non-market trade practices.",
        "https://newsroom.example/ev-surtax");

    private static readonly StoryFingerprint EvWire = StoryFingerprint.Of("China weighs response to Canadian EV surtax, industry groups say",
        "Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles, according to industry groups in Beijing. " +
        "Canadian exporters of pork and seafood said they were bracing for retaliation.", "https://wire.example/pork");

    private static readonly StoryFingerprint Canola = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed",
        "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, the commerce ministry in Beijing said on Saturday. " +
        "The measures are widely seen as retaliation for Canada's 100% tariff on Chinese electric vehicles. Western premiers have urged Ottawa to negotiate quickly; " +
        "China is by far the largest importer of Canada's canola seed.", "https://wire.example/canola");

    private static readonly StoryFingerprint CanolaRepublished = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed - Maple Broadcasting",
        "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, Beijing said on Saturday, " +
        "in what is seen as retaliation for Canada's 100% tariff on Chinese electric vehicles.", "https://broadcaster.example/canola");

    [Fact]
    public async Task A_republished_copy_joins_its_own_story_not_the_one_its_lede_recalls_with_more_copies()
    {
        foreach (var canolaFirst in new[] { true, false })
        {
            var matcher = new StoryMatcher(new InMemoryStoryIndex());
            if (canolaFirst) await matcher.AddAsync("s-canola", Canola);
            await matcher.AddAsync("s-ev", EvRelease);
            Assert.Equal("s-ev", await matcher.FindAsync(EvWire));
            await matcher.AddCopyAsync("s-ev", EvWire);
            if (!canolaFirst) await matcher.AddAsync("s-canola", Canola);
            Assert.True(StoryMatcher.Score(CanolaRepublished, Canola) >= StoryMatcher.NearVerbatim, "the republished copy is near-verbatim");
            Assert.Equal("s-canola", await matcher.FindAsync(CanolaRepublished));
        }
    }

    [Fact]
    public async Task The_release_and_the_wire_copy_form_one_story_whichever_is_polled_first()
    {
        // The demo's baseline polls the newsroom and the wire at once; either may add its story first.
        foreach (var releaseFirst in new[] { true, false })
        {
            var matcher = new StoryMatcher(new InMemoryStoryIndex());
            var (first, second) = releaseFirst ? (EvRelease, EvWire) : (EvWire, EvRelease);
            await matcher.AddAsync("s-first", first);
            Assert.Equal("s-first", await matcher.FindAsync(second));
        }
        Assert.Equal(StoryMatcher.Score(EvRelease, EvWire), StoryMatcher.Score(EvWire, EvRelease));
    }
}
