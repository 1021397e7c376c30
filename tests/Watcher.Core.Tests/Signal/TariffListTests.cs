using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Several measures stated in one sentence, written for this test in several styles (wire, government notice, analysis,
/// live blog): a rate per product, one rate on a list of products, a schedule of rates by year, a rate per country, a
/// change on every origin; and lists that are not measures (prices, shares, years, volumes, countries that are no target).
/// One rate on a list of products is one measure whose products are the list (docs/quality.md, "Label conventions (session 7)").
/// </summary>
public class TariffListTests
{
    [Theory]
    // wire: a rate per product, "RATE on X, RATE on Y and RATE on Z"
    [InlineData("Kenya set import duties of 25% on sugar, 35% on rice and 10% on wheat flour.", "KE>* 25% sugar|KE>* 35% rice|KE>* 10% wheat flour")]
    // analysis: "X at RATE", a later product as the subject of its own rate
    [InlineData("Kenya's new import duties put sugar at 25%, rice at 35% and wheat flour at 10%.", "KE>* 25% sugar|KE>* 35% rice|KE>* 10% wheat flour")]
    [InlineData("Pakistan set regulatory duties of 20% on cosmetics, 15% on chocolates and 10% on pet food.", "PK>* 20% cosmetics|PK>* 15% chocolates|PK>* 10% pet food")]
    // notice: "for X", and a change "from … to …" per product
    [InlineData("Chile amends MFN tariffs. The tariff rate for canned tuna is cut from 12% to 8%; for sardines, from 10% to 6%; and for mackerel, from 9% to 4%.",
        "CL>* 8% canned tuna|CL>* 6% sardines|CL>* 4% mackerel")]
    [InlineData("Vietnam cut its MFN import tax rate on crude oil to 2% and on LPG to 3%.", "VN>* 2% crude oil|VN>* 3% LPG")]
    [InlineData("The Philippines lowered MFN tariffs on pork to 15%, on corn to 5% and on rice to 12%.", "PH>* 15% pork|PH>* 5% corn|PH>* 12% rice")]
    // wire: the rate on a second product, "and the rate on Y to R"
    [InlineData("Mexico lowered the duty on US pork to 5% from 20%, and the rate on US corn to 2% from 10%.", "MX>US 5% pork|MX>US 2% corn")]
    // one rate on a list of products is one measure
    [InlineData("The United States will impose a 10% tariff on coffee, tea, bananas and cocoa from all countries.", "US>* 10% coffee+tea+bananas+cocoa")]
    [InlineData("Jordan cut duties on olive oil and dates to 10 percent.", "JO>* 10% olive oil+dates")]
    // the list before the rate: "X, Y and Z will be subject to / attract / face RATE"
    [InlineData("Egypt says textiles, shoes and toys will be subject to a 30% customs duty from January.", "EG>* 30% textiles+shoes+toys")]
    [InlineData("Under Ghana's revised import schedule, rice and maize will attract a 15 per cent levy, while barley returns to 5 per cent.", "GH>* 15% rice+maize|GH>* 5% barley")]
    // release: goods exempted from a rate on every origin (a removal stated with its rate is a measure at that rate)
    [InlineData("Washington exempted bananas, pineapples and vanilla from the 15% tariff on imports from all countries.", "US>* 15% bananas+pineapples+vanilla")]
    [InlineData("Seoul said imported walnuts would be exempt from the 30% tariff on all origins from March.", "KR>* 30% walnuts")]
    // notice: a clause that opens with its goods, "for X … RATE, whereas for Y … RATE"
    [InlineData("Under the decree, for motorcycles of Thai origin the extra duty will be applied at 40 percent, whereas for sugar of Thai origin it will be 15 percent. Laos set the rates.",
        "LA>TH 40% motorcycles|LA>TH 15% sugar")]
    // headline: a change in points to a new rate names the product before the tariff word
    [InlineData("Jordan lifts tyre import duty 10 points to 30%", "JO>* 30% tyre")]
    // a specific duty in Swiss francs
    [InlineData("Switzerland will raise its levy on imported butter to CHF 2.50 per kg from all countries.", "CH>* 2.5 chf/kg butter")]
    // notice: a list of goods each right before its rate, after a colon
    [InlineData("Kenya revises its import duties on grains. From Monday, consignments shall be assessed at the applicable import duty rates, namely: barley 10%, oats 10%, millet 5% and rye 15%.",
        "KE>* 10% barley|KE>* 10% oats|KE>* 5% millet|KE>* 15% rye")]
    // a schedule of rates by year (a safeguard is on every origin)
    [InlineData("Indonesia will cut its safeguard duty on ceramic tiles to 15% in 2026, 12% in 2027 and 9% in 2028.", "ID>* 15% ceramic tiles|ID>* 12% ceramic tiles|ID>* 9% ceramic tiles")]
    [InlineData("Thailand imposed a safeguard duty on imports of steel wire from all countries. The duty will be 18% in the first year, 16% in the second year and 14% in the third year.",
        "TH>* 18% steel wire|TH>* 16% steel wire|TH>* 14% steel wire")]
    [InlineData("Brazil raised its import tax on electric vehicles to 18% in July, 25% in July 2025 and 35% in July 2026.", "BR>* 18% electric vehicles|BR>* 25% electric vehicles|BR>* 35% electric vehicles")]
    // a rate per country, "RATE for A and RATE for B"
    [InlineData("Canada set anti-dumping duties on steel wire of 14.2% for Vietnam and 41.7% for Turkey.", "CA>VN 14.2% steel wire|CA>TR 41.7% steel wire")]
    [InlineData("Australia launched anti-dumping measures on aluminium extrusions from Thailand and Malaysia. Duties of up to 22.5% for goods from Thailand and up to 9.1% for goods from Malaysia will apply to the subject goods.",
        "AU>TH 22.5% aluminium extrusions|AU>MY 9.1% aluminium extrusions")]
    // live blog: a rate per product on one target
    [InlineData("14:02 — Mexico confirms tariffs of 35% on Chinese cars and 25% on Chinese steel.", "MX>CN 35% cars|MX>CN 25% steel")]
    [InlineData("The US will drop its 25% tariff on Italian cheese and its 15% tariff on French wine.", "US>IT 25% cheese|US>FR 15% wine")]
    // rates for named firms of one country on one product are one measure at the highest
    [InlineData("Egypt imposed anti-dumping duties on Chinese glass fibre of 21% for Jushi and 18.5% for CPIC.", "EG>CN 21% glass fibre")]
    // the product ends where the sentence's own verb starts
    [InlineData("Canada's proposed 100% tariff on Chinese EVs drew a response from Beijing.", "CA>CN 100% EVs")]
    [InlineData("Peru's 20% duty on Chilean wine sparked a complaint at the WTO.", "PE>CL 20% wine")]
    // "of Chinese origin" names the target, not a product
    [InlineData("GCC imposes duties on aluminium profiles of Chinese origin at rates of up to 18%.", "GCC>CN 18% aluminium profiles")]
    public void Several_measures_in_one_sentence(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // prices, shares, volumes and years in a list are not rates of a measure
    [InlineData("Coffee rose 4%, cocoa fell 2.5% and sugar gained 1.1% after the tariff announcement.")]
    [InlineData("Apple fell 3%, Tesla 5% and Nike 2% as fears of US tariffs grew.")]
    [InlineData("Steel imports fell 12% in 2024, 8% in 2025 and 5% in 2026 as duties were debated.")]
    [InlineData("The duty on cement, first set in 2018, was reviewed in 2021 and 2024.")]
    [InlineData("Tariff revenue rose 30% from Canada, 20% from Mexico and 10% from Japan.")]
    [InlineData("China, Japan and Korea account for 40%, 25% and 10% of the market that the duty protects.")]
    [InlineData("Kenya's import duties left prices 3% higher, exports 2% lower and volumes 5% down.")]
    public void Lists_that_are_not_measures(string text) => Assert.Equal("", MeasureKey.All(text));
}
