namespace Watcher.Core.Tests.Signal;

/// <summary>
/// One meeting told by outlets that share few words: the host's press and the guest's, a live blog's line, a headline alone,
/// a release titled by the meeting's edition. What links them is the meeting itself — both leaders named in one headline
/// and read from the other's lede, or one numbered edition between the same parties — and each rule has look-alikes that
/// must stay apart (ministers vs leaders, a forum's sidelines vs a state visit, another partner the same week, the visit
/// announced vs the visit). Parties, places and outlets are the tests' own.
/// </summary>
public class StoryMeetingEvidenceTests
{
    public static TheoryData<string, string, string, string, string> SameMeeting => new()
    {
        // the host's press names both leaders in its headline; its lede reads no meeting the extractor knows
        {
            "host's press, both leaders in the headline",
            "Albanese arrives in Wellington for talks with Luxon",
            "WELLINGTON (AAP) - Australian Prime Minister Anthony Albanese arrived in Wellington on Thursday for talks with New Zealand Prime Minister Christopher Luxon, with trade, defence and Pacific security on the agenda of his two-day visit.",
            "Luxon welcomes Australia's Albanese, eyes closer Pacific ties",
            "A powhiri at Government House opened the Australian prime minister's two-day visit on Thursday. Wellington and Canberra want a joint approach to Pacific security and defence procurement, officials said, and trade ministers will sign a digital trade arrangement."
        },
        // a live blog's first line under a headline naming both leaders
        {
            "live blog, both leaders in the headline",
            "Takaichi arrives in Jakarta for talks with Prabowo",
            "JAKARTA (Kyodo) - Japanese Prime Minister Sanae Takaichi arrived in Jakarta on Monday for talks with Indonesian President Prabowo Subianto on energy, maritime security and a new rail loan, on her first trip to Southeast Asia since taking office.",
            "Takaichi in Jakarta LIVE: Prabowo greets Japanese premier at Merdeka Palace",
            "10:15 am: President Prabowo greeted the Japanese prime minister on the palace steps in Jakarta; delegation talks on energy and maritime security follow."
        },
        // a headline alone naming the two leaders by name, over a wire that reads their meeting
        {
            "headline alone, both leaders by name",
            "Lula arrives in Tokyo for state visit, summit with Ishiba",
            "TOKYO (Reuters) - Brazilian President Luiz Inacio Lula da Silva arrived in Tokyo on Tuesday for a four-day state visit, with a summit with Prime Minister Shigeru Ishiba set for Wednesday on beef exports, ethanol and Amazon finance.",
            "Lula, Ishiba agree to open Japan to Brazilian beef at Tokyo summit",
            ""
        },
        // a numbered meeting told by both sides' outlets, each naming the other side first
        {
            "one numbered edition",
            "30th EU-Japan summit, Tokyo: joint statement",
            "The 30th summit between the European Union and Japan took place in Tokyo today. The EU was represented by the President of the European Council and the President of the European Commission; Japan by its Prime Minister. Leaders discussed economic security, critical minerals and defence industry cooperation.",
            "Takaichi hosts 30th Japan-EU leaders' meeting in Tokyo",
            "TOKYO (Jiji) - Prime Minister Sanae Takaichi hosted European Council President Antonio Costa and Commission President Ursula von der Leyen on Monday, pledging closer work on export controls and rare earth supplies."
        },
        // the release's lede reads the bloc as a visitor ("e:European Union"): no leader's visit, so nothing disagrees
        {
            "a bloc read as a visitor",
            "EU-Mexico summit, Mexico City, 12 March 2027",
            "The EU and Mexico held their ninth summit in Mexico City on 12 March 2027. The EU was represented by the President of the European Council and the President of the European Commission. Leaders welcomed the entry into force of the modernised Global Agreement and agreed to cooperate on critical minerals.",
            "Sheinbaum hosts EU leaders in Mexico City as trade pact takes effect",
            "MEXICO CITY (Reuters) - Mexican President Claudia Sheinbaum met European Council President Antonio Costa and Commission President Ursula von der Leyen in Mexico City on Thursday as the modernised EU-Mexico trade agreement took effect, and the leaders agreed to cooperate on critical minerals."
        },
        // the guest's press puts the visit's trade agenda in its headline; the host's reports the meeting
        {
            "visit with a trade agenda and its meeting",
            "Ramaphosa makes first state visit to Ankara as trade deal talks loom",
            "ANKARA (News24) - President Cyril Ramaphosa arrived in Ankara on Tuesday for his first state visit to Türkiye, with South Africa seeking wider access for its citrus and wine before talks on a trade deal.",
            "Erdogan meets South African President Ramaphosa in Ankara",
            "ANKARA (Anadolu) - President Recep Tayyip Erdogan met South African President Cyril Ramaphosa at the Presidential Complex on Tuesday, and the two leaders agreed to raise bilateral trade and work on a trade deal covering citrus and wine."
        },
    };

