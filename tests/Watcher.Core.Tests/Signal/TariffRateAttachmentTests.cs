namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 9 (extract11): how one statement attaches its rates to several goods or several origins, written for this test in
/// wire, notice, agency-translation and headline styles (no holdout sentence is a case). Each positive case gave a wrong or a
/// missing measure before its rule; each negative shows the rule leaves a sentence that is not a rate statement alone.
/// </summary>
public class TariffRateAttachmentTests
{
    [Theory]
    // "with X at R and Y, Z and W at R": each later rate's goods are the subject before its "at", a list included
    [InlineData("Kenya raised import duties on rice to 35%, with wheat at 10% and sugar, maize and barley at 25%.",
        "KE>* 35% rice|KE>* 10% wheat|KE>* 25% sugar+maize+barley")]
    [InlineData("Under the notice, Egypt's customs duty on passenger cars rises to 40%, with motorcycles at 30% and tyres, batteries and spare parts at 20%.",
        "EG>* 40% passenger cars|EG>* 30% motorcycles|EG>* 20% tyres+batteries+spare parts")]
    [InlineData("India hikes duty on gold to 15%, with silver at 10%", "IN>* 15% gold|IN>* 10% silver")]
    // control: a later rate with its own "on X" clause keeps it
    [InlineData("Canada imposed a 25% surtax on US steel, with 10% on aluminium.", "CA>US 25% steel|CA>US 10% aluminium")]
    public void A_list_of_goods_takes_the_rate_after_it(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // "… to R for the China-wide entity": the rate for every exporter without its own is the rest of the firms' rates, so the
    // sentence's firm rates are one measure at the highest
    [InlineData("The Commerce Department set final antidumping duties on aluminum foil from China ranging from 48.6 percent for Jiangsu Dingsheng to 106.1 percent for the China-wide entity.",
        "US>CN 106.1% aluminum foil")]
    [InlineData("The US imposed anti-dumping duties on Chinese steel racks of 63.2% for Zhejiang Hangzhou and 212.4% for the PRC-wide entity.",
        "US>CN 212.4% steel racks")]
    // control: a named firm and "all other" producers, as before
    [InlineData("The US imposed anti-dumping duties of 22.5% for Hyosung and 38.9% for all other Korean producers on steel wire.", "US>KR 38.9% steel wire")]
    public void A_country_wide_rate_is_the_rest_of_the_firms(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a second origin's rate "on the same product(s)/goods", or on that origin's "material"/"cargo", is on the goods the statement named
    [InlineData("Turkey imposed anti-dumping duties of 18% on polyester yarn from China and 11% on the same products from India.",
        "TR>CN 18% polyester yarn|TR>IN 11% polyester yarn")]
    [InlineData("The EU set duties of 35.6% on biodiesel from Argentina and of 12.2% on the same goods from Indonesia.",
        "EU>AR 35.6% biodiesel|EU>ID 12.2% biodiesel")]
    [InlineData("Hanoi (VNA) - The Ministry of Industry and Trade of Viet Nam imposed anti-dumping duties of 21.5% on steel wire rod from China and 8.7% on the same product from Malaysia.",
        "VN>CN 21.5% steel wire rod|VN>MY 8.7% steel wire rod")]
    [InlineData("India has imposed anti-dumping duties on aniline from China and Japan, ranging from $12 per tonne for Japanese-origin material to $91 per tonne for Chinese-origin cargo.",
        "IN>JP 12 usd/tonne aniline|IN>CN 91 usd/tonne aniline")]
    public void A_second_origin_keeps_the_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a schedule that steps down ("starting at … stepping down to … and then …", "at R in the first year, falling to R in the second")
    // is one measure per step, on the same goods
    [InlineData("South Africa will levy a safeguard duty on imported hot-rolled steel from all sources, starting at 12 per cent and stepping down to 10 per cent and then 8 per cent.",
        "ZA>* 12% hot-rolled steel|ZA>* 10% hot-rolled steel|ZA>* 8% hot-rolled steel")]
    [InlineData("Indonesia will apply a safeguard duty on carpets for three years, at 13.5% in the first year, falling to 12% in the second year and 10.5% in the third.",
        "ID>* 13.5% carpets|ID>* 12% carpets|ID>* 10.5% carpets")]
    [InlineData("Thailand sets safeguard duty on steel at 20%, falling to 18% next year", "TH>* 20% steel|TH>* 18% steel")]
    // negative: what output did in the first year is no step of the tariff's schedule
    [InlineData("Vietnam's steel output rose 8% in the first year, falling to 5% in the second year, as the 25% tariff on Chinese steel took effect.",
        "VN>CN 25% steel")]
    public void A_step_down_schedule_is_one_measure_a_step(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // "[… tariffs of up to 25% on Canadian canola, pork and seafood.] Canola will face the highest rate, 25%, with pork at 15%": the rate the
    // measure's goods face stands for its tariff word, and the sentence keeps the measure's origin
    [InlineData("China will impose tariffs of up to 25% on Canadian canola, pork and seafood from March 20. Canola will face the highest rate, 25%, with pork at 15% and seafood at 10%.",
        "CN>CA 25% canola+pork+seafood|CN>CA 15% pork|CN>CA 10% seafood")]
    [InlineData("India hits US farm goods with duties.\nIndia raised duties of up to 30% on US almonds and apples. Almonds will face the top rate of 30%, with apples at 20%.",
        "IN>US 30% almonds+apples|IN>US 20% apples")]
    // negatives: what faces "the highest rate" is not goods the measure named
    [InlineData("The EU imposed a 20% tariff on Chinese bicycles. Growth will face the highest rate of 4% since 2019.", "EU>CN 20% bicycles")]
    [InlineData("Canada imposed a 25% surtax on US steel. Mortgage holders will face the highest rate, 6%, since 2008.", "CA>US 25% steel")]
    [InlineData("China will impose tariffs of up to 25% on Canadian canola. Soybeans will face the same rate, 25%, under an earlier decision on US goods.", "CN>CA 25% canola")]
    public void A_later_sentence_on_the_same_goods_keeps_the_measure(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // "Specifically," / "In particular," lead into the detail of the measure before: the lead-in is no goods
    [InlineData("Vietnam imposes duties on steel pipes.\nThe ministry imposed anti-dumping duties on welded steel pipes from Thailand and Malaysia. Specifically, Thai manufacturers and exporters "
        + "are subject to duties of between 5.2 and 22.1 percent, while those from Malaysia face 3.1 - 9.4 percent.",
        "VN>TH 22.1% welded steel pipes|VN>MY 9.4% welded steel pipes")]
    // control: after "In addition," a sentence with goods and an imposer of its own keeps them
    [InlineData("Brazil sets duties on Chinese tyres.\nBrazil imposed anti-dumping duties of 18% on passenger car tyres from China. In addition, the government raised its tariff on pencils to 12%.",
        "BR>CN 18% passenger car tyres|BR>* 12% pencils")]
    public void A_detail_lead_in_is_no_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // origins named by example after their group ("from partners …, including A, B and C", "such as") are the rate's targets, not its imposer
    [InlineData("The EU imposed a 35% duty on Chinese steel wire. Imports from other partners, including Turkey, Vietnam and India, will be subject to a duty of 12%.",
        "EU>CN 35% steel wire|EU>TR 12% steel wire|EU>VN 12% steel wire|EU>IN 12% steel wire")]
    [InlineData("The US raised its tariff on aluminum to 50%. Imports from countries that signed agreements with the U.S., including Japan and the United Kingdom, will face a duty of 25%.",
        "US>* 50% aluminum|US>JP 25% aluminum|US>GB 25% aluminum")]
    // negative: countries named by example after people, not after an origin of goods
    [InlineData("The EU imposed a 20% duty on steel from China; officials from several countries, including Japan and Korea, criticised the move.", "EU>CN 20% steel")]
    public void Origins_named_by_example_are_targets(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a later sentence that names no goods of its own (imports named by origin alone, "the rate rises to R …") continues the measure
    // before it: its goods, and its origin
    [InlineData("Mexico raises tariff on Chinese footwear.\nMexico imposed a 30% tariff on footwear from China. The decree takes effect on Jan. 1 and the rate rises to 35% a year later.",
        "MX>CN 30% footwear|MX>CN 35% footwear")]
    [InlineData("Japan imposed a 20% duty on imported ferrosilicon. Imports from Kazakhstan will be subject to a duty of 8%.", "JP>* 20% ferrosilicon|JP>KZ 8% ferrosilicon")]
    [InlineData("Japan imposed a 20% duty on imported ferrosilicon. Shipments from Kazakhstan will pay 8% instead.", "JP>* 20% ferrosilicon|JP>KZ 8% ferrosilicon")]
    // negatives: another rate that rises, and a share paid or faced, are no measure
    [InlineData("Mexico imposed a 30% tariff on footwear from China. The central bank's policy rate rises to 11% next month.", "MX>CN 30% footwear")]
    [InlineData("Mexico imposed a 30% tariff on footwear from China. Unemployment rate rises to 4% in March.", "MX>CN 30% footwear")]
    [InlineData("Japan imposed a 20% duty on imported ferrosilicon. Consumers will pay 8% more for steel, analysts said.", "JP>* 20% ferrosilicon")]
    [InlineData("Japan imposed a 20% duty on imported ferrosilicon. Ferrosilicon prices will face a 10% drop.", "JP>* 20% ferrosilicon")]
    public void A_later_sentence_without_goods_continues_the_measure(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a tier of a tariff-rate quota ("out-of-quota imports", "out-of-quota volumes") is the goods of the rate before it
    [InlineData("Indonesia keeps the tariff on sugar at 5% within the quota, while out-of-quota imports will pay 30%.", "ID>* 5% sugar|ID>* 30% sugar")]
    [InlineData("The EU charges a 12% duty on in-quota garlic and 9.6% on out-of-quota volumes.", "EU>* 12% garlic|EU>* 9.6% garlic")] // with extract12: a quota class is no part of the goods
    public void A_quota_tier_is_the_same_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // goods that keep a rate in a clause of their own ("…, but petrol cars keep their 15% duty") are that rate's goods, not the goods of
    // the clause before
    [InlineData("Uzbekistan: the duty on imported electric cars goes to zero on Jan. 1, but petrol cars keep their 15% duty.", "UZ>* 15% petrol cars")]
    [InlineData("Kenya will scrap the duty on wheat flour, while rice and sugar keep their 35% tariff.", "KE>* 35% rice+sugar")]
    [InlineData("Under the new schedule, Ghana cut its tariff on vehicles to 10%, but used cars retain their 20% duty.", "GH>* 10% vehicles|GH>* 20% used cars")]
    [InlineData("Egypt lowered its customs duty on tea to 5%; coffee keeps its 10% duty.", "EG>* 5% tea|EG>* 10% coffee")]
    public void Goods_that_keep_their_rate_are_its_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    /// <summary>What traders keep is no duty: the rule reads a subject only before a rate whose next word is a tariff word. (The
    /// 15% margin is still read as a second rate on shoes, an older error this rule does not touch.)</summary>
    [Fact]
    public void A_kept_margin_names_no_goods() =>
        Assert.DoesNotContain("retailers", MeasureKey.All("Mexico raised its duty on shoes to 30%, but retailers keep their 15% margin."));
}
