namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 11 (fix16x): the findings of the read-only review of this session's merges (extract18's home country, extract19's goods
/// of the item, extract20's continued measures), each with the reviewer's sentence and sentences of this file's own, in wire,
/// headline, gazette and non-native styles, with negatives.
/// </summary>
public class ReviewFixes16xTests
{
    // 1. an institution's name that several countries use ("the Department of Commerce": the United States' and India's; "the DOF":
    // Mexico's official journal and the Philippines' Department of Finance) ties the item to no country by itself; a national
    // currency or another institution decides, and with none the item has no home
    [Theory]
    [InlineData("The Department of Commerce has notified an anti-dumping duty of Rs 2,500 per tonne on PVC resin imported from China. Local makers in Gujarat had sought the duty.", "")]
    [InlineData("The DOF said on Thursday the tariff on imported rice will be cut to 15% from 35% under Executive Order 62.", "")]
    [InlineData("The DOF said the tariff on imported rice will be cut to 15% under Executive Order 62. Importers expect prices to fall by ₱5 a kilo.", "PH>* 15% rice")]
    [InlineData("The Department of Commerce has imposed an anti-dumping duty of 30% on glass from China. Consumers will pay ₹40 more a sheet.", "IN>CN 30% glass")]
    [InlineData("The Department of Commerce issued a final anti-dumping duty of 45% on steel nails from Vietnam, the Federal Register showed.", "US>VN 45% steel nails")]
    public void A_shared_institution_name_ties_to_no_country_by_itself(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 2. in a Title Case headline "New" before a country is an adjective; only the places of a closed list ("New Mexico", "New
    // Caledonia") are not their country; a verb of imposing before "<country> tariff" makes the country its target
    [Theory]
    [InlineData("Trump Unveils New China Tariffs Of 100%", "US>CN 100% goods")]
    [InlineData("Trump slaps New Canada tariff of 35% on lumber", "US>CA 35% lumber")]
    [InlineData("Beijing Announces New Australia Duties Of 80% On Barley", "CN>AU 80% Barley")]
    [InlineData("US Slaps Brazil Tariff Of 50% On Beef", "US>BR 50% Beef")]
    [InlineData("Mexico imposed a 20% tariff on pecans from New Mexico.", "MX>* 20% pecans")]
    [InlineData("The US imposed a 20% tariff on nickel from New Caledonia.", "US>NC 20% nickel")] // a territory of its own since session 15
    public void New_before_a_country_is_a_place_only_for_a_closed_list(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 3. a country named for comparison ("a similar bill in Kenya", "like Uganda", "Egyptians will also see …, as Egypt imports the
    // same flour") or as the nationality of exporters ("Americans who ship cars to the country") is not the home; a people named as
    // the ones who pay still is
    [Theory]
    [InlineData("The Parliament passed the Customs Tariff (Amendment) Bill raising the duty on imported sugar to 25 per cent. A similar bill in Kenya failed last year.", "")]
    [InlineData("The Ministry said the import duty on used cars will rise to 35 per cent next month. Americans who ship cars to the country will pay more.", "")]
    [InlineData("The Government has raised the import duty on wheat flour to 60 per cent. Egyptians will also see higher prices, as Egypt imports the same flour from Turkey.", "")]
    [InlineData("Parliament approved a rise in the import duty on cement to 30 per cent. Like Uganda, the country wants to protect local plants.", "")]
    [InlineData("The Cabinet raised the duty on imported rice to 20 per cent. Thais who sell rice to the country will earn less.", "")]
    [InlineData("The Government raised the import duty on frozen fish to 30 per cent. Kenyans will pay more for tilapia.", "KE>* 30% frozen fish")]
    public void A_country_in_a_comparison_or_exporters_nationality_is_no_home(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 4. goods are not carried from a measure its sentence marks as another one ("A separate 15% tariff on coal …"), nor from a
    // sentence about the harm tariffs have done ("Tariffs on steel have already hurt Ontario mills")
    [Theory]
    [InlineData("China will impose a 10% tariff on imports from the United States from Monday. A separate 15% tariff on coal and liquefied natural gas takes effect at the same time.",
        "CN>US 10% goods|CN>* 15% coal+liquefied natural gas")]
    [InlineData("Canada will impose a 25% tariff on imports from the United States. Tariffs on steel have already hurt Ontario mills.", "CA>US 25% goods")]
    [InlineData("The US set a 25% tariff on goods from Canada. Duties on lumber have hurt builders in Texas for years.", "US>CA 25% goods")]
    public void Goods_are_not_carried_from_another_measure_or_from_background(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 5. a rate the sentence ties to a deal with another party ("under its deal with Washington") or to the origin's own deal continues
    // no measure; one under a deal with the imposer still does
    [Theory]
    [InlineData("The EU imposed anti-dumping duties of up to 30% on steel wire from China. Vietnam pays 20% under its deal with Washington.", "EU>CN 30% steel wire")]
    [InlineData("The US set a 25% tariff on imported lumber. Canada pays 10% under its own agreement.", "US>* 25% lumber")]
    [InlineData("Washington set a 25% tariff on imported lumber. Canada will pay 10% under its deal with Washington.", "US>* 25% lumber|US>CA 10% lumber")]
    [InlineData("The EU set anti-dumping duties of up to 40% on steel pipes from China. India pays 12% under a separate agreement with Brussels.",
        "EU>CN 40% steel pipes|EU>IN 12% steel pipes")]
    public void A_rate_under_another_party_s_deal_continues_no_measure(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
