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

    // Session 28 (cluster38): a specific duty, stated by its amount; more languages' duty and percent words.
    private const string Ruling = "Trade ministry sets anti-dumping duties on Chinese garden hoses";
    private const string RulingText = "The Ministry of Trade imposed definitive anti-dumping duties of between US$1.12 and US$2.64 per kilogram on garden hoses from China for five years, after finding that dumped imports hurt two local makers.";

    [Theory]
    [InlineData("Mangueras de jardín chinas pagarán derechos de hasta US$2.64 por kilo")]
    [InlineData("Cuotas compensatorias de hasta 2.64 dólares por kilo a mangueras chinas")]
    [InlineData("Mangueiras chinesas pagarão direitos de até US$ 2.64 por quilo")]
    public void A_foreign_headline_alone_joins_its_homes_ruling_at_its_specific_duty(string foreign)
    {
        var (ruling, copy) = (Of(Ruling, RulingText, "UY"), Of(foreign, "", "UY"));
        Assert.True(StoryMatcher.Score(copy, ruling) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, ruling):F2}");
        Assert.True(StoryMatcher.Score(ruling, copy) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public async Task The_index_finds_the_ruling_by_its_figure()
    {
        var matcher = new StoryMatcher(new InMemoryStoryIndex());
        await matcher.AddAsync("hoses", Of(Ruling, RulingText, "UY"));
        Assert.Equal("hoses", await matcher.FindAsync(Of("Mangueras de jardín chinas pagarán derechos de hasta US$2.64 por kilo", "", "UY")));
    }

    [Theory]
    // another amount (the same goods at another rate), another country's outlet, another country named, a headline with its text,
    // no duty word, a round amount only
    [InlineData("Mangueras de jardín chinas pagarán derechos de hasta US$2.46 por kilo", "", "UY")]
    [InlineData("Mangueras de jardín chinas pagarán derechos de hasta US$2.64 por kilo", "", "AR")]
    [InlineData("Vietnam fija derechos de hasta US$2.64 por kilo a mangueras", "", "UY")]
    [InlineData("Mangueras de jardín chinas pagarán derechos de hasta US$2.64 por kilo", "Las mangueras de jardín chinas pagarán derechos de hasta US$2.64 por kilo desde el lunes.", "UY")]
    [InlineData("Mangueras de jardín chinas suben a US$2.64 por kilo", "", "UY")]
    [InlineData("Mangueras de jardín chinas pagarán derechos de US$2 por kilo", "", "UY")]
    public void Otherwise_a_specific_duty_stays_apart(string foreign, string text, string country)
    {
        var (ruling, copy) = (Of(Ruling, RulingText, "UY"), Of(foreign, text, country));
        Assert.True(StoryMatcher.Score(copy, ruling) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, ruling):F2}");
        Assert.True(StoryMatcher.Score(ruling, copy) < StoryMatcher.DefaultThreshold);
    }

    [Theory]
    [InlineData("Invoerrechten op keramische wastafels naar 35 procent")]
    [InlineData("Carina na keramičke umivaonike raste na 35 odsto")]
    [InlineData("Pias de cerâmica pagarão 35% de direito de importação")]
    [InlineData("Lavabos de cerámica importados pagarán un arancel de 35 por ciento")]
    // Session 29 (cluster39): Icelandic "tollar" (duties), "tollur" (a duty)
    [InlineData("Tollar á keramikvaska hækka í 35%")]
    [InlineData("Tollur á keramikvaska verður 35%")]
    public void Duty_and_percent_words_of_more_languages_are_read(string foreign)
    {
        var (release, copy) = (Of(Release, ReleaseText, "UY"), Of(foreign, "", "UY"));
        Assert.True(StoryMatcher.Score(copy, release) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, release):F2}");
    }

    [Theory]
    // another rate in words, a percent word without a duty word
    [InlineData("Invoerrechten op keramische wastafels naar 30 procent")]
    [InlineData("Verkoop van keramische wastafels stijgt 35 procent")]
    [InlineData("Tollar á keramikvaska hækka í 30%")]
    [InlineData("Sala á keramikvaska eykst um 35%")]
    public void Otherwise_the_words_of_more_languages_stay_apart(string foreign)
    {
        var (release, copy) = (Of(Release, ReleaseText, "UY"), Of(foreign, "", "UY"));
        Assert.True(StoryMatcher.Score(copy, release) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(copy, release):F2}");
    }

    [Theory]
    [InlineData("a duty of 40 procent", "40")]
    [InlineData("raste na 20 odsto", "20")]
    [InlineData("un arancel de 15 por ciento", "15")]
    [InlineData("droit porté à 12 pour cent", "12")]
    [InlineData("a duty of 25 per cent", "25")]
    public void Percent_words_are_rates(string title, string rate) => Assert.Equal(new[] { rate }, StoryFingerprint.RatesOf(title, null));
}
