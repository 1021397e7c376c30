using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>Session 13 (cluster19): the edition of a meeting a lede's first sentence names, kept with the fingerprint (an index
/// row carries it), so that a headline naming its meeting without the number ("EU-China summit in Brussels ends without
/// breakthrough") is kept apart from next year's edition ("… 27th China-EU summit"). Sentences written for this rule.</summary>
public class StoryLedeEditionTests
{
    [Theory]
    [InlineData("The 26th EU-China summit ended in Brussels on Tuesday without agreement.", "26th")]
    [InlineData("Heads of State ended their 70th ordinary session in Abuja on Sunday.", "70th")]
    [InlineData("Leaders gathered in Doha for the Third ASEAN-GCC Summit on Monday.", "3rd")]
    [InlineData("President Lula opened the 17th BRICS leaders' summit in Rio on Sunday. The 18th will be in India.", "17th")]
    [InlineData("Ministers met for the 12th WTO Ministerial Conference in Geneva.", "12th")]
    // counts of meetings, compound ordinals, other ordinals, and a later sentence name no edition
    [InlineData("Southeast Asian leaders opened their second summit of the year in Manila on Tuesday.", null)]
    [InlineData("The Thirty-Eighth Intersessional Meeting of CARICOM heads was held in Roseau.", null)]
    [InlineData("It is the first summit of the Philippines' chairmanship.", null)]
    [InlineData("The 15th Five-Year Plan sets targets for chip output.", null)]
    [InlineData("China will raise tariffs on 3rd-country steel from Monday, officials said.", null)]
    [InlineData("Leaders met in Brussels on Tuesday. It was the 26th summit between the two sides.", null)]
    public void The_lede_names_its_meetings_edition(string text, string? edition) =>
        Assert.Equal(edition, StoryFingerprint.Of("EU-China summit ends in Brussels", text, null).LedeEdition);

    [Theory]
    // a headline without the number, over a lede naming it, and next year's edition named in a headline or lede
    [InlineData("EU-China summit in Brussels ends without breakthrough on EVs", "The 26th EU-China summit ended in Brussels on Tuesday.",
        "27th China-EU summit held in Beijing", "")]
    [InlineData("ECOWAS leaders meet in Abuja", "Heads of State ended their 69th ordinary session in Abuja.",
        "West African leaders gather in Abuja for summit", "Leaders opened the 70th ordinary session of the ECOWAS Authority in Abuja.")]
    public void Two_editions_are_other_occasions(string titleA, string textA, string titleB, string textB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null));
        Assert.True(a.HeadlinesNameOtherOccasion(b));
        Assert.True(b.HeadlinesNameOtherOccasion(a));
    }

    [Theory]
    // one edition, or an edition on one side only, or a trade headline whose lede names a summit: nothing either way
    [InlineData("ECOWAS leaders meet in Abuja", "Heads of State ended their 70th ordinary session in Abuja.",
        "Mahama attends ECOWAS summit in Abuja", "President Mahama joined leaders at the 70th Ordinary Session of the ECOWAS Authority.")]
    [InlineData("EU-China summit in Brussels ends without breakthrough", "The 26th EU-China summit ended in Brussels on Tuesday.",
        "Costa and von der Leyen in Brussels: summit yields little", "EU leaders came away from their summit with Li Qiang.")]
    [InlineData("EU raises duties on Chinese e-bikes", "On the eve of the 26th EU-China summit, Brussels raised duties on e-bikes.",
        "27th China-EU summit held in Beijing", "")]
    public void One_edition_is_not_kept_apart(string titleA, string textA, string titleB, string textB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null));
        Assert.False(a.HeadlinesNameOtherOccasion(b));
        Assert.False(b.HeadlinesNameOtherOccasion(a));
    }
}
