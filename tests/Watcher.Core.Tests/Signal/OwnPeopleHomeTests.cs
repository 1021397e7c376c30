using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 29 (probe29): an item that names no imposer and quotes the outlet's own makers, growers, traders or buyers by their
/// demonym ("Ghanaian fish processors welcomed …", "… to support Polish dairy farmers") states its home's measure: the demonym names
/// the outlet's country as itself, not as an origin another country charges (HomeCountry.OwnPeople; docs/quality.md, "Session 29
/// (probe29)"). Without the rule these items read nothing. Sentences are the tests' own.
/// </summary>
public class OwnPeopleHomeTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    // a ministry's release: the importers pay, the home's processors are quoted
    [InlineData("Duty on canned sardines raised to 12%.\nImporters of canned sardines will pay a 12% duty from 1 March. Ghanaian fish processors in Tema said the change would let them hire again.",
        "GH", "GH>* 12% canned sardines")]
    // a headline alone that states its rate and whom it helps
    [InlineData("Import duty on hard cheese raised to 30% to shield Polish dairy farmers", "PL", "PL>* 30% hard cheese")]
    // the home's buyers by their demonym, and a named origin
    [InlineData("Duty on Turkish door hinges cut to 5%.\nThe customs duty on door hinges from Turkey was cut to 5% from 15%, and Kenyan furniture makers said it would lower their costs.",
        "KE", "KE>TR 5% door hinges")]
    public void The_outlet_s_own_people_name_it_as_the_home(string text, string country, string expected)
    {
        Assert.Equal(expected, Read(text, country));
        Assert.Equal("", Read(text, null)); // the text alone names no imposer
    }

    [Theory]
    // a foreign country's duty the home outlet reports: its own makers face it, pay it, or are hit by it
    [InlineData("Thai shrimp farmers face a 25% duty on frozen shrimp.\nThai shrimp farmers said the duty on frozen shrimp would be raised to 25% next month.", "TH")]
    [InlineData("Duty on solar glass raised to 30%.\nVietnamese makers of solar glass will pay the full 30% duty from June, while others pay 12%.", "VN")]
    [InlineData("Duty on steel pipes raised to 25%, a blow to Indian steel makers.\nThe duty on steel pipes was raised to 25% last week.", "IN")]
    // a tax on residents, and a price rise: no duty on goods at all
    [InlineData("Kenyan households will pay a 16% tax on cooking gas from July.\nKenyan retailers said the tax was raised from 8%.", "KE")]
    [InlineData("Imported cheese prices rose 30% after the duty was raised, Polish dairy farmers said.", "PL")]
    public void Not_the_outlet_s_measure(string text, string country) =>
        Assert.Equal("", Read(text, country));
}
