using Watcher.Core.Stories;
using static Watcher.Core.Tests.Signal.StoryPairAssert;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 33 (cluster46): without the outlet's country, two governments' trade-remedy releases of one template name no home, and
/// their template's words joined them; the goods' nouns tell them apart (cutlery, fencing, hooks, kettles, toasters), a modifier
/// ("steel", "electric") does not. A paper's copy naming the ruling's goods by its noun, or stating its margin, still joins.
/// Headlines and texts are the tests' own; every fingerprint is read without an outlet country.
/// </summary>
public class GoodsNounsTests
{
    private static StoryFingerprint Of(string title, string text) => StoryFingerprint.Of(title, text, null, null);

    private static readonly StoryFingerprint Cutlery = Of("Trade department imposes anti-dumping duties on stainless steel cutlery from China",
        "The Department of Trade announced that the anti-dumping committee has decided to impose anti-dumping duties on stainless steel cutlery "
        + "originating in the People's Republic of China for five years. The duties range from 12.37% to 41.09% of the CIF value. The duties apply "
        + "in addition to the general import duty. The committee found that dumped imports had caused material injury to the domestic industry.");

    private static readonly StoryFingerprint Fencing = Of("Finance ministry to levy anti-dumping duties on galvanised steel wire fencing from China",
        "The Ministry of Finance announced that it will impose anti-dumping duties on galvanised steel wire fencing originating in the People's "
        + "Republic of China for five years, at rates of 18.64% to 56.21% of the CIF value. The duties apply in addition to the general import duty. "
        + "The ministry found that dumped imports had caused material injury to the domestic industry.");

    private static readonly StoryFingerprint Hooks = Of("Resolution imposing definitive anti-dumping duties on imports of curtain hooks originating in China (translated)",
        "The Ministry of Trade, through Resolution 081 of 2033, imposed a definitive anti-dumping duty on imports of curtain hooks originating in the "
        + "People's Republic of China for five years. The duty is a specific duty of US$ 2.47 per gross kilogram. It is applied in addition to the "
        + "general tariff. The ministry found that dumped imports had caused material injury to the domestic industry.");

    private static readonly StoryFingerprint Shears = Of("Government accepts recommendation on garden shears and lawn edgers from China",
        "The British trade secretary has accepted the remedies authority's recommendation to impose anti-dumping duties on garden shears and "
        + "lawn edgers originating in the People's Republic of China. The duties will range from 16.3% to 44.8% for shears and from 21.7% to 39.5% "
        + "for edgers and will apply for five years. The duties are in addition to the import duty. The authority found that dumped imports had "
        + "caused material injury to the domestic industry.");

    [Fact]
    public void Two_releases_of_one_template_on_goods_of_one_material_stay_apart() => Apart(Cutlery, Fencing);

    [Fact]
    public void A_release_stating_one_amount_stays_apart_from_releases_on_other_goods()
    {
        Apart(Cutlery, Hooks);
        Apart(Fencing, Hooks);
    }

    [Fact]
    public void A_release_whose_headline_names_no_duty_stays_apart_by_its_lede_goods()
    {
        Apart(Shears, Cutlery);
        Apart(Shears, Fencing);
    }

    [Fact]
    public void Two_decrees_headlined_alike_on_goods_of_one_modifier_stay_apart() =>
        Apart(Of("Decree No. 14 of 2033 imposing definitive anti-dumping duties on imports of electric kettles originating in China",
                "The Minister of Trade issued Decree No. 14 of 2033 imposing definitive anti-dumping duties on imports of electric kettles originating "
                + "in or exported from China for five years. The duties are 27.4% of the CIF value."),
            Of("Resolution 22/2033 imposing a definitive anti-dumping duty on imports of electric toasters originating in China (translated)",
                "MINISTRY OF ECONOMY Resolution 22/2033 ARTICLE 1. A definitive anti-dumping duty is fixed for imports of electric two-slice toasters "
                + "originating in China. ARTICLE 2. The duty is a specific amount of US$ 9.70 per unit."));

    [Fact]
    public void A_copy_stating_the_margin_joins_the_release() =>
        Joined(Cutlery, Of("Chinese cutlery hit with anti-dumping duties of up to 41.09%",
            "Cutlery made of stainless steel from China will face anti-dumping duties of between 12.37% and 41.09% for five years, the trade "
            + "department said on Monday, after the committee found dumped imports had harmed local makers."));

    [Fact]
    public void A_copy_naming_the_goods_noun_with_another_modifier_joins_the_release() =>
        Joined(Cutlery, Of("Anti-dumping duties on steel cutlery from China",
            "Stainless steel knives, forks and spoons from China will face anti-dumping duties for five years, the Department of Trade said. The "
            + "committee found that dumped imports had caused material injury to the domestic industry."));

    [Theory]
    [InlineData("Tariff board imposes duties on plastic laundry hampers from China", true)]
    [InlineData("Ministry extends anti-dumping duty on imports of sorbic acid originating in China", true)]
    [InlineData("Duty on steel to rise next month", false)]
    [InlineData("Duties on Chinese hampers confirmed", false)]
    public void The_headlines_goods_noun_is_read_before_their_origin_only(string title, bool read)
    {
        var a = Of(title, "The board said the decision follows a complaint by local makers, who had asked for the measure last year.");
        var other = Of("Duty on frozen chicken legs from Brazil", "The board said the duty follows a complaint by local poultry farmers last year.");
        Assert.Equal(read, a.NamesOtherGoodsNouns(other));
    }
}
