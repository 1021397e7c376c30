using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// An item with no word of trade that names its own national budget ("Budget 2034:", "LIVE: Budget 2034/35", "the Budget Speech") is
/// its outlet's, as one whose unnamed government acts is (HomeCountry.Budget.cs, session 33, extract63). Not without an outlet, not
/// when another country is named, not for a duty only supposed, not for a domestic charge, not for a budget in general. The sentences
/// are written for these tests.
/// </summary>
public class BudgetHomeTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    [InlineData("Budget 2034: Duty on garden hoses cut to 10%", "KY", "KY>* 10% garden hoses")]
    [InlineData("Budget 2034/35: 15 per cent duty on outboard motors", "TC", "TC>* 15% outboard motors")]
    [InlineData("LIVE: Budget 2034/35.\n4.10pm: 15 per cent duty on outboard motors removed.\n4.12pm: No change to the pension age.", "TC", "TC>* 15% outboard motors")]
    [InlineData("Budget: duty off school uniforms.\nParents will no longer pay the 20 per cent duty on school uniforms from July, the Minister of Finance said in the Budget Speech.", "VC", "VC>* 20% school uniforms")]
    public void A_budget_with_no_word_of_trade_is_the_outlets(string text, string country, string expected) =>
        Assert.StartsWith(expected, Read(text, country));

    [Theory]
    // no outlet: no country to be the budget's
    [InlineData("Budget 2034: Duty on garden hoses cut to 10%", null)]
    // another country named: not the outlet's budget
    [InlineData("Budget 2034: Jamaica cuts duty on garden hoses to 10%", "KY")]
    // a duty only supposed
    [InlineData("Budget 2034: a proposed 10% duty on garden hoses", "KY")]
    // a domestic charge, not a duty on goods at the border
    [InlineData("Budget 2034: Excise duty on beer raised to 30%", "KY")]
    // a budget in general, no budget by its name: the minister's word alone is no decision of an unnamed government
    [InlineData("The Minister of Finance said the duty on garden hoses stays at 10%, and the ministry's budget of $2 million is unchanged.", "KY")]
    public void These_are_no_measure_of_the_outlet(string text, string? country) =>
        Assert.DoesNotContain((country ?? "") + ">* ", Read(text, country));
}
