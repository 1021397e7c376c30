namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 9 (extract12): who imposes on whom, and what the product phrase is. Sentences written for this test in wire,
/// government-notice, translated-agency and headline styles (no holdout sentence is a case); each positive case gave a wrong
/// measure before its rule, each control shows the rule leaves an ordinary statement alone.
/// </summary>
public class TariffPartiesAndGoodsTests
{
    [Theory]
    // a date is no goods: a month's abbreviation after "on" ("on Dec. 1", "on Sept 30") ends the search for a product, not starts one
    [InlineData("Peru already applies a 20% tariff on 14 Chilean products, and officials said it would rise to 30% on Sept. 1.", "PE>CL 20% goods|PE>CL 30% goods")]
    [InlineData("Kenya's 25% duty on 40 Ugandan goods takes effect on Jan. 15.", "KE>UG 25% goods")]
    // a count before the goods is no part of their name ("12 Vietnamese products" are products)
    [InlineData("Thailand raised its duty on 12 Vietnamese products to 18% on Feb 3.", "TH>VN 18% goods")]
    // a sentence adverb a list ran into is no goods; the goods are the ones announced
    [InlineData("Hanoi (VNA) - The Ministry of Industry and Trade has imposed anti-dumping duties on galvanised steel from China. Specifically, Chinese manufacturers and exporters are subject to duties of up to 27.8 percent.",
        "VN>CN 27.8% galvanised steel")]
    [InlineData("Egypt imposed anti-dumping duties on ceramic tiles from China. Specifically, Chinese mills and traders face duties of 22.5 percent.", "EG>CN 22.5% ceramic tiles")]
    // a quota class ("in-quota", "out-of-quota", "over-quota") is a share of the goods, not their name
    [InlineData("In-quota sugar will pay a duty of 10 percent, while out-of-quota shipments will pay 35 percent, Mexico said.", "MX>* 10% sugar|MX>* 35% sugar")]
    [InlineData("Norway imposes a 40% tariff on cheese, and over-quota cheese pays 80%.", "NO>* 40% cheese|NO>* 80% cheese")]
    // controls: a month written out, and goods with a number in a later word, stay as they were
    [InlineData("Bolivia will apply a 15% tariff on Peruvian goods from Oct. 1.", "BO>PE 15% goods")]
    [InlineData("Japan will raise its tariff on clothing to 20% on March 1.", "JP>* 20% clothing")]
    public void A_date_a_count_an_adverb_or_a_quota_class_is_no_product(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a measure announced on goods ("a definitive safeguard measure on imports of X", "the anti-dumping measures applying to X", "the
    // reduced tariff rates on X") names the goods of the rates the item states next
    [InlineData("Rabat - The trade ministry will apply a definitive safeguard measure on imports of ceramic tiles for three years. The measure takes the form of an additional duty of 30% in the first year and 25% in the second year.",
        "MA>* 30% ceramic tiles|MA>* 25% ceramic tiles")]
    [InlineData("The Commissioner has completed an inquiry into the continuation of the anti-dumping measures applying to aluminium extrusions exported to Australia from Malaysia. Dumping duty will continue to be collected at a rate of 12.4 per cent for all exporters from Malaysia.",
        "AU>MY 12.4% aluminium extrusions")]
    // held (read so before): a rate sentence that refers back keeps the announced goods and origin
    [InlineData("Ankara extended the anti-dumping measure on imports of polyester yarn from India. The duty remains at 9.5%.", "TR>IN 9.5% polyester yarn")]
    // control: a measure that is no trade measure names no goods for the tariff after it
    [InlineData("The Senate approved a budget measure on farm subsidies. Ghana's 20% tariff on imports from Nigeria stays.", "GH>NG 20% goods")]
    public void A_measure_announced_on_goods_names_the_goods_of_its_rates(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a country whose goods a rate is on does not impose it, even when it is the next clause's subject: the imposer is the one before
    [InlineData("China will cut its duty on Canadian canola seed to 15% next month. The 100% tariff on Canadian canola oil will stay in place, and Canada has agreed to review its 100% surtax on Chinese electric vehicles.",
        "CN>CA 15% canola seed|CN>CA 100% canola oil|CA>CN 100% electric vehicles")]
    [InlineData("India raised its duty on Australian barley to 30% on Monday. The 20% tariff on Australian chickpeas stays, and Australia said it would take the matter to the WTO.",
        "IN>AU 30% barley|IN>AU 20% chickpeas")]
    [InlineData("Japan extended its 15% safeguard duty on Thai rice. The 20% duty on Vietnamese rice also stays, Vietnam's trade ministry said.", "JP>* 15% rice|JP>VN 20% rice")]
    // a country adjective before a trade-remedy duty imposes it; the country whose exporters face it is its target, and their goods the product
    [InlineData("South Korean exporters of stainless steel pipe, used in shipbuilding, will face Chinese anti-dumping duties of up to 38.5 percent from Monday.", "CN>KR 38.5% stainless steel pipe")]
    [InlineData("Thai makers of polyester yarn will face Indian countervailing duties of 12.4% from next month, the commerce ministry in Bangkok said.", "IN>TH 12.4% polyester yarn")]
    // a country that seeks relief, an exemption or an exclusion from a tariff, or is hit by it, is its target, not its imposer
    [InlineData("Canada has been seeking relief from the 50% tariffs on steel and aluminum, officials in Washington said.", "US>CA 50% steel+aluminum")]
    [InlineData("Mexico is seeking an exemption from the 25% tariff on autos, the U.S. trade representative said.", "US>MX 25% autos")]
    [InlineData("South Africa requested an exclusion from the 30% tariff on citrus, a US trade official said.", "US>ZA 30% citrus")]
    [InlineData("Canada seeks relief from 50% steel tariffs as talks resume in Washington.", "US>CA 50% steel")]
    [InlineData("Vietnam has been hit by the 46% tariff on its goods, the US Commerce Department said.", "US>VN 46% goods")]
    // control: a country negated inside the goods ("non-US content") is not whose goods they are
    [InlineData("The talks focus on the 50% US tariffs on Mexican steel and the 25% levy on the non-US content of Mexican-made trucks.", "US>MX 50% steel|US>MX 25% trucks")]
    // controls: a retaliating country imposes its own rate; a country that imposes names its own tariff; a reply names both sides
    [InlineData("Canada retaliated against US tariffs with a 25% surtax on US steel.", "CA>US 25% steel")]
    [InlineData("Vietnamese shrimp farmers will pay US anti-dumping duties of 25.8% from Friday.", "US>VN 25.8% shrimp")]
    [InlineData("Canada imposed a 25% surtax on Chinese steel, and China responded with a 100% tariff on Canadian canola oil.", "CA>CN 25% steel|CN>CA 100% canola oil")]
    public void The_country_whose_goods_a_rate_is_on_is_its_target(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // the market goods are shipped, exported or sold to imposes the duty paid on the way in ("when shipping to Korea")
    [InlineData("Brazilian producers of orange juice will pay duties of up to 12.5% when exporting to Japan from next year.", "JP>BR 12.5% orange juice")]
    [InlineData("Thai exporters of canned tuna face a 12% duty when selling to the Philippines, the trade office said.", "PH>TH 12% canned tuna")]
    // held (read so before): "to ship to"
    [InlineData("Vietnamese exporters of shrimp will pay duties of 4.6% to ship to the United States.", "US>VN 4.6% shrimp")]
    // control: a market that is no country imposes nothing
    [InlineData("Exporters will pay a 5% fee when shipping to ports in the region.", "")]
    public void The_market_goods_are_shipped_to_imposes_the_duty(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // an item whose rate sentence names no country, and that names one country other than as where goods come from ("from Russia and
    // Ukraine": every origin of a list), is that country's
    [InlineData("The finance ministry has cut the import duty on wheat to 5% from 20% until June. Egypt buys most of its wheat from Russia and Ukraine.", "EG>* 5% wheat")]
    [InlineData("The Ministry of Finance has reduced the import duty on sugar to 10 per cent from 35 per cent. Kenya sources most of its sugar from Uganda and Tanzania.", "KE>* 10% sugar")]
    // control: two countries named other than as origins leave the imposer unnamed
    [InlineData("The finance ministry has cut the import duty on wheat to 5% from 20% until June. Egypt and Jordan buy most of their wheat from Russia and Ukraine.", "")]
    public void Every_origin_of_a_list_is_an_origin(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // an imposer named only by its revenue board, tariff commission, palace or a leader's initials
    [InlineData("The National Board of Revenue has cut the duty on onion imports to 5 percent from 10 percent until March.", "BD>* 5% onion")]
    [InlineData("The National Tariff Commission has imposed provisional anti-dumping duties of 12.1pc on sorbitol imported from China.", "PK>CN 12.1% sorbitol")]
    [InlineData("Malacañang said the tariff on imported rice will stay at 15 percent until June.", "PH>* 15% rice")]
    [InlineData("PBBM signs order cutting corn tariff to 5%", "PH>* 5% corn")]
    [InlineData("Ecuadorean officials said the 25% tariff on Peruvian goods would stay.", "EC>PE 25% goods")]
    public void An_imposer_named_by_its_agency_or_leader(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // "the same product" after a rate on named goods in one sentence is those goods
    [InlineData("The National Tariff Commission has imposed provisional anti-dumping duties of 12.1pc on sorbitol imported from China and a flat 7.5pc on imports of the same product from Indonesia.",
        "PK>CN 12.1% sorbitol|PK>ID 7.5% sorbitol")]
    [InlineData("Turkey raised its duty on steel from Russia to 20% and set 15% on the same goods from Ukraine.", "TR>RU 20% steel|TR>UA 15% steel")]
    public void The_same_product_is_the_one_named_before(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // a country that charges a rate on imports, imported goods or a country's goods states a tariff without the word (headline and wire)
    [InlineData("Ecuador to charge 50% on Colombian goods from December 1", "EC>CO 50% goods")]
    [InlineData("Uganda will charge 25% on Kenyan sugar, the trade ministry said.", "UG>KE 25% sugar")]
    [InlineData("Indonesia will charge 20% on imported ceramic tiles from next month.", "ID>* 20% ceramic tiles")]
    [InlineData("Mexico charges an extra 10% on imports from Guatemala, the economy ministry said.", "MX>GT 10% goods")]
    // controls: a firm's, a bank's or an airline's charge, a charge on services, and a domestic sales tax are no tariff
    [InlineData("Visa to charge 3% on foreign transactions", "")]
    [InlineData("Kenya to charge 16% on digital services from January", "")]
    [InlineData("Kenyan banks will charge 2% on Ugandan shilling transfers.", "")]
    [InlineData("Emirates will charge 5% on Indian routes from Dubai, the airline said.", "")]
    [InlineData("Shops in Canada charge 13% on imported goods under the harmonised sales tax.", "")]
    // a domestic tax the charge is added to is not the charge (review, session 9)
    [InlineData("Ecuador will charge 50% on Colombian goods, on top of VAT, from February.", "EC>CO 50% goods")]
    [InlineData("Canada will charge 13% on imported goods, on top of duties, under the harmonised sales tax.", "")]
    public void A_charge_on_imports_is_a_tariff(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
