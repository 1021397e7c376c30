using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 19 (extract32): who a rate is for when English gives it a clause of its own. A later clause of a tariff sentence that
/// opens with its own goods or origin and the rate it gets or moves to ("…, while canned tuna drops to 8 percent", "…, while Pakistan
/// got 12.4 percent") states a measure; a rate "for most other countries" is every origin's; goods "from countries with which X does
/// not have a trade agreement, mainly China" are on every such origin; an origin named as the cause ("as imports from India
/// squeezed local makers") is no target; a continuation that "will attract" or "received a rate of" a rate is charged it. The
/// sentences are the tests' own; negatives are figures that drop, a second rate of a named country, and a cause that is the target.
/// </summary>
public class ClauseOwnRateTests
{
    private static string Read(string text, string? country = null) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("The ministry raised the import tariff on ceramic tiles to 30%; porcelain sinks go from 10% to 25%.", "KE", "KE>* 25% porcelain sinks")]
    [InlineData("The US set anti-dumping duties of 35.2% on steel nails from Oman, while Pakistan got 12.4 percent.", null, "US>PK 12.4% steel nails")]
    public void A_later_clause_s_own_rate_is_a_measure(string text, string? country, string expected) =>
        Assert.Contains(expected, Read(text, country).Split('|'));

    [Theory]
    [InlineData("The duty on rice stays at 35%, while growth drops to 3 percent this year.", "PH", "3%")]
    [InlineData("The tariff on cement was raised to 30%, while the importers' market share drops to 5 percent.", "KE", "5%")]
    [InlineData("The club raised its transfer levy to 10%, while ticket prices drop to 5 percent.", null, "5%")]
    public void A_figure_in_a_later_clause_is_no_measure(string text, string? country, string rate) =>
        Assert.DoesNotContain(Read(text, country).Split('|'), m => m.Contains(" " + rate + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Washington keeps a 10% tariff on Japanese cars, while its tariffs on imported cars stand at 25% for most other countries.", "US>* 25%")]
    [InlineData("Seoul will charge 8% on Australian beef and 40% on all other trading partners.", "KR>* 40%")]
    public void A_rate_for_every_other_country_is_every_origin_s(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Washington keeps a 10% tariff on Japanese cars, while its tariffs on imported cars stand at 25% for most other countries.", "US>JP 10%")]
    [InlineData("The EU set a 12% duty on Chinese bicycles and 8% for the other exporters under investigation.", "EU>CN 12%")]
    public void A_named_country_s_rate_stays_its_own(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Chile raised to 25% the import tariff on tyres from countries with which it does not have a trade agreement, mainly China.", "CL>* 25%")]
    [InlineData("Peru raised to 20% the tariff on footwear from countries with which Peru doesn't have a free trade agreement, chiefly Vietnam.", "PE>* 20%")]
    public void Goods_from_countries_without_an_agreement_are_on_every_such_origin(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Indonesia imposed a duty of 15% on ceramic tiles, as imports from India and China squeezed local makers.", "ID>* 15%")]
    [InlineData("Brazil raised the import tariff on glass bottles to 18% on Monday, answering producers that had complained about Chinese imports.", "BR>* 18%")]
    public void An_origin_named_as_the_cause_is_no_target(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Indonesia imposed a duty of 15% on ceramic tiles from India, as imports from India doubled.", "ID>IN 15%")]
    [InlineData("Brazil imposed a 18% duty on Chinese glass bottles after local producers had complained about the imports.", "BR>CN 18%")]
    public void A_target_named_before_the_cause_stays(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Turkey imposed anti-dumping duties on glass jars from Egypt and Iran. Egyptian shipments will attract a flat 14.5%.", "TR>EG 14.5%")]
    [InlineData("The US set preliminary duties on woven sacks from Sri Lanka and Nepal. Nepal, the other country under investigation, received a rate of 31.6 percent.", "US>NP 31.6%")]
    public void A_continuation_charged_a_rate_continues_the_measure(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));

    [Theory]
    [InlineData("The US set preliminary duties on woven sacks from Sri Lanka and Nepal. The plant received a rate of 4 percent interest on its loan.")]
    [InlineData("The EU imposed duties on Chinese e-bikes. Investors will attract 12% returns, the fund said.")]
    public void A_figure_received_after_a_measure_is_no_rate(string text) =>
        Assert.DoesNotContain(Read(text).Split('|'), m => m.Contains(" 4% ", StringComparison.Ordinal) || m.Contains(" 12% ", StringComparison.Ordinal));

    /// <summary>fix19x: a country by name that gets a rate ("…; Thailand gets 18%") is whom the rate is for, never the sentence's imposer
    /// (extract32 had read "Thailand gets 18% and Cambodia 17%" as Thailand's duties on Malaysia and Cambodia).</summary>
    [Theory]
    [InlineData("Washington trimmed its tariffs across the region on Friday; Thailand gets 18% and Cambodia 17%.", null, "TH>")]
    [InlineData("Malaysian exporters will now pay 14%, down from 19%, after the White House trimmed tariffs across the region; Thailand gets 18% and Cambodia 17%.", null, "TH>")]
    [InlineData("The US set anti-dumping duties of 35.2% on steel nails from Oman, while Pakistan got 12.4 percent.", null, "PK>")]
    public void A_country_that_gets_a_rate_imposes_none(string text, string? country, string imposer) =>
        Assert.DoesNotContain(Read(text, country).Split('|'), m => m.StartsWith(imposer, StringComparison.Ordinal));

    [Theory]
    [InlineData("Washington trimmed its tariffs across the region on Friday; Thailand gets 18% and Cambodia 17%.", "US>TH 18%")]
    public void A_country_that_gets_a_rate_is_its_target(string text, string expected) =>
        Assert.Contains(Read(text).Split('|'), m => m.StartsWith(expected + " ", StringComparison.Ordinal));
}
