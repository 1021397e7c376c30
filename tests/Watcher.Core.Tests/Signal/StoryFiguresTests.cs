using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Rewrites of one decision that share few words but copy its figures (a rate with decimals, a schedule, a quota): a
/// ministry release and a newspaper, a law firm's note and a trade paper, a headline alone and the agency notice. Each
/// "must join" is a kind of rewrite; each look-alike that shares a figure as background, a statute number or a rate of
/// another stage or another imposer must stay apart. Written with countries and products none of the labelled sets use.
/// </summary>
public class StoryFiguresTests
{
    [Theory]
    [InlineData("26.41%", "26.41")]
    [InlineData("6,000t", "6000")]
    [InlineData("PHP8.64", "8.64")]
    [InlineData("25%", null)]        // a round rate: shared by many stories
    [InlineData("120-day", "120")]
    [InlineData("150-day", null)]    // a round fifty
    [InlineData("2026", null)]        // a year
    [InlineData("300", null)]         // a round hundred
    [InlineData("1,250", "1250")]
    public void A_distinctive_figure_is_a_decimal_or_an_uneven_amount(string text, string? figure) =>
        Assert.Equal(figure is null ? [] : [figure], StoryFingerprint.Of(null, text, null).Figures);

    [Fact]
    public void A_statute_or_decree_number_is_a_reference_not_a_figure() =>
        Assert.Empty(StoryFingerprint.Of("Commerce opens Section 232 probe", "Under Section 232 and Decree No. 211 of the act.", null).Figures);

    public static TheoryData<string, string, string, string, bool> Rewrites => new()
    {
        // a ministry's safeguard order and a newspaper's story: the schedule's figures, few other words
        {
            "Imposition of Safeguard Duty on Imported Ceramic Tiles",
            "Manila - The Department of Trade and Industry has issued an administrative order imposing a definitive safeguard duty on imports of ceramic floor and wall tiles. The duty is PHP 8.64 per kilogram in the first year, PHP 7.78 per kilogram in the second year and PHP 6.91 per kilogram in the third year. The measure follows a Tariff Commission finding that increased imports seriously injured the domestic industry, which employs some 12,000 workers.",
            "Tile makers win three years of protection as DTI slaps safeguard levy",
            "Local tile manufacturers will be shielded from a flood of cheap imports for three years after the trade department imposed a safeguard duty of 8.64 pesos a kilo on imported floor and wall tiles, easing to 6.91 pesos in the last year. Builders said construction costs would rise. The Philippine Ceramic Tile Association welcomed the ruling.",
            true
        },
        // a law firm's trade alert and a trade paper: per-firm rates
        {
            "Trade alert: Commerce issues final CVD determination on citric acid from Thailand",
            "Trade alert. The Department of Commerce has published its final affirmative determination in the countervailing duty investigation of citric acid and certain citrate salts from Thailand. Commerce calculated final subsidy rates of 12.37% for Thai Citric Acid Co., 3.91% for Sunshine Biotech and 8.14% for all others. The International Trade Commission is scheduled to vote in January; clients should review their entries.",
            "Washington confirms anti-subsidy duties on Thai acidulant, TCA hit hardest",
            "Washington has confirmed countervailing duties on citric acid shipped from Thailand, with Thai Citric Acid Co. facing the steepest rate of 12.37% and Sunshine Biotech 3.91%. The acidulant is used in soft drinks, sweets and cleaning products. Exporters in Bangkok said they would appeal.",
            true
        },
        // a headline alone stating the ruling's top rate, and the agency's resolution that states it among others
        {
            "Resolution concluding the anti-dumping investigation on steel wire rod originating in China",
            "Mexico City - The Ministry of Economy published in the Official Gazette the resolution concluding the investigation into imports of steel wire rod originating in China. Definitive countervailing quotas of between 21.36% and 47.83% will apply for five years, depending on the exporter. Domestic producers had argued that dumped imports took a third of the market.",
            "Mexico sets duties of up to 47.83% on Chinese wire rod",
            "",
            true
        },
        // a quota step: the newspaper's headline alone carries the quota and the in-quota rate
        {
            "Chilean pork exporters gain more access to Korea",
            "From 1 January, Chilean pork exporters can ship 8,500 tonnes to South Korea at a reduced tariff of 4.3% under the second step of the bilateral quota. Shipments above the quota pay the full rate of 22.5%. The pork producers' association said the step would add sales of US$20 million a year.",
            "Korea's pork quota for Chile rises to 8,500t at 4.3% tariff",
            "",
            true
        },
    };

