using Watcher.Core.Stories;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// <see cref="InMemoryStoryIndex.Remove"/>: a story (or one of its copies) taken out leaves every bucket it is in, a bucket
/// left empty leaves the map, its story counts one copy less, and a lookup answers as a fresh index holding the stories
/// that are left.
/// </summary>
public class StoryIndexRemoveTests
{
    private static readonly string[] Products = ["steel pipes", "canola oil", "soybeans", "solar panels", "wine", "beef", "rice", "coffee"];
    private static readonly string[] Countries = ["Canada", "China", "Japan", "India", "Brazil", "Mexico"];

    /// <summary>Template copy (the peer bench's farm): items that share most of their keys, some with one headline.</summary>
    private static StoryFingerprint Item(int n)
    {
        var (country, origin, product) = (Countries[n % Countries.Length], Countries[(n / 2 + 1) % Countries.Length], Products[n % Products.Length]);
        return StoryFingerprint.Of($"{country} imposes {10 + n % 4 * 5}% tariff on {origin} {product}",
            $"{country} said on Monday it will apply a tariff on imports of {product} from {origin}, effective March {1 + n % 5}. Exporters warned of lost contracts.",
            $"https://news{n % 7}.example/story/{n % 11}");
    }

    private static int DistinctKeys(params StoryFingerprint[] fingerprints) =>
        fingerprints.SelectMany(f => f.Keys()).Distinct(StringComparer.Ordinal).Count();

    /// <summary>What a lookup returns, in order: each candidate's story, copy tag and fingerprint (which instance of <paramref name="items"/>).</summary>
    private static async Task<List<(string, string?, int)>> Answer(IStoryIndex index, StoryFingerprint fingerprint, StoryFingerprint[]? items = null) =>
        [.. (await index.CandidatesAsync(fingerprint)).Select(c => (c.StoryId, c.Copy ? c.Fingerprint.CopyTag : null,
            items is null ? -1 : Array.FindIndex(items, f => ReferenceEquals(f, c.Fingerprint))))];

    [Fact]
    public async Task A_removed_story_leaves_its_buckets_and_the_map_is_empty_when_no_story_is_left()
    {
        var index = new InMemoryStoryIndex();
        var (a, b, c) = (Item(0), Item(6), Item(3));
        await index.AddAsync("a", a);
        await index.AddAsync("b", b);
        await index.AddCopyAsync("b", c);
        Assert.Equal(DistinctKeys(a, b, c), index.KeyCount);
        Assert.Equal(3, index.Count);

        Assert.True(index.Remove("a"));
        Assert.False(index.Remove("a"));
        Assert.Equal(DistinctKeys(b, c), index.KeyCount);
        Assert.DoesNotContain(await Answer(index, a), x => x.Item1 == "a");
        Assert.Contains(await Answer(index, b), x => x.Item1 == "b");

        // a copy goes by its tag, and the story counts one copy less
        Assert.Equal(1, index.CopiesOf("b"));
        Assert.False(index.Remove("b", "no-such-tag"));
        Assert.True(index.Remove("b", c.CopyTag));
        Assert.Equal(0, index.CopiesOf("b"));
        Assert.Equal(DistinctKeys(b), index.KeyCount);

        Assert.True(index.Remove("b"));
        Assert.Equal(0, index.KeyCount);
        Assert.Equal(0, index.Count);
        Assert.Empty(await index.CandidatesAsync(b));
        Assert.Empty(await index.CandidatesAsync(c));
    }

    [Fact]
    public async Task A_story_added_again_leaves_every_key_it_was_added_under()
    {
        var index = new InMemoryStoryIndex();
        var (first, newer) = (Item(1), Item(2));
        await index.AddAsync("s", first);
        await index.AddAsync("s", newer);
        Assert.Equal(DistinctKeys(first, newer), index.KeyCount);
        Assert.Equal(1, index.Count);
        Assert.True(index.Remove("s"));
        Assert.Equal(0, index.KeyCount);
        Assert.Empty(await index.CandidatesAsync(first));
        Assert.Empty(await index.CandidatesAsync(newer));
    }

