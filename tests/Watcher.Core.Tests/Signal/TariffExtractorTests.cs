using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

public class TariffExtractorTests
{
    private static string Key(TariffMeasure m) => $"{m.Imposer}>{m.Target} {m.Rate}% {string.Join('+', m.Products)} {m.Action}";

    [Theory]
    [InlineData("The measures are widely seen as retaliation for Canada's 100% tariff on Chinese electric vehicles.", "CA>CN 100% electric vehicles imposed")]
    [InlineData("Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles.", "CA>CN 100% electric vehicles proposed")]
    [InlineData("Switzerland was hit with a 39% US tariff on its exports.", "US>CH 39% goods imposed")]
    [InlineData("The United States cut its tariff on Japanese automobiles to 15% from 27.5% under a deal.", "US>JP 15% automobiles lowered")]
    [InlineData("The Government of Canada is implementing a 100 per cent surtax on all Chinese-made electric vehicles, effective October 1, 2024.", "CA>CN 100% electric vehicles imposed")]
    [InlineData("Trump threatened a 100% tariff on movies made abroad.", "US>* 100% movies made abroad threatened")]
    [InlineData("China will impose a 100% levy on imports of Canadian canola seed, up from 76%, the ministry said.", "CN>CA 100% canola seed raised")]
    [InlineData("Ottawa lifted its 25 per cent counter-tariffs on U.S. goods on September 1, 2025.", "CA>US 25% goods removed")]
    public void One_sentence_one_measure(string sentence, string expected) =>
        Assert.Equal(expected, Key(Assert.Single(TariffExtractor.Extract(sentence))));

    [Theory]
    [InlineData("Vodafone will raise mobile tariffs by 8% in April.")]
    [InlineData("Canola exports fell 12% in March as tariffs bit.")]
    [InlineData("The US will keep its tariff on British steel rather than doubling it to 50%.")]
    [InlineData("Kinew called on Ottawa to drop tariffs on Chinese EVs.")]
    public void No_measure_without_a_trade_rate(string sentence) => Assert.Empty(TariffExtractor.Extract(sentence));

    [Theory]
    [InlineData("76%", 76.0)]
    [InlineData("76 per cent", 76.0)]
    [InlineData("76 percent", 76.0)]
    [InlineData("seventy-six per cent", 76.0)]
    [InlineData("a 100% levy", 100.0)]
    [InlineData("37.5 %", 37.5)]
    public void Rates(string text, double value) => Assert.Equal(value, Assert.Single(RateParser.Find(text)).Value);

    [Theory]
    [InlineData("in October 2024", "2024-10")]
    [InlineData("effective October 1, 2024", "2024-10-01")]
    [InlineData("from 1 March 2025", "2025-03-01")]
    [InlineData("on 2025-08-07", "2025-08-07")]
    [InlineData("on Friday", null)]
    [InlineData("in March", null)]
    public void Dates(string text, string? expected) => Assert.Equal(expected, DateParser.Find(text));
}