    [Theory]
    [MemberData(nameof(SameMeeting))]
    public void One_meeting_told_in_other_words_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> OtherMeetings => new()
    {
        // the ministers prepare what the leaders decide days later
        {
            "ministers vs leaders",
            "Trump, Xi meet in Busan, agree to extend trade truce",
            "BUSAN (Reuters) - U.S. President Donald Trump and Chinese President Xi Jinping met in Busan on Thursday and agreed to extend their trade truce for a year, lowering some tariffs and pausing export controls.",
            "Chinese, US trade ministers meet in Kuala Lumpur to prepare Trump, Xi talks",
            "KUALA LUMPUR (AP) - Chinese and US trade ministers met in Kuala Lumpur on Sunday to prepare a meeting between Presidents Donald Trump and Xi Jinping, officials said."
        },
        // one pair of leaders on a forum's sidelines, and on a state visit weeks later
        {
            "forum sidelines vs state visit",
            "Modi meets Albanese on G20 sidelines in Johannesburg",
            "JOHANNESBURG (PTI) - Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese on the sidelines of the G20 summit in Johannesburg on Saturday and discussed critical minerals.",
            "Albanese welcomed by Modi in New Delhi on state visit",
            "NEW DELHI (AAP) - Prime Minister Anthony Albanese was welcomed by Narendra Modi at Rashtrapati Bhavan on Monday at the start of a state visit, with critical minerals and education on the agenda."
        },
        // one host, two guests in one week
        {
            "one host, another guest",
            "Erdogan hosts Malaysia's Anwar in Ankara, eyes defence deals",
            "ANKARA (Daily Sabah) - President Recep Tayyip Erdogan welcomed Malaysian Prime Minister Anwar Ibrahim in Ankara on Tuesday with an official ceremony; the two sides discussed naval vessels and drones.",
            "Erdogan, Putin hold talks in Sochi on grain and gas",
            "SOCHI (Reuters) - Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held talks in Sochi on Friday on grain exports and a gas hub, the Kremlin said."
        },
        // the visit announced and the visit, both headlines naming both leaders
        {
            "visit announced vs visit",
            "Luxon invites Albanese to visit Wellington in March for talks",
            "WELLINGTON (RNZ) - Prime Minister Christopher Luxon has invited Australian Prime Minister Anthony Albanese to Wellington in March for annual leaders' talks, his office said on Friday.",
            "Albanese arrives in Wellington for talks with Luxon",
            "WELLINGTON (AAP) - Australian Prime Minister Anthony Albanese arrived in Wellington on Thursday for talks with New Zealand Prime Minister Christopher Luxon, with trade, defence and Pacific security on the agenda of his two-day visit."
        },
        // two numbered editions of one bilateral summit
        {
            "two editions",
            "30th EU-Japan summit, Tokyo: joint statement",
            "The 30th summit between the European Union and Japan took place in Tokyo today. Leaders discussed economic security, critical minerals and defence industry cooperation.",
            "Takaichi hosts 31st Japan-EU leaders' meeting in Brussels",
            "BRUSSELS (Jiji) - Prime Minister Sanae Takaichi met European Council President Antonio Costa and Commission President Ursula von der Leyen in Brussels on Monday, pledging closer work on export controls."
        },
    };

    [Theory]
    [MemberData(nameof(OtherMeetings))]
    public void Other_meetings_of_the_same_leaders_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }
}
