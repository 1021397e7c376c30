using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A decision's distinctive figures are index keys ("g-41.9"): an agency bulletin and a wire story that share no text
/// band, no headline words and no fact the extractor read find each other through the figure the wire's headline states,
/// among hundreds of stories written from one template. The score still decides: a ruling on another product with the
/// same figure is found, and stays apart.
/// </summary>
public class StoryFigureKeysTests
{
    private const string Bulletin = "Trade Remedies Update: preliminary determination in welded tube investigation";

    private const string BulletinText =
        "The Anti-Dumping Commission has made a preliminary affirmative determination of dumping in respect of certain welded line pipe exported from Vietnam and Thailand. " +
        "Securities will be required on imports of the goods at provisional rates ranging from 7.3% to 41.9%, depending on the exporter. " +
        "The Commission will publish its statement of essential facts within 110 days; interested parties may lodge submissions until then.";

    private static async Task<StoryMatcher> MatcherWithTemplates()
    {
        var index = new InMemoryStoryIndex();
        for (var i = 0; i < 300; i++)
            await index.AddAsync($"s-{i:D3}", StoryFingerprint.Of($"Harbour traffic report number {i} for shippers",
                $"Port traffic bulletin {i}: vessels berthed, cranes idle, pilots on duty, weather fair, tugs available.", null));
        return new StoryMatcher(index);
    }

    [Theory]
    // the wire names the bulletin's top rate in its headline and shares under a tenth of its words
    [InlineData("Canberra hits Vietnamese tube with provisional duties of up to 41.9%",
        "Exporters in Hanoi face levies as high as 41.9 per cent on welded tube shipped to Australia following a preliminary dumping ruling that they priced below home-market values. Wollongong mills brought the case last year.", true)]
    // another product at the same figure: found by the key, kept apart by the score (no word of the headline's topic shared)
    [InlineData("Canberra hits Vietnamese extrusions with provisional duties of up to 41.9%",
        "Exporters in Hanoi face levies as high as 41.9 per cent on aluminium extrusions shipped to Australia following a preliminary dumping ruling that they priced below home-market values. Window makers brought the case last year.", false)]
    public async Task A_bulletin_and_a_wire_find_each_other_through_the_figure_they_share(string title, string text, bool same)
    {
        foreach (var bulletinFirst in new[] { true, false })
        {
            var matcher = await MatcherWithTemplates();
            var (first, second) = bulletinFirst
                ? (StoryFingerprint.Of(Bulletin, BulletinText, null), StoryFingerprint.Of(title, text, null))
                : (StoryFingerprint.Of(title, text, null), StoryFingerprint.Of(Bulletin, BulletinText, null));
            Assert.Equal([], first.Keys().Where(k => !k.StartsWith("g-", StringComparison.Ordinal)).Intersect(second.Keys()).Select(k => k[..2]));
            await matcher.AddAsync("first", first);
            Assert.True((same ? "first" : null) == await matcher.FindAsync(second), $"score {StoryMatcher.Score(second, first):F2}, text {second.Similarity(first):F2}");
        }
    }

    [Fact]
    public void Round_rates_and_years_are_no_figure_keys() =>
        Assert.Equal(["g-12.5", "g-4350"], StoryFingerprint.Of("Peru sets 12.5% duty on Bolivian sugar from 2027",
            "A quota of 4,350 tonnes enters at 25% in 2027.", null).Keys().Where(k => k.StartsWith("g-", StringComparison.Ordinal)));
}
