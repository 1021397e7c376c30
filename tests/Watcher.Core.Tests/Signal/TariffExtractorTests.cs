using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

public class TariffExtractorTests
{
    private static string Key(TariffMeasure m) => $"{m.Imposer}>{m.Target} {m.Rate}% {string.Join('+', m.Products)} {m.Action}";

    [Theory]
    [InlineData("The measures are widely seen as retaliation for Canada's 100% tariff on Chinese electric vehicles.", "CA>CN 100% electric vehicles imposed")]
    [InlineData("Chinese officials are weighing a response to Canada's 100% tariff on electric vehicles.", "CA>CN 100% electric vehicles imposed")] // the response is weighed; the tariff it answers is in force
    [InlineData("Switzerland was hit with a 39% US tariff on its exports.", "US>CH 39% goods imposed")]
    [InlineData("The United States cut its tariff on Japanese automobiles to 15% from 27.5% under a deal.", "US>JP 15% automobiles lowered")]
    [InlineData("The Government of Canada is implementing a 100 per cent surtax on all Chinese-made electric vehicles, effective October 1, 2024.", "CA>CN 100% electric vehicles imposed")]
    [InlineData("Trump threatened a 100% tariff on movies made abroad.", "US>* 100% movies made abroad threatened")]
    [InlineData("China will impose a 100% levy on imports of Canadian canola seed, up from 76%, the ministry said.", "CN>CA 100% canola seed raised")]
    [InlineData("Ottawa lifted its 25 per cent counter-tariffs on U.S. goods on September 1, 2025.", "CA>US 25% goods removed")]
    // safeguards and MFN rates apply to every origin, whatever country the surge came from
    [InlineData("Turkey imposed a provisional safeguard duty of 18% on imports of hot-rolled coil, mostly from Russia.", "TR>* 18% hot-rolled coil imposed")]
    [InlineData("Kenya cut the most-favoured-nation tariff on wheat to 10% from 35%.", "KE>* 10% wheat lowered")]
    [InlineData("Morocco set a 22% duty on cement from all origins.", "MA>* 22% cement imposed")]
    // the rate written after "tariff rate on", in words
    [InlineData("Sri Lanka reduced the tariff rate on imported sugar from thirty per cent to fifteen per cent.", "LK>* 15% sugar lowered")]
    // the product as the subject
    [InlineData("Cement imported from Vietnam will face a 12% anti-dumping duty in Ghana, the ministry said.", "GH>VN 12% Cement imposed")]
    // a part of a total is not a measure
    [InlineData("Washington doubled its tariff on Uruguayan beef to 40%, adding a 20% penalty on top of the existing 20% duty.", "US>UY 40% beef raised")]
    // no product after the rate: the one the target's adjective names before it (a verb after the adjective is not one)
    [InlineData("Talks resumed on minimum prices for Korean-made steel pipes that could replace Canada's duties of up to 40%.", "CA>KR 40% steel pipes imposed")]
    [InlineData("Mexican growers hit by 17% US duty", "US>MX 17% goods imposed")]
    [InlineData("Swiss watchmakers shocked by 39% US tariff", "US>CH 39% goods imposed")]
    [InlineData("Swiss shocked by 39% US tariff", "US>CH 39% goods imposed")]
    public void One_sentence_one_measure(string sentence, string expected) =>
        Assert.Equal(expected, Key(Assert.Single(TariffExtractor.Extract(sentence))));

    [Theory]
    // several targets joined by "and"; a product named before the rate, by the imposer, replaces a generic one
    [InlineData("Chile imposed duties of 9% on steel balls from Croatia and Serbia.", "CL>HR 9% steel balls imposed|CL>RS 9% steel balls imposed")]
    [InlineData("Canada's border agency extended duties on certain rebar from Portugal. Portuguese exporters pay duties of up to 31% on some products.", "CA>PT 31% rebar imposed")]
    // a headline's measure with a shorter product word is the body's measure with the same parties and rate; a first
    // sentence too long for a headline, or two body measures at that rate, keep it apart
    [InlineData("Peru sets 20% duty on Chinese footwear\nShoes imported from China will face a 20% tariff from May, the trade ministry in Lima said.",
        "PE>CN 20% Shoes+footwear imposed")]
    [InlineData("Peru sets 20% duty on Chinese footwear\nPeru will charge a 20% tariff on Chinese sandals and a 20% tariff on Chinese boots, the ministry said.",
        "PE>CN 20% footwear imposed|PE>CN 20% sandals imposed|PE>CN 20% boots imposed")]
    [InlineData("Peru will apply a 20% duty on Chinese footwear from May after a surge in imports hurt local makers, the trade ministry in Lima said on Monday. Shoes imported from China will face a 20% tariff.",
        "PE>CN 20% footwear imposed|PE>CN 20% Shoes imposed")]
    public void Measures_over_sentences_and_targets(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', TariffExtractor.Extract(text).Select(Key)));

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