    [Fact]
    public async Task A_story_whose_copies_leave_has_room_for_new_ones_and_a_story_removed_can_come_back()
    {
        var index = new InMemoryStoryIndex();
        await index.AddAsync("s", Item(0));
        var copies = Enumerable.Range(1, InMemoryStoryIndex.MaxCopies + 1).Select(Item).ToArray();
        foreach (var copy in copies) await index.AddCopyAsync("s", copy);
        Assert.Equal(InMemoryStoryIndex.MaxCopies, index.CopiesOf("s"));
        Assert.DoesNotContain(await Answer(index, copies[^1]), x => x.Item2 == copies[^1].CopyTag); // the fifth copy was not kept

        Assert.True(index.Remove("s", copies[0].CopyTag));
        await index.AddCopyAsync("s", copies[^1]);
        Assert.Equal(InMemoryStoryIndex.MaxCopies, index.CopiesOf("s"));
        Assert.Contains(await Answer(index, copies[^1]), x => x.Item2 == copies[^1].CopyTag);

        Assert.True(index.Remove("s"));
        await index.AddAsync("s", Item(0));
        Assert.Equal(1 + InMemoryStoryIndex.MaxCopies, index.Count);
        Assert.Contains(await Answer(index, Item(0)), x => x.Item1 == "s" && x.Item2 is null);
    }

    [Theory]
    [InlineData(11, 120, 40, 500, 3)] // few ids: stories added again with other fingerprints, lookups of a handful of candidates
    [InlineData(12, 60, 2000, 700, 8)] // a template farm: lookups that find more than MaxCandidates stories and rank them
    public async Task Removals_answer_as_a_fresh_index_holding_the_stories_left(int seed, int distinctItems, int ids, int steps, int removeOdds)
    {
        var items = Enumerable.Range(0, distinctItems).Select(Item).ToArray();
        var index = new InMemoryStoryIndex();
        // the adds each held entry has had since it was last removed, in order: a fresh index replaying them holds what this one does
        var adds = new List<(string Story, string? Tag, StoryFingerprint Fingerprint)>();
        var random = new Random(seed);
        var ranked = false;
        for (var step = 0; step < steps; step++)
        {
            var n = random.Next(items.Length);
            if (random.Next(removeOdds) == 0 && adds.Count > 0)
            {
                var (story, tag, _) = adds[random.Next(adds.Count)];
                Assert.True(index.Remove(story, tag));
                adds.RemoveAll(a => a.Story == story && a.Tag == tag);
            }
            else
            {
                var id = "s" + random.Next(ids).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                var before = index.Count;
                if (random.Next(4) == 0 && adds.Any(a => a.Story == id && a.Tag is null))
                {
                    // a copy the index keeps (up to MaxCopies a story, each tag once) is an add a fresh index replays
                    await index.AddCopyAsync(id, items[n]);
                    if (index.Count > before) adds.Add((id, items[n].CopyTag, items[n]));
                }
                else
                {
                    // added again with another fingerprint, a story is found by its old keys too
                    await index.AddAsync(id, items[n]);
                    adds.Add((id, null, items[n]));
                }
            }
            var fresh = new InMemoryStoryIndex();
            foreach (var (story, tag, fingerprint) in adds)
            {
                if (tag is null) await fresh.AddAsync(story, fingerprint);
                else await fresh.AddCopyAsync(story, fingerprint);
            }
            Assert.Equal(fresh.Count, index.Count);
            Assert.Equal(fresh.KeyCount, index.KeyCount);
            for (var probe = 0; probe < 3; probe++)
            {
                var item = items[random.Next(items.Length)];
                var want = await Answer(fresh, item, items);
                Assert.Equal(want, await Answer(index, item, items));
                ranked |= want.Count == InMemoryStoryIndex.MaxCandidates;
            }
        }
        foreach (var (story, tag, _) in adds.Select(a => (a.Story, a.Tag, a.Fingerprint)).ToList()) index.Remove(story, tag);
        Assert.Equal(0, index.Count);
        Assert.Equal(0, index.KeyCount);
        foreach (var item in items) Assert.Empty(await index.CandidatesAsync(item));
        if (ids > InMemoryStoryIndex.MaxCandidates) Assert.True(ranked, "no lookup ranked more than MaxCandidates stories");
    }
}
