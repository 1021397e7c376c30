using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 22 (cluster29): one home's measure on one thing is named by that thing in every copy's headline, however else the
/// copies are worded, so a home's headline word is an index key ("w-…", StoryFingerprint.Keys). A headline alone from a
/// ministry's own press ("MoIT slaps anti-dumping duty on fibreboard imports") shares no text band, no headline word pair and
/// no lede fact with the wire's article, and was never compared with it. The key finds the candidate; the score still decides:
/// another rate on the same goods from the same home stays apart, and so does the same word in another country's press.
/// All sentences are written for this test.
/// </summary>
public class HomeHeadlineWordKeyTests
{
    private const string Wire = "Hanoi imposes anti-dumping duty of up to 24% on Thai, Malaysian fibreboard";

    private const string WireText =
        "Fibreboard from Thailand will face anti-dumping duties of up to 24.1% and from Malaysia up to 17.3% starting next week, " +
        "the trade ministry said. Furniture exporters warned that the duties on fibreboard would raise their costs, while domestic " +
        "board makers said imports had been sold below cost for two years.";

    private static string[] HomeWordKeys(StoryFingerprint f) => [.. f.Keys().Where(k => k.StartsWith("w-", StringComparison.Ordinal))];

    private static StoryFingerprint Article(string? country = "VN") => StoryFingerprint.Of(Wire, WireText, null, country);

    [Fact]
    public void A_headline_alone_and_the_article_of_one_home_share_the_key_of_the_goods_they_name()
    {
        var headline = StoryFingerprint.Of("MoIT slaps anti-dumping duty on fibreboard imports", null, null, "VN");
        Assert.NotEmpty(HomeWordKeys(Article()).Intersect(HomeWordKeys(headline)));
    }

    [Theory]
    // the same goods word in another country's press: another home, another key
    [InlineData("MoIT slaps anti-dumping duty on fibreboard imports", "TH")]
    // the same home's press on other goods
    [InlineData("MoIT slaps anti-dumping duty on plywood imports", "VN")]
    public void Another_home_or_other_goods_share_no_such_key(string title, string country) =>
        Assert.Empty(HomeWordKeys(Article()).Intersect(HomeWordKeys(StoryFingerprint.Of(title, null, null, country))));

    [Fact]
    public void An_item_without_a_home_writes_no_such_key() =>
        Assert.Empty(HomeWordKeys(StoryFingerprint.Of("Fibreboard makers meet in trade fair", "Board makers met at a trade fair to show new products.", null)));

    [Fact]
    public void Party_names_are_no_such_key()
    {
        // "Thai" and "Malaysian" are parties (the pair keys and the facts carry them): only goods and other topic words are keyed
        var keys = HomeWordKeys(Article());
        Assert.NotEmpty(keys);
        Assert.True(keys.Length <= Article().SalientTitleWords.Count(w => w[0] != '@'));
    }

    [Fact]
    public async Task The_headline_alone_is_a_candidate_of_the_article_among_many_stories()
    {
        var index = new InMemoryStoryIndex();
        for (var i = 0; i < 200; i++)
            await index.AddAsync($"s-{i:D3}", StoryFingerprint.Of($"Harbour traffic report number {i} for shippers",
                $"Port traffic bulletin {i}: vessels berthed, cranes idle, pilots on duty, weather fair, tugs available.", null, "VN"));
        await index.AddAsync("wire", Article());
        var headline = StoryFingerprint.Of("MoIT slaps anti-dumping duty on fibreboard imports", null, null, "VN");
        Assert.Contains(await index.CandidatesAsync(headline), c => c.StoryId == "wire");
    }

    [Fact]
    public async Task Another_rate_on_the_same_goods_from_the_same_home_is_found_and_stays_apart()
    {
        var matcher = new StoryMatcher(new InMemoryStoryIndex());
        await matcher.AddAsync("wire", Article());
        // a later decision: the headline's rate is none the article states
        var other = StoryFingerprint.Of("Vietnam sets 5% safeguard duty on fibreboard imports", null, null, "VN");
        Assert.Null(await matcher.FindAsync(other));
    }
}
