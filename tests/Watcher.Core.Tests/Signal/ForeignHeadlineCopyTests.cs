using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 27 (cluster37): a headline alone in the outlet's own language, naming its government's duty and a rate, is a copy of
/// that government's decision stated at that rate in English (StoryForeignCopy.cs): they share no word, only the outlet's country
/// and the rate. Another country's outlet, another rate, another country named, or no duty word keep them apart. Headlines and
/// texts are the tests' own.
/// </summary>
public class ForeignHeadlineCopyTests
{
    private const string Release = "Government raises the import tariff on ceramic sinks to 35%";
    private const string ReleaseText = "The Ministry of Industry raised the tariff on imported ceramic sinks and washbasins to 35% from 20%, to support local potteries, the official gazette said on Tuesday.";

    private static StoryFingerprint Of(string title, string text, string country) => StoryFingerprint.Of(title, text, null, country);

    [Theory]
    [InlineData("Lavabos de cerámica importados pagarán 35% de arancel")]
    [InlineData("Governo eleva para 35% o imposto de importação de pias de cerâmica")]
    [InlineData("Éviers en céramique : droit de douane porté à 35%")]
    public void A_foreign_headline_alone_joins_its_homes_decision_at_its_rate(string foreign)
    {
        var (release, copy) = (Of(Release, ReleaseText, "UY"), Of(foreign, "", "UY"));
        Assert.True(StoryMatcher.Score(copy, release) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, release):F2}");
        Assert.True(StoryMatcher.Score(release, copy) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public async Task The_index_finds_the_decision_by_its_home_and_rate()
    {
        var matcher = new StoryMatcher(new InMemoryStoryIndex());
        await matcher.AddAsync("sinks", Of(Release, ReleaseText, "UY"));
        Assert.Equal("sinks", await matcher.FindAsync(Of("Lavabos de cerámica importados pagarán 35% de arancel", "", "UY")));
    }

    [Theory]
    // another country's outlet, another rate, another country named, a headline with its text, no duty word
    [InlineData("Lavabos de cerámica importados pagarán 35% de arancel", "", "AR")]
    [InlineData("Lavabos de cerámica importados pagarán 30% de arancel", "", "UY")]
    [InlineData("China cobrará 35% de arancel a los lavabos de cerámica", "", "UY")]
    [InlineData("Lavabos de cerámica pagarán 35% de arancel", "Los lavabos de cerámica pagarán un arancel del 35% desde el lunes.", "UY")]
    [InlineData("Lavabos de cerámica: ventas caen 35% en junio", "", "UY")]
    public void Otherwise_they_stay_apart(string foreign, string text, string country)
    {
        var (release, copy) = (Of(Release, ReleaseText, "UY"), Of(foreign, text, country));
        Assert.True(StoryMatcher.Score(copy, release) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, release):F2}");
        Assert.True(StoryMatcher.Score(release, copy) < StoryMatcher.DefaultThreshold);
    }
}
