using Watcher.Core.Detection;

namespace Watcher.Core.Tests.Signal;

public class ChangeClassifierTests
{
    private const string Base = "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. "
        + "The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.";

    [Theory]
    [InlineData("whitespace", "China will impose a 76% levy on Canadian canola seed,  the commerce ministry in Beijing said on Saturday.\n\nThe measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.")]
    [InlineData("punctuation", "China will impose a 76% levy on Canadian canola seed – the commerce ministry in Beijing said on Saturday! The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.")]
    [InlineData("case", "China will impose a 76% levy on Canadian Canola Seed, the Commerce Ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.")]
    [InlineData("typo fixed", "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retalation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.")]
    [InlineData("typo in a name", "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Bejing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.")]
    [InlineData("timestamp added", "Updated 10:42 GMT\nChina will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.")]
    [InlineData("updated line", "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.\nLast updated 28 November 2026")]
    public void Cosmetic_edits_stay_silent(string edit, string edited)
    {
        var verdict = ChangeClassifier.Compare(Base, edited);
        Assert.False(verdict.Material, $"{edit}: {string.Join("; ", verdict.Reasons)}");
        Assert.Empty(verdict.Diff);
    }

    [Theory]
    [InlineData("new number", "China will impose a 100% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.", "new number: 100%")]
    [InlineData("new party", "China will impose a 76% levy on Canadian and Australian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.", "new party: Australian")]
    [InlineData("new claim", Base + " Beijing also suspended imports of Canadian pork.", "new sentence")]
    [InlineData("claim dropped", "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles.", "removed sentence")]
    [InlineData("negation", "China will not impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.", "negation changed")]
    [InlineData("different day", "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Sunday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to negotiate.", "new party: Sunday")]
    [InlineData("reworded", "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Western premiers urged Ottawa to retaliate.", "claim reworded")]
    [InlineData("replaced", "China will impose a 76% levy on Canadian canola seed, the commerce ministry in Beijing said on Saturday. The measures are widely seen as retaliation for Canada's tariff on Chinese electric vehicles. Farm groups said exports had already stopped.", "new sentence")]
    public void Material_edits_alert_with_a_reason_and_a_short_diff(string edit, string edited, string reason)
    {
        var verdict = ChangeClassifier.Compare(Base, edited);
        Assert.True(verdict.Material, edit);
        Assert.Contains(reason, verdict.Reasons);
        Assert.InRange(verdict.Diff.Count, 1, ChangeClassifier.MaxDiffLines);
        Assert.All(verdict.Diff, l => Assert.Matches("^[-+] ", l));
    }

    [Fact]
    public void The_diff_shows_the_old_and_new_sentence_side_by_side()
    {
        var verdict = ChangeClassifier.Compare(Base, Base.Replace("76%", "100%", StringComparison.Ordinal));
        Assert.Equal(["- " + LineDiff.Sentences(Base)[0], "+ " + LineDiff.Sentences(Base)[0].Replace("76%", "100%", StringComparison.Ordinal)], verdict.Diff);
    }

    [Theory]
    [InlineData("aluminum", "aluminium", true)]
    [InlineData("retalation", "retaliation", true)]
    [InlineData("Bejing", "Beijing", true)]
    [InlineData("Japan", "Spain", false)]
    [InlineData("2024", "2025", false)]
    [InlineData("raise", "raised", false)]
    public void Typo_equality(string a, string b, bool same) => Assert.Equal(same, ChangeClassifier.SameWord(a, b));
}
