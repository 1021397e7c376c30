using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 24 (cluster33): a forum's meeting told by outlets that share few words is one story when both name the forum (in the
/// headline or the lede's first sentence) and the same edition or the same host city (StoryFingerprint.SameForumOccasion). Kept
/// apart: another edition, a bilateral meeting on the summit's sidelines, the forum's ministers' meeting before the leaders', two
/// forums meeting in one city, a visit and a call with no forum. All texts are written for this test.
/// </summary>
public class ForumOccasionTests
{
    private static StoryFingerprint F(string title, string text = "") => StoryFingerprint.Of(title, text, null);

    private const string AgencyOpens = "Addis Ababa, February 13 (ENA) - The 40th Ordinary Session of the Assembly of Heads of State and Government of the African Union opened today at the AU headquarters, with leaders discussing financing and the free trade area.";
    private const string ReleaseCloses = "The 40th Ordinary Session of the Assembly of the African Union concluded on 14 February in Addis Ababa, Ethiopia. The Assembly elected its Chairperson and adopted decisions on financing.";

    [Fact]
    public void The_lede_forum_and_the_host_city_are_read()
    {
        var occasion = StoryFingerprint.OccasionOf("40th AU Summit opens in Addis Ababa", AgencyOpens);
        Assert.Contains("f:AFRICAN-UNION", occasion);
        Assert.Contains("f:PIF", StoryFingerprint.OccasionOf("Leaders gather", "Pacific Islands Forum leaders have arrived in Koror."));
        // a bilateral on the sidelines names no occasion
        Assert.Empty(StoryFingerprint.OccasionOf("Carney and Modi agree to restore envoys", "Modi and Carney met on the sidelines of the G7 summit in Kananaskis."));
        Assert.Contains("p:addisababa", occasion);
        Assert.Contains("p:samarkand", StoryFingerprint.OccasionOf("Leaders meet", "Samarkand, 22 March /UzA/. The second summit of the heads of state of Central Asia and the Gulf Cooperation Council was held today."));
        Assert.Contains("p:puntacana", StoryFingerprint.OccasionOf("Summit closes", "PUNTA CANA, Dominican Republic (AP) — Leaders closed the summit."));
        // a month, a weekday or a forum after "in" is no place; an opening word before a comma is no dateline
        Assert.DoesNotContain(StoryFingerprint.OccasionOf("Leaders meet in March", "Excellencies, Heads of State, I welcome you to the summit."), o => o.StartsWith("p:", StringComparison.Ordinal));
    }

    public static TheoryData<bool, string, string, string, string> Pairs => new()
    {
        // the host's agency and the forum's release: one edition, one city
        { true, "40th AU Summit opens in Addis Ababa", AgencyOpens, "AU summit closes with decisions on financing", ReleaseCloses },
        // a member's paper and a regional one: the forum and its edition, no city in common
        { true, "Leaders gather in Palau for 56th Pacific Islands Forum meeting", "Pacific Islands Forum leaders have arrived in Koror for the 56th Leaders Meeting, where climate finance and tariffs top the agenda.",
          "56th Pacific Islands Forum Leaders Meeting: leaders endorse ocean declaration", "Forum leaders meeting in Koror endorsed the ocean declaration at the 56th Pacific Islands Forum Leaders Meeting and agreed on climate finance." },
        // the forum and its host city, no edition named
        { true, "CARICOM heads gather in Roseau for intersessional meeting", "Caribbean leaders arrived in Roseau on Wednesday for the two-day meeting of the CARICOM Heads of Government.",
          "CARICOM summit ends in Roseau with pledge on food security", "CARICOM Heads of Government ended their meeting in Roseau on Thursday with a pledge on food security and the common external tariff." },
        // next year's edition in the same city
        { false, "41st AU Summit opens in Addis Ababa", "Addis Ababa, February 12 (ENA) - The 41st Ordinary Session of the Assembly of the African Union opened today at the AU headquarters, with leaders discussing financing.",
          "40th AU Summit opens in Addis Ababa", AgencyOpens },
        // a bilateral meeting on the summit's sidelines
        { false, "Ruto holds bilateral talks with Tinubu on sidelines of AU summit in Addis Ababa", "Addis Ababa, February 13 - President William Ruto held talks with President Bola Tinubu on the sidelines of the 40th AU summit.",
          "40th AU Summit opens in Addis Ababa", AgencyOpens },
        // the forum's ministers, days before the leaders
        { false, "AU foreign ministers meet in Addis Ababa ahead of summit", "Addis Ababa, February 10 (ENA) - The Executive Council of the African Union, its foreign ministers, met today ahead of the 40th Ordinary Session of the Assembly.",
          "40th AU Summit opens in Addis Ababa", AgencyOpens },
        // two forums in one city
        { false, "ASEAN summit opens in Kuala Lumpur", "ASEAN leaders opened their summit in Kuala Lumpur on Sunday.",
          "GCC summit opens in Kuala Lumpur", "Gulf Cooperation Council leaders opened a summit with Asian partners in Kuala Lumpur on Monday." },
        // a visit and a call, no forum
        { false, "President Stubb begins state visit to Vietnam", "President Alexander Stubb arrived in Hanoi on Tuesday for a state visit.",
          "Stubb and Vietnamese president speak by phone", "President Alexander Stubb spoke by phone with the Vietnamese president, who was in Hanoi." },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_forums_meeting_is_one_story_by_its_edition_or_host_city(bool same, string titleA, string textA, string titleB, string textB)
    {
        var (a, b) = (F(titleA, textA), F(titleB, textB));
        Assert.Equal(same, a.SameForumOccasion(b));
        Assert.Equal(same, b.SameForumOccasion(a));
        if (same) Assert.True(Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a)) >= StoryMatcher.DefaultThreshold);
    }

    [Fact]
    public void Copies_of_one_occasion_share_an_index_key()
    {
        var a = F("40th AU Summit opens in Addis Ababa", AgencyOpens);
        var b = F("AU summit closes with decisions on financing", ReleaseCloses);
        Assert.Contains(a.Keys(), k => k.StartsWith("o-", StringComparison.Ordinal) && b.Keys().Contains(k));
    }
}
