using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Copies of one story that share few words with each other (a release and a wire, a trade paper, a news agency's
/// summit report) and the evidence that joins them, each with a look-alike that must stay apart: written with other
/// countries, products and forums than the dev sets.
/// </summary>
public class StoryRecallTests
{
    [Theory]
    // a rate with decimals between the same parties is one ruling, whichever party the extractor read as the imposer
    [InlineData("m:CN>EU:19.8#pork", "m:EU>CN:19.8#good", true)]
    [InlineData("m:CO>CN:24.6#rebar", "m:CN>*:24.6#good", true)]
    // a trader is not a product: "21.6 percent for Chinese suppliers"
    [InlineData("m:KR>CN:21.6#stainless steel bar", "m:CN>JP:21.6#supplier", true)]
    // a round rate between the same two countries either way is mirror retaliation: two measures
    [InlineData("m:US>CA:25#steel", "m:CA>US:25#steel", false)]
    // the same decimal rate on two named products, or between other parties, is not one ruling
    [InlineData("m:TH>VN:12.5#plywood", "m:TH>VN:12.5#ceramic tile", false)]
    [InlineData("m:TH>VN:12.5#plywood", "m:MY>ID:12.5#plywood", false)]
    // one party in common in another role, both naming the product: a chain of rulings, not a swap (one imposer's
    // target is the other's imposer)
    [InlineData("m:PE>BO:26.41#quinoa", "m:CL>PE:26.41#quinoa", false)]
    [InlineData("m:PE>BO:26.41#quinoa", "m:BO>CL:26.41#quinoa", false)]
    // the roles swapped is one ruling read either way
    [InlineData("m:PE>BO:26.41#quinoa", "m:BO>PE:26.41#quinoa", true)]
    public void A_distinctive_rate_names_one_ruling(string a, string b, bool agree) =>
        Assert.Equal(agree, StoryFingerprint.FactsAgree(a, b));

    private const string GlassRelease = "Commission imposes definitive anti-dumping duties on glass fibre from China";
    private const string GlassReleaseText = "Brussels, 2 December 2026. The European Commission has today imposed definitive anti-dumping duties on imports of glass fibre fabrics originating in China. The measures follow an investigation which confirmed that dumped imports caused material injury to EU producers in Italy and the Czech Republic. Glass fibre fabrics are used in wind turbine blades and boats.";

    [Theory]
    // the release states no rate in its lede; the wire states the measure, and the release's headline names its target
    // and product (and says "Commission" for the EU): one story
    [InlineData("EU locks in glass fibre duties of up to 30.7% on China as boat builders protest",
        "The EU confirmed anti-dumping duties of up to 30.7% on glass fibre fabrics from China on Tuesday, keeping them for five years. Boat builders in Italy said the decision would push up costs, while EU producers of the fabrics in the Czech Republic welcomed it.", true)]
    // another imposer's duty on the same product from the same country: the release never names it, another story
    [InlineData("Türkiye slaps duties of up to 30.7% on Chinese glass fibre as boat builders protest",
        "Türkiye imposed anti-dumping duties of up to 30.7% on glass fibre fabrics from China on Tuesday, keeping them for five years. Boat builders in Istanbul said the decision would push up costs, while producers of the fabrics welcomed it.", false)]
    public void A_headline_naming_the_other_items_measure_confirms_it(string title, string text, bool same) =>
        StoryPair.AssertSame(same, GlassRelease, GlassReleaseText, title, text);

    [Theory]
    // outlets name different attendees of one summit: under headlines naming the forum, that is no disagreement
    [InlineData("G20 summit opens in New Delhi with Putin on screen",
        "NEW DELHI (AFP) - Leaders of the G20 opened their annual summit in New Delhi on Saturday, with Russia's Vladimir Putin appearing by video and China represented by Premier Li Qiang rather than President Xi Jinping. Host Narendra Modi called for a fairer global financial system.", true)]
    // a summit of another forum with some of the same leaders: another story
    [InlineData("BRICS summit opens in Kazan with Lula on screen",
        "KAZAN (AFP) - Leaders of the BRICS group opened their annual summit in Kazan on Tuesday, with Brazil's Luiz Inacio Lula da Silva appearing by video and China represented by Premier Li Qiang rather than President Xi Jinping. Host Vladimir Putin called for a fairer global financial system.", false)]
    public void Outlets_naming_different_attendees_of_one_summit_report_one_story(string title, string text, bool same) =>
        StoryPair.AssertSame(same, "Modi welcomes G20 leaders to New Delhi summit",
            "New Delhi, Sep 9 (PTI) Prime Minister Narendra Modi on Saturday welcomed leaders of the G20 to its summit at Bharat Mandapam, with Brazilian President Luiz Inacio Lula da Silva, South African President Cyril Ramaphosa and Chinese Premier Li Qiang among those attending. India has put climate finance and digital public infrastructure at the top of the agenda.",
            title, text);

    [Fact]
    public void The_two_summit_reports_name_different_attendees_so_the_rule_is_tested()
    {
        var a = StoryFingerprint.Of("Modi welcomes G20 leaders to New Delhi summit", "New Delhi, Sep 9 (PTI) Prime Minister Narendra Modi on Saturday welcomed leaders of the G20 to its summit at Bharat Mandapam, with Brazilian President Luiz Inacio Lula da Silva, South African President Cyril Ramaphosa and Chinese Premier Li Qiang among those attending.", null);
        var b = StoryFingerprint.Of("G20 summit opens in New Delhi with Putin on screen", "NEW DELHI (AFP) - Leaders of the G20 opened their annual summit in New Delhi on Saturday, with Russia's Vladimir Putin appearing by video and China represented by Premier Li Qiang rather than President Xi Jinping.", null);
        Assert.NotEmpty(a.Facts);
        Assert.NotEmpty(b.Facts);
        Assert.DoesNotContain(a.Facts, x => b.Facts.Any(y => StoryFingerprint.FactsAgree(x, y)));
    }

    private const string Visit = "Finnish President Stubb begins state visit to Japan";
    private const string VisitText = "Finnish President Alexander Stubb arrived in Tokyo on Monday for a four-day state visit, the first by a Finnish head of state in eight years. Talks with the Japanese government will focus on icebreaker construction and quantum computing, and a delegation of 30 companies is travelling with him.";

    [Theory]
    // a state visit told by the visitor's press and by the host's agency, sharing few words: headlines name the same parties
    [InlineData("Takaichi holds talks with Finnish president in Tokyo",
        "TOKYO (Kyodo) -- Prime Minister Sanae Takaichi held talks with visiting Finnish President Alexander Stubb at her office on Tuesday, and the two agreed to cooperate on icebreaker construction and quantum computing. Stubb travels to Osaka on Wednesday.", true)]
    // the same president's state visit to another country: another story
    [InlineData("Lee holds talks with Finnish president in Seoul",
        "SEOUL (Yonhap) -- President Lee Jae Myung held talks with visiting Finnish President Alexander Stubb at the presidential office on Tuesday, and the two agreed to cooperate on icebreaker construction and quantum computing. Stubb travels to Busan on Wednesday.", false)]
    // the same two countries in a trade headline: not the visit
    [InlineData("Japan scraps tariff on Finnish timber ahead of Stubb talks",
        "TOKYO (Kyodo) -- Japan will scrap its tariff on sawn timber imported from Finland from April, the finance ministry said on Tuesday, ahead of talks with President Alexander Stubb, a move welcomed by Finnish sawmills and by Japanese house builders facing higher costs.", false)]
    // trade talks between the two governments in the week of the visit: officials negotiating, another story
    [InlineData("Japan, Finland hold trade talks in Tokyo",
        "TOKYO (Kyodo) -- Japanese and Finnish officials held trade talks in Tokyo on Tuesday on icebreaker orders and quantum computing parts, the foreign ministry said, as President Alexander Stubb began his state visit.", false)]
    public void Meeting_headlines_naming_the_same_parties_report_one_visit(string title, string text, bool same) =>
        StoryPair.AssertSame(same, Visit, VisitText, title, text);

    [Theory]
    // one summit told by two outlets under headlines naming its forum
    [InlineData("APEC leaders gather in Lima amid tariff worries",
        "LIMA (Reuters) - Leaders of the 21 APEC economies met in the Peruvian capital on Friday, with US tariffs and slowing Chinese growth overshadowing talks. Host Dina Boluarte urged progress on regional economic integration, while Chile and Mexico called for open markets.", true)]
    // the forum's ministers meeting days before the leaders: another story
    [InlineData("APEC trade ministers meet in Arequipa to prepare Lima summit",
        "AREQUIPA (Andina) - Trade ministers of the 21 APEC economies met in Arequipa on Tuesday and agreed a statement on digital trade and food security that will go to the leaders' summit in Lima next week. Peru's trade minister chaired the meeting.", false)]
    public void Meeting_headlines_naming_one_forum_report_one_summit(string title, string text, bool same) =>
        StoryPair.AssertSame(same, "Peru opens APEC summit with call for Asia-Pacific free trade area",
            "LIMA, Nov 15 (Andina) - Peruvian President Dina Boluarte opened the APEC Economic Leaders' Meeting in Lima on Friday, urging the forum's leaders to make progress on a free trade area of the Asia-Pacific and to keep supply chains open. Chile and Mexico backed the call.",
            title, text);

    /// <summary>Scored with the lede facts given, as the extractor may read them from other outlets' sentences.</summary>
    private static void AssertSameWithFacts(bool same, string titleA, string textA, string factA, string titleB, string textB, string factB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null) with { Facts = [factA] };
        var b = StoryFingerprint.Of(titleB, textB, null) with { Facts = [factB] };
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }

    private const string Trucks = "U.S. tariff on Japanese trucks cut to 12 pct from April";
    private const string TrucksText = "The U.S. tariff on light trucks made in Japan will fall to 12 percent from April 1 under the trade deal the two countries signed in Tokyo, the trade ministry said on Wednesday, easing pressure on Japanese carmakers that assemble pickups for the American market.";

    [Theory]
    // the extractor reads a measure told from the exporter's side with its parties swapped and its product as goods
    // ("Japanese trucks … will pay 12%"): the same rate between the same two countries is no disagreement
    [InlineData("Washington lowers tariff on Japanese trucks under Tokyo trade deal",
        "Japanese pickups and light trucks shipped to the United States will pay a 12% tariff from April, down from 25%, under the trade deal signed in Tokyo, Japan's trade ministry said, a relief for carmakers that assemble trucks for the American market.",
        "m:JP>US:12#good", true)]
    // a product named in one outlet's words only ("pickups" in the lede, "trucks" in both headlines): no disagreement either
    [InlineData("Tokyo deal cuts U.S. duty on Japanese trucks to 12%",
        "The United States will cut its tariff on pickups made in Japan to 12 percent from April 1 under the trade deal signed in Tokyo, the trade ministry said on Wednesday, easing pressure on carmakers that assemble them for the American market.",
        "m:US>JP:12#pickup", true)]
    // the same two countries and rate, but the headline names another product of its own: another measure
    [InlineData("U.S. duty on Japanese whisky cut to 12% in Tokyo deal",
        "Whisky distilled in Japan will pay a 12 percent U.S. tariff from April 1 under the trade deal signed in Tokyo, the trade ministry said on Wednesday, a relief for distillers that ship single malts to the American market.",
        "m:US>JP:12#whisky", false)]
    // another rate between the same parties: another measure
    [InlineData("Washington sets 15% tariff on Japanese trucks from April",
        "Japanese light trucks will face a 15 percent U.S. tariff from April 1, the Commerce Department said on Wednesday, a blow to carmakers that assemble pickups in Japan for the American market.",
        "m:US>JP:15#truck", false)]
    public void A_measure_read_with_its_parties_swapped_or_its_product_reworded_is_no_disagreement(string title, string text, string fact, bool same) =>
        AssertSameWithFacts(same, Trucks, TrucksText, "m:US>JP:12#truck", title, text, fact);

    [Theory]
    // a named product in one headline, goods in the other, one rate rounding the other: two measures of one imposer
    [InlineData("Mexico raises duties on Brazilian poultry to 20%", "Mexico raised anti-dumping duties on Brazilian poultry to 19.6% from 7.2%, bringing combined duties to 20.4%, the economy ministry said on Friday. Brazilian exporters called the decision unjustified.", "m:MX>BR:20.4#poultry",
        "Mexico raises tariff on Brazilian goods to 20%", "Mexico will raise the tariff on Brazilian goods to 20% from 10%, effective March 1, the economy ministry said on Thursday. Goods covered by the two countries' partial trade agreement remain exempt. Brazilian officials said they were reviewing the decree.", "m:MX>BR:20#good")]
    // mirror retaliation at one rate on one product, the product named both ways: two measures
    [InlineData("Chile slaps 25% tariff on Peru cement", "Chile said on Monday it will apply a 25% tariff on imports of cement from Peru, effective March 1. Builders warned of higher costs.", "m:CL>PE:25#cement",
        "Peru slaps 25% tariff on Chile cement", "Peru said on Tuesday it will apply a 25% tariff on imports of cement from Chile, effective April 15. Importers rushed cargo through customs ahead of the change.", "m:PE>CL:25#cement")]
    // mirror retaliation at one rate, each headline naming its own product: two measures
    [InlineData("India slaps 30% duty on US almonds in retaliation", "India will impose a 30% duty on almonds imported from the United States from June 1 in retaliation for US tariffs on Indian steel, the finance ministry said on Tuesday.", "m:IN>US:30#almond",
        "US slaps 30% duty on Indian shrimp", "The United States will impose a 30% duty on shrimp imported from India from June 1, the Commerce Department said on Tuesday, citing unfair subsidies to Indian farms.", "m:US>IN:30#shrimp")]
    public void A_headline_naming_a_product_of_its_own_keeps_a_disagreement(string titleA, string textA, string factA, string titleB, string textB, string factB) =>
        AssertSameWithFacts(false, titleA, textA, factA, titleB, textB, factB);

    private const string Salmon = "Norway, EU settle salmon dispute as Brussels halves duty";
    private const string SalmonText = "Norway and the European Union settled their dispute over farmed salmon on Thursday, with the EU cutting its anti-subsidy duty on Norwegian salmon to 6.2% from 12.4% and Oslo dropping its complaint at the WTO. Fish farmers in Bergen welcomed the deal.";

    [Theory]
    // the Commission's release in its own words (12% of the words shared): the same lede measure, "salmon" in both headlines
    [InlineData("Commission welcomes arrangement with Kingdom of Norway on Atlantic salmon",
        "Brussels, 14 May. The European Commission welcomes the arrangement reached today with the Kingdom of Norway, under which the countervailing duty on Atlantic salmon is reduced to 6.2%. Executive Vice-President Šefčovič said the arrangement restores predictable conditions for seafood processors across the single market. The implementing regulation will be published in the Official Journal and apply from the day after publication.", true)]
    // the measure as background of another story, whose headline names nothing of it but the country: apart
    [InlineData("Stavanger shipyard orders climb to record in May",
        "Orders at Stavanger shipyards climbed to a record in May, helped by the EU's lower duty on Norwegian salmon of 6.2%, which revived investment in well boats, the industry association said in its monthly survey of yards from Ålesund to Tromsø, adding that steel prices and interest rates remained a worry for smaller builders.", false)]
    public void A_shared_lede_measure_and_a_word_of_its_topic_in_both_headlines_join_a_release_and_a_wire(string title, string text, bool same) =>
        StoryPair.AssertSame(same, Salmon, SalmonText, title, text);
}
