using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 12 (fix22): the review of extract22's rules — a list after ", the" that ends in a speaker, a relative clause after a
/// country, a later passive clause whose subject is people or income, and a country code a space before "$".
/// </summary>
public class ReviewFixes12xTests
{
    // 1. a list of names that ends in a speech verb is the speakers, not more origins: its first name after ", the" ends the
    // origins ("steel from China, the United States and Mexico said …"); the first speaker is read as the imposer, as before extract22
    // (the goods after "apply to" are a separate gap, left as read)
    [Theory]
    [InlineData("A 50% tariff will apply to steel from China, the United States and Mexico said on Tuesday.", "US>CN 50% steel")] // goods read by the goods phrase reader (session 15), "goods" before
    [InlineData("Duties of 25% will be imposed on aluminium from Russia, the EU and Britain said in a joint statement.", "EU>RU 25% aluminium")]
    [InlineData("A 30% duty will apply to solar panels made in China, the US, India and Turkey announced.", "US>CN 30% solar panels")]
    [InlineData("Tariffs of 40% will hit cars from Japan, the Netherlands and Germany said on Friday.", "NL>JP 40% cars")]
    [InlineData("A 15% levy will fall on shrimp from Ecuador, the Philippines and Indonesia warned on Monday.", "PH>EC 15% shrimp")]
    [InlineData("Anti-dumping duties of 35% will apply to tyres from Thailand, the UK, Canada and Australia told reporters.", "GB>TH 35% tyres")]
    // positives: a list that goes on and ends without speaking stays one list of origins
    [InlineData("Canada imposed a 15% duty on steel from China, the Philippines and Vietnam, officials said.", "CA>CN 15% steel|CA>PH 15% steel|CA>VN 15% steel")]
    [InlineData("India imposed a 12% duty on solar glass from Malaysia, the UAE and Vietnam.", "IN>MY 12% solar glass|IN>AE 12% solar glass|IN>VN 12% solar glass")]
    [InlineData("Mexico raised its tariff on steel from China, the Philippines and Vietnam to 25%, Economy Minister Marcelo Ebrard said.", "MX>CN 25% steel|MX>PH 25% steel|MX>VN 25% steel")]
    [InlineData("Brazil will charge an 18% duty on tyres from Thailand, the UK and South Korea from Monday, the ministry announced.", "BR>TH 18% tyres|BR>GB 18% tyres|BR>KR 18% tyres")]
    public void A_list_that_ends_in_a_speaker_is_no_list_of_origins(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 2. a comma followed by a relative pronoun after a country ("the UK, which followed suit,") opens a clause about it, not the
    // next name of a list
    [Theory]
    [InlineData("The EU will impose a 20% tariff on steel from China, the UK, which followed suit, said on Monday.", "EU>CN 20% steel")]
    [InlineData("Mexico imposed a 30% tariff on shoes from Vietnam, the US, whose industry had asked for it, said on Friday.", "MX>VN 30% shoes")]
    [InlineData("Brazil will charge a 12% duty on tyres from Thailand, the Netherlands, where the tyres are transhipped, said.", "BR>TH 12% tyres")]
    [InlineData("India set a 25% duty on glass from Malaysia, the UAE, who supplies a third of it, confirmed.", "IN>MY 25% glass")]
    // positives: a list with "the" after a comma that goes on
    [InlineData("Canada will charge a 17% tariff on goods from Indonesia, the Philippines and Thailand.", "CA>ID 17% goods|CA>PH 17% goods|CA>TH 17% goods")]
    [InlineData("Shipments from Vietnam, the Philippines, Malaysia and Cambodia will face a 20% duty, the US Commerce Department said.", "US>VN 20% goods|US>PH 20% goods|US>MY 20% goods|US>KH 20% goods")]
    public void A_relative_clause_after_a_country_ends_the_list(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 3. a later clause whose passive subject is people, firms or income ("while buyers will be charged 2% interest", "while income
    // above Rs 50 lakh will be taxed 30%") states no tariff on goods
    [Theory]
    [InlineData("Kenya will cut its duty on cars to 10%, while buyers will be charged 2% interest on financing.", "KE>* 10% cars")]
    [InlineData("India raised the import duty on gold to 15%, while income above Rs 50 lakh will be taxed 30%.", "IN>* 15% gold")]
    [InlineData("Vietnam lowered its tariff on wheat to 3%, while foreign investors will be taxed 10% on profits.", "VN>* 3% wheat")]
    [InlineData("Ghana raised the levy on rice to 20%, while importers will be charged 5% more for clearance.", "GH>* 20% rice")]
    [InlineData("Peru set a 12% duty on shoes, whereas consumers are subject to a 18% sales tax.", "PE>* 12% shoes")]
    [InlineData("Egypt raised its tariff on sugar to 25%, and households will be charged 4% more for electricity.", "EG>* 25% sugar")]
    // positives: goods as the passive subject keep working
    [InlineData("Kenya will keep a 25% duty on sugar, while rice will be charged 35% from July.", "KE>* 25% sugar|KE>* 35% rice")]
    [InlineData("Pakistan set the duty on billets at 10%, whereas billets of alloy steel will be charged 15%.", "PK>* 10% billets|PK>* 15% billets of alloy steel")]
    [InlineData("Under the decree, Mexico's tariff on footwear stays at 35%, while bicycles will be taxed 20% instead of 30%.", "MX>* 35% footwear|MX>* 20% bicycles")]
    [InlineData("The US set a 25% duty on steel from China, while exporters from Vietnam will be charged 20%.", "US>CN 25% steel|US>VN 20% steel")]
    public void A_later_clause_about_people_or_income_is_no_measure(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    // 4. a country code before "$" is a currency also with one space between ("US $41", "NZ $3"); a code before a space and a
    // word is still the country
    [Theory]
    [InlineData("Chile will charge a 6% tariff on parcels under US $41.", "CL>* 6% parcels")]
    [InlineData("Chile to charge 6% tariff on parcels under US$41", "CL>* 6% parcels")]
    [InlineData("Chile to charge 6% tariff on parcels under US $41", "CL>* 6% parcels")]
    [InlineData("Kenya will charge a 10% levy on parcels valued under US $50.", "KE>* 10% parcels")]
    [InlineData("Australia will impose a 5% duty on imported honey worth more than NZ $2 a kilo.", "AU>* 5% honey")]
    // negatives: the code before a word is the country
    [InlineData("Chile to charge 6% tariff on US parcels", "CL>US 6% parcels")]
    [InlineData("The US imposed a 25% tariff on steel from Mexico.", "US>MX 25% steel")]
    public void A_country_code_a_space_before_a_dollar_sign_is_a_currency(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
