using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>Lookups among thousands of template-written stories: the index returns the ones that can score, not all of them.</summary>
public sealed class StoryIndexCandidatesTests
{
    /// <summary>A wire-template story: the same lede measure, then (made-up) words of its own.</summary>
    private static (string Title, string Body) Template(int serial)
    {
        var random = new Random(serial);
        var own = string.Join(' ', Enumerable.Range(0, 40).Select(_ => new string(Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26))).ToArray())));
        return ($"China imposes 25% tariff on Canadian steel, report {serial}",
            $"China said on Monday it will apply a 25% tariff on imports of Canadian steel. {own}.");
    }

    [Fact]
    public async Task Among_hundreds_sharing_a_template_a_copy_finds_its_own_story()
    {
        var index = new InMemoryStoryIndex();
        for (var i = 0; i < 600; i++)
        {
            var (title, body) = Template(i);
            await index.AddAsync($"s-{i:D3}", StoryFingerprint.Of(title, body, $"https://wire.example/{i}"));
        }
        var (copyTitle, copyBody) = Template(437);
        var copy = StoryFingerprint.Of(copyTitle, copyBody, "https://other.example/copy?utm_source=feed");

        var candidates = await index.CandidatesAsync(copy);
        Assert.True(candidates.Count <= InMemoryStoryIndex.MaxCandidates, $"{candidates.Count} candidates");
        Assert.Contains(candidates, c => c.StoryId == "s-437");
        Assert.Equal("s-437", await new StoryMatcher(index).FindAsync(copy));
    }

    [Fact]
    public async Task An_exact_headline_match_is_returned_however_many_stories_share_more_keys()
    {
        var index = new InMemoryStoryIndex();
        var (_, common) = Template(1);
        for (var i = 0; i < 400; i++)
            await index.AddAsync($"s-{i:D3}", StoryFingerprint.Of($"Steel levy update number {i} for traders", common, null));
        await index.AddAsync("s-headline", StoryFingerprint.Of("Beijing answers Ottawa with steel duty", "A short note.", null));

        var item = StoryFingerprint.Of("Beijing answers Ottawa with steel duty", common, null);
        var candidates = await index.CandidatesAsync(item);
        Assert.Contains(candidates, c => c.StoryId == "s-headline");
        Assert.True(candidates.Count <= InMemoryStoryIndex.MaxCandidates + 1);
    }

    [Theory]
    // a headline alone in other words than the article's headline: they share parties and a product, no text or
    // headline band
    [InlineData("Cherry exporters in Chile cheer Seoul decision", true)]
    // a story with the same parties on another product shares only the parties' pair: found only among few stories
    [InlineData("Korea waives duty on Chilean copper", false)]
    public async Task A_headline_alone_finds_its_article_through_the_words_both_headlines_name(string headline, bool found)
    {
        var index = new InMemoryStoryIndex();
        for (var i = 0; i < 300; i++)
        {
            var (title, body) = Template(i);
            await index.AddAsync($"s-{i:D3}", StoryFingerprint.Of(title, body, null));
        }
        for (var i = 0; i < 300; i++)
            await index.AddAsync($"kr-cl-{i:D3}", StoryFingerprint.Of($"Korea and Chile sign accord number {i} on ports",
                $"Korea and Chile signed accord {i} on port logistics on Tuesday, officials said.", null));
        await index.AddAsync("cherries", StoryFingerprint.Of("Seoul exempts Chilean cherries from 24% seasonal tariff",
            "South Korea will let cherries from Chile enter without its 24 percent seasonal tariff from December, the agriculture ministry in Seoul said on Friday, as domestic growers protested that imports would flood supermarkets during the holiday season. Chile shipped a record volume of the fruit to Korea last year.", null));

        var candidates = await index.CandidatesAsync(StoryFingerprint.Of(headline, null, null));
        Assert.Equal(found, candidates.Any(c => c.StoryId == "cherries"));
    }

    [Fact]
    public async Task A_lookup_with_few_candidates_returns_them_all()
    {
        var index = new InMemoryStoryIndex();
        for (var i = 0; i < 20; i++)
        {
            var (title, body) = Template(i);
            await index.AddAsync($"s-{i:D3}", StoryFingerprint.Of(title, body, null));
        }
        var (t, b) = Template(3);
        Assert.Equal(20, (await index.CandidatesAsync(StoryFingerprint.Of(t, b, null))).Count);
    }

    [Fact]
    public async Task A_key_shared_by_thousands_only_ranks_the_stories_rarer_keys_found()
    {
        var index = new InMemoryStoryIndex();
        // 1,500 stories share the lede measure (one fact key); each is otherwise its own text.
        for (var i = 0; i < 1_500; i++)
        {
            var (title, body) = Template(i);
            await index.AddAsync($"s-{i:D4}", StoryFingerprint.Of(title, body, null));
        }
        var (t, b) = Template(1_234);
        var copy = StoryFingerprint.Of(t, b, null);

        var candidates = await index.CandidatesAsync(copy);
        Assert.True(candidates.Count <= InMemoryStoryIndex.MaxCandidates);
        Assert.Equal("s-1234", await new StoryMatcher(index).FindAsync(copy));
        // Nothing rarer than the shared measure matches a new text: its bucket alone gives the candidates.
        var (_, otherBody) = Template(99_999);
        Assert.NotEmpty(await index.CandidatesAsync(StoryFingerprint.Of("China imposes 25% tariff on Canadian steel", otherBody, null)));
    }

    [Fact]
    public async Task When_every_key_is_shared_by_thousands_the_most_similar_stories_are_the_candidates()
    {
        // 2,000 stories written from one template, each with a few words of its own: every band key of a new item is
        // shared by hundreds or thousands. A copy under another headline and URL has no exact key; it shares more words
        // with its own story than with any sibling, and that is what ranks it in.
        var common = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}"));
        static string Own(int serial) => string.Join(' ', Enumerable.Range(0, 4).Select(k => $"own{serial}x{k}"));
        var index = new InMemoryStoryIndex();
        for (var i = 0; i < 2_000; i++)
            await index.AddAsync($"s-{i:D4}", StoryFingerprint.Of($"Template bulletin {i}", $"{common} {Own(i)}.", $"https://wire.example/{i}"));
        var copy = StoryFingerprint.Of("A rewritten headline about the bulletin", $"{common} {Own(1_234)}.", "https://other.example/copy");

        var candidates = await index.CandidatesAsync(copy);

        Assert.True(candidates.Count <= InMemoryStoryIndex.MaxCandidates, $"{candidates.Count} candidates");
        Assert.Equal("s-1234", candidates[0].StoryId);
        Assert.Equal("s-1234", await new StoryMatcher(index).FindAsync(copy));
    }

    [Fact]
    public async Task A_story_added_again_is_one_candidate_found_by_its_old_and_new_keys_with_its_newest_fingerprint()
    {
        var index = new InMemoryStoryIndex();
        for (var i = 0; i < 50; i++)
        {
            var (title, body) = Template(i);
            await index.AddAsync($"s-{i:D3}", StoryFingerprint.Of(title, body, $"https://wire.example/{i}"));
        }
        // s-007 again, now under another URL (a key whose bucket holds later stories: its ordinal goes in between).
        var (t7, b7) = Template(7);
        await index.AddAsync("s-049-twin", StoryFingerprint.Of("Unrelated headline about rice", "Rice.", "https://moved.example/7"));
        var moved = StoryFingerprint.Of(t7, b7, "https://moved.example/7");
        await index.AddAsync("s-007", moved);

        Assert.Equal(51, index.Count);
        var byOldUrl = await index.CandidatesAsync(StoryFingerprint.Of("Nothing alike here at all", "Nothing.", "https://wire.example/7"));
        var byNewUrl = await index.CandidatesAsync(StoryFingerprint.Of("Nothing alike here at all", "Nothing.", "https://moved.example/7"));
        Assert.Same(moved, Assert.Single(byOldUrl, c => c.StoryId == "s-007").Fingerprint);
        Assert.Equal(["s-007", "s-049-twin"], byNewUrl.Select(c => c.StoryId).Order(StringComparer.Ordinal));
        Assert.Single(await index.CandidatesAsync(moved), c => c.StoryId == "s-007");
    }

    [Fact]
    public async Task Lookups_while_stories_are_added_see_only_whole_stories_and_every_story_then_finds_itself()
    {
        var index = new InMemoryStoryIndex();
        var items = Enumerable.Range(0, 1_500).Select(i => Template(i)).Select((t, i) => (Id: $"s-{i:D4}", Fingerprint: StoryFingerprint.Of(t.Title, t.Body, $"https://wire.example/{i}"))).ToList();
        var looked = 0;
        var adding = Task.Run(async () =>
        {
            foreach (var (id, fingerprint) in items) await index.AddAsync(id, fingerprint);
        });
        var lookups = Enumerable.Range(0, 3).Select(k => Task.Run(async () =>
        {
            for (var n = 0; !adding.IsCompleted || n < 50; n++)
            {
                var candidates = await index.CandidatesAsync(items[(n * 37 + k) % items.Count].Fingerprint);
                Assert.All(candidates, c => Assert.NotNull(c.Fingerprint));
                Assert.Equal(candidates.Count, candidates.Select(c => c.StoryId).Distinct().Count());
                Interlocked.Increment(ref looked);
            }
        })).ToList();
        await Task.WhenAll([adding, .. lookups]);

        Assert.True(looked > 0);
        var matcher = new StoryMatcher(index);
        foreach (var (id, fingerprint) in items.Where((_, i) => i % 25 == 0)) Assert.Equal(id, await matcher.FindAsync(fingerprint));
    }
}
