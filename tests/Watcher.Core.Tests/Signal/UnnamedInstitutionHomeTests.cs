using Watcher.Core.Entities;
using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 24 (extract43): a national institution that no country's name goes with ("FG", "Comex", "Economía", "the Treasury", a
/// tariff commission, the Cabinet) acting on a duty, or the home's own people reacting to a duty change ("local makers welcome …"),
/// state the measure of the one country the item's evidence names — a demonym on the people, a national currency, else the outlet's
/// country (HomeCountry.OfUnnamedInstitution; docs/quality.md, "Session 24 (extract43)"). Sentences are the tests' own.
/// </summary>
public class UnnamedInstitutionHomeTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("FG slashes 20% duty on imported generators", "NG", "NG>* 20%")]
    [InlineData("Comex applies a surcharge of 12% on imported ceramic tiles", "EC", "EC>* 12%")]
    [InlineData("Economía sets duties of 25% on imported steel wire", "MX", "MX>* 25%")]
    [InlineData("Treasury scraps 15% import duty on water pumps", "MW", "MW>* 15%")]
    [InlineData("Tariff Commission recommends 30% duty on imported cement", "PK", "PK>* 30%")]
    [InlineData("At its meeting on Monday, the Cabinet has made a decision to reduce the customs duty on imported beef from 20 percent to 10 percent.", "MN", "MN>* 10%")]
    public void An_institution_of_no_named_country_acts_for_the_outlet(string text, string country, string expected)
    {
        Assert.Contains(expected, Read(text, country));
        Assert.DoesNotContain(expected, Read(text, null)); // the text alone names no country
    }

    // the evidence of the text decides, with no outlet: a national currency, a demonym on the people reacting
    [Theory]
    [InlineData("FG raises import duty on generators to 20%\nThe FG has raised the import duty on generators to 20 percent, a measure expected to earn 12 billion naira a year.", "NG>* 20%")]
    [InlineData("Kenyan shoe makers welcome higher 30% duty on imported shoes", "KE>* 30%")]
    public void The_item_s_evidence_names_the_country(string text, string expected) =>
        Assert.Contains(expected, Read(text, null));

    [Theory]
    [InlineData("Local shoe makers welcome higher 30% duty on imported shoes", "KE", "KE>* 30%")]
    [InlineData("Poultry farmers hail increase in import duty on chicken to 40%", "TT", "TT>* 40%")]
    public void The_home_s_people_react_to_its_duty(string text, string country, string expected) =>
        Assert.Contains(expected, Read(text, country));

    // a city's, a company's, a union's or a sports body's council, assembly or "FG"; a commission earned; a demand; another country named
    // as the actor; exporters' reactions; a duty unchanged; a fuel surcharge (the rule itself: some of these a sentence or headline
    // rule of its own reads, e.g. "raised the tariff on parking to 20%" as a decision stated)
    [Theory]
    [InlineData("The City Council raised the tariff on parking to 20%", "ZA")]
    [InlineData("The company's board approved a 10% commission for salesmen on imported cars", "KE")]
    [InlineData("Students' Union assembly votes to cut the 5% levy on meals", "GH")]
    [InlineData("Football Federation (FG) imposes 10% duty on ticket sales", "NG")]
    [InlineData("Manufacturers urged the government to raise the duty on imported tiles to 30%", "KE")]
    [InlineData("Kenyan traders protest Uganda's new 25% duty on sugar", "KE")]
    [InlineData("Exporters welcome cut in the duty on shrimp to 10%", "IN")]
    [InlineData("Dairy farmers protest milk powder imports at 15% duty", "IN")]
    [InlineData("Airline passengers protest higher fuel surcharge on tickets", "KE")]
    [InlineData("The EU Council suspended duties of 12% on imported aluminium", "DE")]
    public void No_unnamed_institution_of_the_outlet(string text, string country)
    {
        var parties = EntityFinder.Find(text);
        Assert.Null(HomeCountry.OfUnnamedInstitution(text, parties, parties.Select(m => m.CountryId).Distinct().ToList(), country));
    }

    // the rule reads the outlet only where the text names no other country that may act
    [Theory]
    [InlineData("Kenyan traders protest Uganda's new 25% duty on sugar", "KE")]
    [InlineData("Dairy farmers protest milk powder imports at 15% duty", "IN")]
    [InlineData("Football Federation (FG) imposes 10% duty on ticket sales", "NG")]
    public void Not_the_outlet_s_measure(string text, string country) =>
        Assert.DoesNotContain(country + ">", Read(text, country));
}