    [Theory]
    [MemberData(nameof(Rewrites))]
    public void Rewrites_that_copy_the_decisions_figures_are_one_story(string titleA, string textA, string titleB, string textB, bool same) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);

    public static TheoryData<string, string, string, string, bool> LookAlikes => new()
    {
        // one figure in the body is background: two car deals that each recall the old 27.5% rate
        {
            "Japan deal caps US tariff on Japanese cars at 15%",
            "Tokyo and Washington agreed on Tuesday to cap the U.S. tariff on Japanese cars at 15%, down from the 27.5% charged since April, after weeks of talks on investment pledges. Toyota shares rose 4% in Tokyo. Analysts said the deal mirrored one struck with Korea.",
            "EU deal caps US tariff on European cars at 15%",
            "Brussels and Washington agreed on Thursday to cap the U.S. tariff on European cars at 15%, down from the 27.5% charged since April, after weeks of talks on energy purchases. Volkswagen shares rose 3% in Frankfurt. Analysts said the deal mirrored one struck with Japan.",
            false
        },
        // a statute number every story under that law names
        {
            "Commerce opens Section 232 probe into drone imports",
            "The Commerce Department has opened an investigation under Section 232 of the Trade Expansion Act of 1962 into imports of unmanned aircraft systems and their parts, a notice showed on Monday. Industry has three weeks to comment.",
            "Section 232 tariffs on polysilicon take effect",
            "Tariffs on imported polysilicon and its derivatives imposed under Section 232 of the Trade Expansion Act of 1962 took effect on Monday, raising costs for solar panel makers. Industry groups asked for exemptions.",
            false
        },
        // one imposer's provisional and definitive duties months apart, the same rate in both headlines
        {
            "Chile applies provisional 18.2% surcharge on Chinese aluminium profiles",
            "The Ministry of Finance approved a provisional anti-dumping surcharge of 18.2% on aluminium profiles from China while the investigation continues, with a final decision due within six months.",
            "Chile makes 18.2% duty on Chinese aluminium profiles definitive",
            "The Ministry of Finance made the anti-dumping surcharge of 18.2% on aluminium profiles from China definitive for two years, confirming the provisional measure applied in May.",
            false
        },
        // one product under two imposers' measures at one decimal rate
        {
            "Brazil sets 14.5% anti-dumping duty on Chinese tyres",
            "Brasilia said on Monday it will apply a 14.5% anti-dumping duty on imports of passenger car tyres from China for five years, covering 2.3 million tyres a year.",
            "Argentina sets 14.5% anti-dumping duty on Chinese tyres",
            "Buenos Aires said on Monday it will apply a 14.5% anti-dumping duty on imports of passenger car tyres from China for five years, covering 2.3 million tyres a year.",
            false
        },
        // a short story whose lede names the measure as background, under a headline about something else
        {
            "EU cuts duty on Norwegian salmon to 6.2%",
            "The European Union will cut its duty on Norwegian salmon to 6.2% from 8.9% from July, the Commission said on Tuesday, ending a decade-old dispute over fish farming subsidies.",
            "Bergen shipyard orders rise in May",
            "Orders at Bergen's shipyards rose in May, helped by new well boats for salmon farmers after the EU's cut of its duty on Norwegian salmon to 6.2% from 8.9%. The yards expect a busy summer and plan to hire 140 welders.",
            false
        },
        // the same, the measure recalled in its second sentence
        {
            "EU cuts duty on Norwegian salmon to 6.2%",
            "The European Union will cut its duty on Norwegian salmon to 6.2% from 8.9% from July, the Commission said on Tuesday, ending a decade-old dispute over fish farming subsidies.",
            "Bergen shipyard orders rise in May",
            "Orders at Bergen's shipyards rose in May on new well boats for salmon farmers. Farmers have been investing since the EU's cut of its duty on Norwegian salmon to 6.2% from 8.9%. The yards expect a busy summer and plan to hire 140 welders.",
            false
        },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Look_alikes_that_share_a_figure_stay_apart(string titleA, string textA, string titleB, string textB, bool same) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);
}

/// <summary>
/// A government's own release names no country ("the Government will remove the remaining tariffs"): a wire that states
/// the measure with its country is its story when the release's headline names the measure's product. A release on
/// another product stays apart, and so does a headline alone that names no country.
/// </summary>
public class StoryCountrylessReleaseTests
{
    private const string Wire = "Iceland to scrap 10% tariff on bicycles and e-bikes";
    private const string WireText = "Iceland will scrap its remaining 10 percent tariff on imported bicycles and electric bicycles from January, the finance ministry said on Tuesday, as the government tries to cut commuting costs. Cycling groups welcomed the move; a Reykjavik importer said prices would fall by a tenth.";

    [Theory]
    [InlineData("Tariffs on bicycles to go",
        "The Minister of Finance today announced that the Government will remove the remaining 10 per cent tariffs on imported bicycles and electric bicycles from 1 January, cutting commuting costs for families. \"Cycling is cheap, healthy transport and the tariff no longer protects anyone,\" the Minister said. Customs will publish the amended schedule next month.", true)]
    // the same kind of release on another product
    [InlineData("Tariffs on kitchen appliances to go",
        "The Minister of Finance today announced that the Government will remove the remaining 10 per cent tariffs on imported ovens, fridges and dishwashers from 1 January, cutting household costs. Retailers welcomed the decision. Customs will publish the amended schedule next month.", false)]
    // a headline alone naming no country says too little to tell whose measure it is
    [InlineData("Tariffs on bicycles to go", "", false)]
    public void A_release_naming_no_country_is_the_wires_story_when_its_headline_names_the_product(string title, string text, bool same)
    {
        var (a, b) = (StoryFingerprint.Of(Wire, WireText, null), StoryFingerprint.Of(title, text, null));
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {title}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {title}");
    }
}
