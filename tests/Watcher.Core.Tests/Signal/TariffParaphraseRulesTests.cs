using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The rules session 10 widened from the paraphrase grid (<see cref="ExtractionGrid"/>), each with sentences written for it in
/// other words, countries and goods, and look-alikes that must not match.
/// </summary>
public class TariffParaphraseRulesTests
{
    [Theory]
    // a list of multi-word goods keeps its commas: each item a short noun phrase, "and"/"or" before the last
    [InlineData("Chile raised its tariff on truck tyres, bus tyres and inner tubes from Peru to 18%.", "CL>PE 18% truck tyres+bus tyres+inner tubes")]
    [InlineData("Egypt imposed a 12% duty on glass wool, rock wool or mineral fibre from Turkey.", "EG>TR 12% glass wool+rock wool+mineral fibre")]
    [InlineData("Kenya set a 25% levy on frozen fish, fish fillets and dried fish from Uganda.", "KE>UG 25% frozen fish+fish fillets+dried fish")]
    // … and stops at a comma that opens a clause
    [InlineData("Chile raised its tariff on truck tyres to 18%, a move that angered Peruvian exporters.", "CL>* 18% truck tyres")]
    // a product code in brackets is no part of the goods, and the origin after it is still theirs
    [InlineData("Peru imposed a 14% duty on ceramic tiles (HS 6907) from Spain.", "PE>ES 14% ceramic tiles")]
    [InlineData("Seamless pipes (HS code 7304.19) from Ukraine will face a 22% duty, Kazakhstan's finance ministry said.", "KZ>UA 22% Seamless pipes")]
    // every tariff noun announces a measure whose rate a later sentence states
    [InlineData("Canada imposed a surcharge on steel wire from Vietnam on Monday. The surcharge is 15% and applies for three years.", "CA>VN 15% steel wire")]
    [InlineData("Ghana introduced an import tax on cement from Nigeria. The import tax is 20 percent.", "GH>NG 20% cement")]
    // the agent of a passive after the goods ("… on X imposed by Y"), and "the R duty that Y imposed on X"
    [InlineData("The 30% duty on Thai rice imposed by the Philippines takes effect on Monday.", "PH>TH 30% rice")]
    [InlineData("Farmers said the 20% levy that Morocco's trade ministry imposed on wheat from France would raise bread prices.", "MA>FR 20% wheat")]
    // "hit back at X with" names the target
    [InlineData("Norway hit back at Iceland with a 15% tariff on its fish oil.", "NO>IS 15% fish oil")]
    // a tariff-rate quota's tiers are on the goods the quota is for
    [InlineData("Japan opened a tariff-rate quota of 20,000 tonnes for butter, with an in-quota duty of 8% and an out-of-quota duty of 35%.", "JP>* 8% butter|JP>* 35% butter")]
    [InlineData("Imports of sugar above a quota of 80,000 tonnes will face a 40% tariff, Kenya said.", "KE>* 40% sugar")]
    // a country adjective's goods open a per-country clause
    [InlineData("Under the ruling by Peru, Chinese bicycles face duties of 15.2% and Thai bicycles 28.9%.", "PE>CN 15.2% bicycles|PE>TH 28.9% bicycles")]
    // the country goods "face duties from" imposes them (the per-firm rates are one measure at the highest)
    [InlineData("Vietnamese steel wire makers face duties from Canberra ranging from 4.1% for Hoa Sen to 17.6% for Nam Kim.", "AU>VN 17.6% steel wire")]
    [InlineData("Turkish pasta exporters are subject to new tariffs from the European Union of 30%.", "EU>TR 30% pasta")]
    // the parts of a compound duty share the goods after the last part
    [InlineData("Norway set a duty of 8% plus EUR 120 per tonne on potatoes from Sweden.", "NO>SE 8% potatoes|NO>SE 120 eur/tonne potatoes")]
    [InlineData("Peru imposed a tariff of 12% + US$0.30 per kilogram on garlic from China.", "PE>CN 12% garlic|PE>CN 0.3 usd/kg garlic")]
    // a part with goods of its own keeps them
    [InlineData("Peru imposed a 12% tariff on onions plus US$0.30 per kilogram on garlic, both from China.", "PE>CN 12% onions|PE>CN 0.3 usd/kg garlic")]
    public void States_the_measure(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));

    [Theory]
    // "duty" the obligation, not a tariff
    [InlineData("The regulator said it had a duty to protect the 30% of households on prepaid meters.")]
    [InlineData("Officials said the ministry has a legal duty to publish 40% of its contracts.")]
    // a country whose exports a hypothetical tariff would hurt is not its imposer
    [InlineData("Analysts estimate that a 20% tariff on copper would cut Chile's exports by 9%.")]
    [InlineData("A 25% tariff on cars would reduce Mexico's exporters' margins by 4%, economists said.")]
    // a rate of another charge, not a goods list
    [InlineData("Brazil's largest mobile operator raised its data tariffs by 15%, citing inflation.")]
    // "duties from" after goods names their origin, not an imposer
    [InlineData("Vietnamese mills said exports were hurt by duties, from Canberra to Ottawa, without naming a rate.")]
    public void States_no_measure(string text) => Assert.Equal("", MeasureKey.All(text));

    [Theory]
    // "duty to" a level is no obligation: the rate stays a measure
    [InlineData("Kenya said it has a plan to raise the duty to 35% on sugar from Uganda.", "KE>UG 35% sugar")]
    [InlineData("Kenya has the duty to 35% on Ugandan sugar now, officials said.", "KE>UG 35% sugar")]
    public void A_level_after_duty_to_is_no_obligation(string text, string expected) => Assert.Equal(expected, MeasureKey.All(text));
}
