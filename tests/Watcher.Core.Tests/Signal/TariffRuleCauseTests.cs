namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 10 (extract14): holdout 11's extraction errors read as tests of the existing rules, each traced to the cause that
/// made a rule miss (a closed word list, a fixed distance, a clause order, a clause boundary), and the rule widened rather than
/// a new one added (docs/quality.md, "Session 10 (extract14)"). Sentences are the tests' own, in wire, ruling-notice and
/// analysis styles; negative rows must not match.
/// </summary>
public class TariffRuleCauseTests
{
    // SubjectLead/BareLead: the conjunction that opens a later rate's clause was allowed to be the first word of its goods
    // ("…, while Japanese imports will face" read "while" as the product); a country adjective before "imports", "products" or
    // "shipments" with attract/incur/carry names that rate's target (TradersAfter had a closed list of nouns and verbs).
    [Theory]
    [InlineData("Turkey will impose anti-dumping duties of up to 31% on Chinese ceramic tiles, while Indian imports will face a 12% duty.",
        "TR>CN 31% ceramic tiles|TR>IN 12% ceramic tiles")]
    [InlineData("Brazil keeps its 35% tariff on Chinese tyres, but Argentine imports pay 10%.", "BR>CN 35% tyres|BR>AR 10% tyres")]
    [InlineData("Egypt set duties of 20% on Chinese steel rebar, and Turkish imports will attract 15%.", "EG>CN 20% steel rebar|EG>TR 15% steel rebar")]
    [InlineData("Vietnam imposed duties of 7% on Chinese steel, and Indonesian mills 5%.", "VN>CN 7% steel|VN>ID 5% steel")]
    public void A_later_clause_names_its_origin_and_never_opens_its_goods_with_a_conjunction(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    [InlineData("Turkey will impose anti-dumping duties of up to 31% on Chinese ceramic tiles, while Indian imports will face a 12% duty.")]
    [InlineData("Definitive duties on welded pipe are set at 18.2% for Thai producers, while Vietnamese shipments will be subject to 9.5%.")]
    [InlineData("Brazil keeps its 35% tariff on Chinese tyres, but Argentine imports pay 10%.")]
    [InlineData("China's 25% tariff on US soybeans stays, but Brazilian soybeans pay nothing.")]
    public void No_product_is_a_conjunction(string text)
    {
        foreach (var m in Watcher.Core.Facts.TariffExtractor.Extract(text))
            Assert.DoesNotContain(m.Products, p => p is "while" or "but" or "and" or "whereas" or "with");
    }

    // Extract/FromSentence: a rate sentence continued the announced origin only when it opened "The duties …" or "It …" (a
    // clause order); right after an announcement without a rate, a sentence that names no country and no imposer refers back
    // however it opens. MentionedTarget: a country right before a tariff word owns that tariff and is no origin.
    [Theory]
    [InlineData("China will impose additional tariffs on some goods originating in Canada from March 1. An additional 20 percent tariff will be levied on canola oil, and 10 percent on peas.",
        "CN>CA 20% canola oil|CN>CA 10% peas")]
    [InlineData("The government has extended the exemption from import duty on cotton to help mills cope with the impact of US tariffs. Cotton imports otherwise attract an 11 per cent duty.", "")]
    [InlineData("Exports slumped in the first quarter. A 10 percent tariff applies to peas.", "")]
    public void A_rate_sentence_without_a_country_continues_the_announced_origin(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // Terminator: a past participle with a preposition ends the goods ("transformers … released on or after today"), like the
    // participles the list named already ("originating", "shipped"); a participle that modifies goods stays ("cold-rolled steel").
    [Theory]
    [InlineData("Canada imposed provisional duties of 38.9% on transformers from South Korea released on or after today.", "CA>KR 38.9% transformers")]
    [InlineData("Canada imposed duties of 10% on cold-rolled steel from Korea.", "CA>KR 10% cold-rolled steel")]
    public void A_participle_with_a_preposition_ends_the_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // KeepListCommas: the last item of a list was cut when the whole "X and Y" ran over four words; each conjunct is held to four.
    [Theory]
    [InlineData("China will levy 15 percent on pecans, shrimp and frozen orange juice from Mexico.", "CN>MX 15% pecans+shrimp+frozen orange juice")]
    [InlineData("Mexico raised tariffs to 25% on footwear, textiles and Chinese-made children's toys.", "MX>CN 25% footwear+textiles+children's toys")]
    public void A_list_closes_with_a_longer_last_item(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // PossessiveBeforeRate allowed two words between "X's" and the rate; an act of imposing ("X's decision to impose duties of up
    // to") is X's whatever its length. AdjectiveTariff: "Indonesian duties of between 5% and …" owns them like "of up to".
    [Theory]
    [InlineData("Beijing condemned Canada's decision to impose anti-dumping duties of up to 55% on Chinese steel wire.", "CA>CN 55% steel wire")]
    [InlineData("India criticised the European Commission's move to levy duties of as much as 20% on Indian rice.", "EU>IN 20% rice")]
    [InlineData("Thai exporters will face Indonesian anti-dumping duties of between 5% and 20.5% on cold-rolled steel.", "ID>TH 20.5% cold-rolled steel")]
    [InlineData("Malaysian furniture makers will face American tariffs of up to 25% on upholstered chairs.", "US>MY 25% upholstered chairs")]
    public void The_owner_of_the_act_of_imposing_is_the_imposer(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // MetricRates: a price moving was read only in some forms of its verb ("dropped", not "drop"); every form now, but not the
    // noun after a determiner ("the jump to 50%" of a tariff).
    [Theory]
    [InlineData("The Philippines restored a 35% tariff on rice to help farmers, who have seen farmgate prices drop to as low as 14 pesos per kilogram.", "PH>* 35% rice")]
    [InlineData("The White House delayed furniture tariffs: the jump to 50% for kitchen cabinets is off for a year.", "US>* 50% kitchen cabinets")]
    public void A_price_that_moves_is_no_rate(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // IsOldRate read a rate as the old one only after "from" or "existing/previous"; the level of a change that is undone ("reversing a
    // 2024 cut to 15 percent") is old too. A reversal of something else is no such cue.
    [Theory]
    [InlineData("Manila restored the 35% tariff on imported rice, reversing a 2024 cut to 15 percent.", "PH>* 35% rice")]
    [InlineData("Ecuador cut its tariff on Colombian goods to 20% after scrapping a planned increase to 50%.", "EC>CO 20% goods")]
    [InlineData("Peru cut the tariff on wheat to 5%, reversing its stance of last year.", "PE>* 5% wheat")]
    public void The_level_of_an_undone_change_is_an_old_rate(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // Filler: a singular generic noun ("the Chinese product", "the merchandise") names no goods, so the goods announced stand.
    [Theory]
    [InlineData("India imposed anti-dumping duties on solar glass from China and Vietnam. The Chinese product will attract duties between $571 and $664 a tonne and the Vietnamese $136 a tonne.",
        "IN>CN 664 usd/tonne solar glass|IN>VN 136 usd/tonne solar glass")]
    [InlineData("The EU imposed duties on sucralose from China. The merchandise will face a 119.6% duty.", "EU>CN 119.6% sucralose")]
    public void A_generic_singular_noun_refers_to_the_goods_announced(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // OwnFromCountry looked for a rate's origin up to the next rate, across a semicolon; a semicolon now ends the clause, and a
    // rate whose lead names no origin takes the one its semicolon clause opens with.
    [Theory]
    [InlineData("Australia will collect dumping duty on aluminium extrusions at these rates: for exports from Malaysia, 12.1% for PMB Aluminium and 16.7% for all other exporters; for exports from Vietnam, 8.4% for Austdoor and 23.5% for all other exporters.",
        "AU>MY 16.7% aluminium extrusions", "AU>VN 16.7%")]
    [InlineData("Australia set dumping duties on steel racks: for goods from China, 18% for Nova Racking and 25% for all others; for goods from Thailand, 9% for all exporters.",
        "AU>CN 25% steel racks", "AU>TH 25%")]
    [InlineData("Australia set dumping duties of 18% on steel racks from China; the duties follow a complaint by makers in Thailand.",
        "AU>CN 18% steel racks", "AU>TH")]
    public void A_semicolon_bounds_a_rate_s_origin(string text, string present, string absent)
    {
        var all = MeasureKey.All(text);
        Assert.Contains(present, all, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, all, StringComparison.Ordinal);
    }
}
