namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 11 (extract19): where a goods phrase stops and what it never is, and the goods a measure read with only "goods" takes
/// from the rest of its item. Sentences are the tests' own, in wire, notice, headline and analysis styles; negative rows must keep
/// a country's whole trade, another measure's goods and an ambiguous item's goods apart.
/// </summary>
public class TariffGoodsOfTheItemTests
{
    // AuxiliaryInside: a goods phrase that ran into its own clause stops at the auxiliary or the verb the rate moves by;
    // SubjectLead widened to "X will see / have their duty rise to R"
    [Theory]
    [InlineData("Kenya raises import duties.\nThe duty on cement will rise to 35%, while glass sheets would see their duty rise to 25%.",
        "KE>* 35% cement|KE>* 25% glass sheets")]
    [InlineData("Egypt raises customs duties.\nThe duty on tiles rises to 30%, while sinks and basins will see their tariff increase to 20%.",
        "EG>* 30% tiles|EG>* 20% sinks+basins")]
    [InlineData("Egypt raises customs duties.\nThe tariff on paint rises to 30%, but varnish will have its rate cut to 5%.",
        "EG>* 30% paint|EG>* 5% varnish")]
    [InlineData("Thailand raised tariffs.\nThe tariff on frozen fish is going to 30% next month.", "TH>* 30% frozen fish")]
    [InlineData("Ghana's new schedule puts a 20% duty on rice, which is expected to lift prices.", "GH>* 20% rice")]
    public void A_goods_phrase_stops_at_its_own_verb(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // NeverGoods: a pronoun ("those beyond it") or goods a verb takes out of the measure ("excluded soybeans") are no goods of it
    [Theory]
    [InlineData("The Philippines kept the tariff on imported rice at 15% for shipments within the quota and 35% for those beyond it.",
        "PH>* 15% rice|PH>* 35% rice")]
    [InlineData("Peru imposed a 50% tariff on Bolivian products and excluded soybeans from the list.", "PE>BO 50% goods")]
    [InlineData("Japan removed quinoa from its list and put a 25% duty on Chilean goods, exempted salmon aside.", "JP>CL 25% goods")]
    // Filler: "its derivatives" / "derivative products" say what else the measure covers, never which goods (two different
    // materials' measures would otherwise share the product "derivative"); a named one ("steel derivatives") stays
    [InlineData("The United States imposed a 25% tariff on imported cobalt and its derivatives.", "US>* 25% cobalt")]
    [InlineData("Washington put a 25% tariff on imports of lithium and their derivative products.", "US>* 25% lithium")]
    [InlineData("Canada set a 25% surtax on steel derivatives from China.", "CA>CN 25% steel derivatives")]
    public void A_pronoun_or_excluded_goods_are_no_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // KeywordRightAfter "tariff under <law> on X"; OnWord "be applied to X"; LaterOn "and that on X to R"
    [Theory]
    [InlineData("The United States will impose a 25% tariff under Section 232 of the Trade Expansion Act on imports of copper wire, officials said.",
        "US>* 25% copper wire")]
    [InlineData("Brazil announced a 12% duty under its new trade defence regulation on imported tyres.", "BR>* 12% tyres")]
    [InlineData("Under the decree, a customs duty of 15 percent will be applied to frozen mackerel entering Nigeria.", "NG>* 15% frozen mackerel")]
    [InlineData("India raised duties. The duty on bicycles goes up to 40 per cent from 30 per cent, and that on tricycles to 20 per cent.",
        "IN>* 40% bicycles|IN>* 20% tricycles")]
    [InlineData("Vietnam cuts tariffs. The tariff on wine falls to 20%, while that on beer to 15%.", "VN>* 20% wine|VN>* 15% beer")]
    // negatives: "applied to" generic goods or every origin is no goods name
    [InlineData("Indonesia said a 10% duty is applied to goods from all countries.", "ID>* 10% goods")]
    public void The_goods_after_a_law_an_application_or_a_pro_form(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // SubjectProduct after a semicolon: "…; from 1 October, steel imports above the quotas will pay a duty of 40%"
    [Theory]
    [InlineData("In the UK, ministers agreed new quotas for steel; from 1 October, steel imports above the quotas will pay a duty of 40%.", "GB>* 40% steel")]
    public void A_subject_after_a_semicolon_names_the_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    // GoodsOfTheItem: a measure read with only "goods" takes the one good the item names for its imposer's measure elsewhere
    [Theory]
    // the every-origin measure whose country rate it is, across a sentence that names no rate
    [InlineData("The United States will impose a 25% tariff on imports of copper wire from all countries, President Trump said.\nThe measure takes effect in March. Imports from Canada and Mexico will be subject to a tariff of 10%.",
        "US>* 25% copper wire|US>CA 10% copper wire|US>MX 10% copper wire")]
    // a headline's "wine tariff"
    [InlineData("Indian winemakers cheer as Australia cuts its wine tariff.\nFrom July, Indian bottles will attract an Australian tariff of 5 per cent.", "AU>IN 5% wine")]
    // a sentence that puts the tariff on goods without a rate
    [InlineData("Canada's anti-dumping duties on steel nails will expire in June.\nThai exporters had faced duties as high as 22.5 per cent.", "CA>TH 22.5% steel nails")]
    [InlineData("Peru set a 40% tariff on imports from Bolivia.\nQuinoa and potatoes from Bolivia will pay the tariff from March.", "PE>BO 40% Quinoa+potatoes")]
    // a measure worded on a country's whole trade, and the goods the item says will pay it
    [InlineData("Peru set a 40% tariff on Bolivian goods.\nQuinoa and potatoes from Bolivia will pay the tariff from March.", "PE>BO 40% Quinoa+potatoes")]
    // a headline's topic ("Rice: …") names its own measure's imports
    [InlineData("Rice: Ghana sets 20% duty on Thai imports.\nGhana has set a duty on rice from Thailand, the finance ministry said.", "GH>TH 20% Rice")]
    public void A_generic_measure_takes_the_goods_its_item_names(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a country's whole trade stays goods, whatever else the item tariffs
    [InlineData("The US set a 25% tariff on steel from Mexico.\nMexican goods face a 10% tariff.", "US>MX 25% steel|US>MX 10% goods")]
    [InlineData("Canada set a 25% surtax on steel from China.\nOfficials said talks would continue. A 10% surtax on Chinese imports stays in place.", "CA>CN 25% steel|CA>CN 10% goods")]
    // a country's whole trade beside the every-origin measure on other goods
    [InlineData("The US will impose a 25% tariff on copper wire from all countries.\nOfficials said talks would continue. Mexican goods will face a 10% tariff.", "US>* 25% copper wire|US>MX 10% goods")]
    // two measures on different goods in one item: which one a third generic rate is on cannot be told
    [InlineData("Canada set a 25% surtax on steel from China and a 100% surtax on electric vehicles from China.\nOfficials said talks would continue. Imports from China will face a 10% surtax.",
        "CA>CN 25% steel|CA>CN 100% electric vehicles|CA>CN 10% goods")]
    // a headline naming other goods than a measure the body adds
    [InlineData("Brazil raises ethanol tariff.\nBrazil also set a 20% duty on imports from the United States.", "BR>US 20% goods")]
    // a headline's label is no topic: a country, an article's kind
    [InlineData("Turkey: Ankara raises duties on imports from Iran to 30%.\nTurkey has raised duties on Iranian imports.", "TR>IR 30% goods")]
    [InlineData("Analysis: Seoul lifts its tariff on imports from Japan to 8%.\nThe analysis said the tariff would hurt carmakers.", "KR>JP 8% goods")]
    public void Whole_trade_other_measures_and_labels_keep_their_goods(string text, string expected) =>
        Assert.Equal(expected, MeasureKey.All(text));
}
