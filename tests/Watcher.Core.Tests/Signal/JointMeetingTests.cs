using Watcher.Core.Facts;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 20 (cluster27): a meeting told by what two leaders did together, not by a meeting word (EventExtractor.JointMeeting):
/// both named as one subject of a joint act ("Ruto, Xi sign 14 deals in Beijing", "… and Malaysian Prime Minister Anwar Ibrahim on
/// Friday agreed to …"), or one receiving, welcoming or speaking with the other ("Lula received the President of Mexico, Claudia
/// Sheinbaum, …"). A headline alone told that way read no meeting, so it shared no fact with the visit's articles and stayed
/// apart. Two leaders in one clause are not enough: an order one signed that the other criticised, a letter received from the
/// other, a decision of the other welcomed. All sentences are written for this test.
/// </summary>
public class JointMeetingTests
{
    public static TheoryData<string, string?> Sentences => new()
    {
        // a joint subject and a joint act
        { "Ruto, Xi sign 14 deals in Beijing", "William Ruto|Xi Jinping" },
        { "Lula and Sheinbaum sign agreements and defend expansion of trade", "Claudia Sheinbaum|Luiz Inacio Lula da Silva" },
        { "Prime Minister Shehbaz Sharif and Malaysian Prime Minister Anwar Ibrahim on Friday agreed to enhance cooperation in trade.", "Anwar Ibrahim|Shehbaz Sharif" },
        { "Modi, Albanese ink critical minerals pact", "Anthony Albanese|Narendra Modi" },
        // one receiving, welcoming or speaking with the other
        { "President Luiz Inacio Lula da Silva received the President of Mexico, Claudia Sheinbaum, at the Planalto Palace on Thursday.", "Claudia Sheinbaum|Luiz Inacio Lula da Silva" },
        { "Erdogan welcomes Anwar Ibrahim in Ankara", "Anwar Ibrahim|Recep Tayyip Erdogan" },
        { "Prime Minister Narendra Modi spoke with the President of the Federative Republic of Brazil, H.E. Mr. Luiz Inacio Lula da Silva, today.", "Luiz Inacio Lula da Silva|Narendra Modi" },
        { "Xi speaks with Lula on trade and climate", "Luiz Inacio Lula da Silva|Xi Jinping" },
        { "Sheinbaum, Trump discuss steel tariffs in 30-minute call", "Claudia Sheinbaum|Donald Trump" },
        // two leaders, no meeting
        { "Trump signed an order raising the tariff on Canadian steel, which Carney called unjustified.", null },
        { "Xi received a letter from Trump on Tuesday.", null },
        { "Modi spoke with the press in Delhi before Lula arrived.", null },
        { "Carney welcomed Trump's decision to pause the tariff.", null },
        { "Modi agreed with Albanese's remarks on trade.", null },
        { "Sheinbaum said Lula signed the decree last year.", null },
        // one leader's act alone
        { "Ruto signs finance bill into law", null },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_meeting_is_read_from_two_leaders_acting_together(string text, string? participants)
    {
        var meetings = EventExtractor.Extract(text).Where(e => e.Type is EventTypes.Meeting or EventTypes.Talks).ToList();
        if (participants is null) Assert.Empty(meetings);
        else Assert.Equal(participants, string.Join('|', Assert.Single(meetings).Participants.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Leaders_acting_together_on_a_call_held_talks()
    {
        Assert.Equal(EventTypes.Talks, Assert.Single(EventExtractor.Extract("Sheinbaum, Trump discuss steel tariffs in 30-minute call")).Type);
        Assert.Equal(EventTypes.Meeting, Assert.Single(EventExtractor.Extract("Ruto, Xi sign 14 deals in Beijing")).Type);
    }

    private const string StateVisit = "President William Ruto on Tuesday held talks with President Xi Jinping at the Great Hall of the People in Beijing, on the second day of a four-day state visit to China. The two leaders witnessed the signing of agreements on railways and farm exports.";
    private const string XinhuaTalks = "Chinese President Xi Jinping held talks with Kenyan President William Ruto in Beijing on Tuesday. Xi said China is willing to expand imports of quality Kenyan farm produce.";

    public static TheoryData<bool, string, string, string, string> Pairs => new()
    {
        // one visit: a headline alone telling its outcome, beside the visit's articles
        { true, "Ruto in Beijing as China opens market to Kenyan avocados", StateVisit, "Ruto, Xi sign 14 deals in Beijing", "" },
        { true, "Xi holds talks with Kenyan president", XinhuaTalks, "Ruto, Xi sign 14 deals in Beijing", "" },
        // apart: other leaders' deals in the same city, and another pair's agreement
        { false, "Ruto in Beijing as China opens market to Kenyan avocados", StateVisit, "Xi, Lula sign 20 deals in Beijing", "" },
        { false, "Xi holds talks with Kenyan president", XinhuaTalks, "Ruto, Museveni sign oil pipeline deal", "" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_headline_telling_the_leaders_joint_act_joins_their_meeting_only(bool same, string titleA, string textA, string titleB, string textB)
    {
        var a = StoryFingerprint.Of(titleA, textA, null, null);
        var b = StoryFingerprint.Of(titleB, textB, null, null);
        var score = Math.Max(StoryMatcher.Score(a, b), StoryMatcher.Score(b, a));
        Assert.True(same == score >= StoryMatcher.DefaultThreshold, $"score {score:0.00}");
    }
}
