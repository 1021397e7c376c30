using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>Lookups among thousands of template-written stories: the index returns the ones that can score, not all of them.</summary>
public sealed class StoryIndexCandidatesTests
{
    private static readonly string[] Vocabulary =
        ["ministry", "exporters", "shipments", "quota", "customs", "retaliation", "negotiators", "surcharge", "farmers", "importers",
         "ports", "freight", "harvest", "smelters", "lumber", "dairy", "vessels", "inspectors", "licences", "subsidies",
         "wholesalers", "refiners", "growers", "mills", "canneries", "brokers", "carriers", "auditors", "tribunal", "ledger"];

    /// <summary>A wire-template story: the same lede measure, then words of its own.</summary>
    private static (string Title, string Body) Template(int serial)
    {
        var random = new Random(serial);
        var own = string.Join(' ', Enumerable.Range(0, 40).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
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
}
