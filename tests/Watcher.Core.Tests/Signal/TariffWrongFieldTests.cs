using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 12 (extract22): measures read at the right rate but with one field wrong (the goods, the imposer or the target), each
/// kind with sentences of this file's own in wire, gazette, headline and non-native styles, and negatives that must not change.
/// </summary>
public class TariffWrongFieldTests
{
    // 1. a goods phrase before "imported/exported/originating from|in" starts at a word, never inside one ("on polyvinyl chloride
    // imported from …" is not "n polyvinyl chloride", "pipe and tube exported from" not "nd tube", "imports originating in" not "mports")
    [Theory]
    [InlineData("Thailand has confirmed a definitive anti-dumping duty of 22% on cold-rolled steel imported from Vietnam, slightly below the provisional rate of 25%, officials said.")]
    [InlineData("Ruritania confirmed a duty of 14.8% on polyvinyl chloride imported from Egypt, below the provisional rate of 15.2%.")]
    [InlineData("The tariff commission said the additional tariff of 24% on imports originating in Vietnam will stay suspended, while the additional tariff of 10% will be kept.")]
    [InlineData("Peru set a definitive duty of 12% on pipe and tube exported from Korea, above the provisional 9% rate.")]
    public void Goods_before_an_origin_start_at_a_word(string text)
    {
        foreach (var m in TariffExtractor.Extract(text))
            foreach (var p in m.Products.Where(p => p != "goods"))
                Assert.Matches(@"(?:^|[^\w-])" + System.Text.RegularExpressions.Regex.Escape(p) + @"\b", text);
    }

    // 2. a country's code before a dollar sign is a currency, not a party: "US$41", "US$ 1.02/kg", "NZ$", "HK$"
    [Theory]
    [InlineData("Chile to charge 6% tariff on parcels under US$41", "CL>* 6% parcels")]
    [InlineData("Epoxy resin from China will pay a provisional anti-dumping duty of 14% and a deposit of US$ 1.02/kg, Brazil's Gecex said.", "BR>CN 14% Epoxy resin|BR>CN 1.02 usd/kg Epoxy resin")]
    [InlineData("Kenya will charge a 10% levy on parcels valued under US$50.", "KE>* 10% parcels")]
    [InlineData("Tyres from Thailand will pay anti-dumping duties of up to US$ 0.85 per kilogram.", "")]
    [InlineData("Australia will impose a 5% duty on imported honey worth more than NZ$2 a kilo.", "AU>* 5% honey")]
    // negatives: the country itself still counts
    [InlineData("The US imposed a 25% tariff on steel from Mexico.", "US>MX 25% steel")]
    [InlineData("Chile to charge 6% tariff on US parcels", "CL>US 6% parcels")]
    public void A_country_code_before_a_dollar_sign_is_a_currency(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 3. a later rate's own subject, after "while/whereas/and", is its goods also when the verb is passive or "subject to":
    // "…, while rebar will be charged 19%", "whereas tiles are each subject to an import duty of 25%", "bicycles will be taxed 20%"
    [Theory]
    [InlineData("Kenya will keep a 25% duty on sugar, while rice will be charged 35% from July.", "KE>* 25% sugar|KE>* 35% rice")]
    [InlineData("Indonesia set the import duty on cement at 10 percent, whereas tiles and sanitary ware are each subject to an import duty of 25 percent.", "ID>* 10% cement|ID>* 25% tiles+sanitary ware")]
    [InlineData("Ghana raised the levy on frozen poultry to 35%, while rice is now subject to a tariff of 20%.", "GH>* 35% frozen poultry|GH>* 20% rice")]
    [InlineData("Under the decree, Mexico's tariff on footwear stays at 35%, while bicycles will be taxed 20% instead of 30%.", "MX>* 35% footwear|MX>* 20% bicycles")]
    // negatives: a clause whose subject is no goods, or whose figure is no rate, adds nothing
    [InlineData("Vietnam cut its tariff on apples to 5%, while prices will be charged 10% higher by retailers.", "VN>* 5% apples")]
    [InlineData("Peru set a 15% tariff on shoes, while the government will be charged with enforcing it by March.", "PE>* 15% shoes")]
    public void A_later_rate_takes_its_own_passive_subject_as_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 4. a list of countries whose names take "the" after a comma is one list ("Indonesia, the Philippines and Thailand"): its last
    // name is one more origin, not the imposer; "the" after a comma opens a list name only when the list goes on after it
    [Theory]
    [InlineData("Shipments from Vietnam, the Philippines and Malaysia will face a 20% duty, the US Commerce Department said.", "US>VN 20% goods|US>PH 20% goods|US>MY 20% goods")]
    [InlineData("India imposed a 12% duty on solar glass from Malaysia, the UAE and Vietnam.", "IN>MY 12% solar glass|IN>AE 12% solar glass|IN>VN 12% solar glass")]
    [InlineData("Goods from Indonesia, the Philippines and Thailand will face a 17% tariff, while those from Cambodia and Malaysia will pay 16%, according to an order signed by President Donald Trump.",
        "US>ID 17% goods|US>PH 17% goods|US>TH 17% goods|US>KH 16% goods|US>MY 16% goods")]
    // negatives: a country after ", the" that ends the list is a speaker or an appositive, not one more origin
    [InlineData("Mexico will raise its tariff on steel from China to 50%, the United States said on Monday.", "MX>CN 50% steel")]
    [InlineData("The EU slapped a 30% duty on fertiliser from Russia, the biggest supplier, and Belarus.", "EU>RU 30% fertiliser")]
    [InlineData("The US imposed a 25% tariff on steel from China, the European Union and Japan said they would respond.", "US>CN 25% steel")]
    public void A_country_after_a_comma_and_the_continues_a_list(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 5. words between a rate and its tariff word that say what kind of tariff it is name no goods ("the 6% general tariff",
    // "a 35% common external tariff", "a 25% ad valorem duty"); a noun there still does ("a 20% steel tariff")
    [Theory]
    [InlineData("Parcels would pay the 6% general tariff, Chile's Senate said.", "CL>* 6% Parcels")]
    [InlineData("Kenya will stay the application of the 35 per cent common external tariff on wheat.", "KE>* 35% wheat")]
    [InlineData("Uganda will apply a 25% ad valorem duty on imported sugar.", "UG>* 25% sugar")]
    [InlineData("Mexico set a 20% steel tariff on imports from China.", "MX>CN 20% steel")]
    [InlineData("Canada imposed a 100% EV tariff on Chinese cars.", "CA>CN 100% cars")]
    public void A_kind_of_tariff_before_the_tariff_word_is_no_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 6. a day or a month after "on" says when, not what ("measures on Monday", "tariffs on Friday"); a date before the goods or a
    // month that modifies a noun is left as it was
    [Theory]
    [InlineData("Tariffs on Monday: Canada said it would impose a 25% duty.", "CA>* 25% goods")]
    [InlineData("Mexican glass makers will pay anti-dumping duties of up to 40% in the US after Washington confirmed final measures on Thursday, with rates of up to 22.5% for South Korean producers and 14.1% for Taiwanese material.",
        "US>MX 40% glass|US>KR 22.5% glass|US>TW 14.1% glass")]
    [InlineData("Brussels imposed duties on Tuesday of 12% on Chinese plywood.", "EU>CN 12% plywood")]
    [InlineData("India will levy duties on 1 March of 20% on gold.", "IN>* 20% gold")]
    public void A_day_or_month_after_on_is_no_goods(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
