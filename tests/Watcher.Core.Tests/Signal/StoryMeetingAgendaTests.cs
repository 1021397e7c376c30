namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A meeting told under a headline that also names its trade agenda ("Carney looks to Europe for trade as he meets EU leaders
/// in Brussels") is the meeting the other outlet's headline names ("EU-Canada summit, Brussels"): two headlines naming a
/// meeting and the same parties, one of them no trade headline, over texts sharing some words, are one meeting. Ministers'
/// talks and a leaders' meeting of the same two countries, a meeting announced and the meeting held, and two trade
/// headlines naming talks stay apart. Parties, places and outlets are the tests' own.
/// </summary>
public class StoryMeetingAgendaTests
{
    public static TheoryData<string, string, string, string, string> OneMeeting => new()
    {
        // the council's summary and the guest's press, its trade agenda (a tariff its exporters face) in the headline
        {
            "council summary and guest's press, trade agenda",
            "EU-Japan summit, Tokyo, 14 March 2027",
            "Main results. The EU and Japan held their 31st summit in Tokyo on 14 March 2027. The EU was represented by the President of the European Council and the President of the European Commission. Japan was represented by its Prime Minister. Leaders welcomed progress on the green alliance and on economic security.",
            "Japan looks to Europe for trade as it meets EU leaders in Tokyo",
            "Japan's prime minister hosted European Union leaders in Tokyo on Friday, seeking deeper ties with Brussels as Japanese carmakers contend with a 15 per cent U.S. tariff on their exports. Leaders welcomed progress on the green alliance, the President of the European Council said; a minerals deal was not signed."
        },
        // a host's release and a wire naming the meeting's tariff agenda
        {
            "host's release and wire, tariff agenda",
            "Kenya-South Africa summit opens in Pretoria",
            "The Kenya-South Africa summit opened in Pretoria today at the Union Buildings, where the two heads of state held bilateral talks on trade, investment and regional security and witnessed the signing of agreements. The summit continues tomorrow in Johannesburg.",
            "Kenya presses South Africa on tea tariff as leaders meet in Pretoria",
            "PRETORIA (Reuters) - Kenya's president urged South Africa on Thursday to lift its 20% tariff on Kenyan tea as the two leaders met in Pretoria. The heads of state held bilateral talks on trade, investment and regional security. Nairobi says the levy has halved tea shipments since 2024."
        },
    };

    [Theory]
    [MemberData(nameof(OneMeeting))]
    public void One_meeting_under_a_headline_naming_its_trade_agenda_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    public static TheoryData<string, string, string, string, string> OtherOccasions => new()
    {
        // ministers' trade talks, and the leaders' meeting of the same two countries
        {
            "ministers' talks vs leaders' meeting",
            "Trade ministers of Kenya and South Africa meet in Pretoria on tea tariff",
            "Kenya's trade minister met her South African counterpart in Pretoria on Monday to discuss the tariff on Kenyan tea, ahead of a state visit by President William Ruto next month. The two ministers agreed to set up a working group.",
            "Ruto meets Ramaphosa in Pretoria on state visit",
            "PRETORIA (Reuters) - Kenyan President William Ruto met South African President Cyril Ramaphosa in Pretoria on Thursday on a state visit, with trade and security on the agenda of their bilateral talks. The leaders witnessed the signing of agreements."
        },
        // officials' trade talks in the week of the summit: a trade headline naming no leader
        {
            "officials' trade talks vs the summit",
            "Kenya-South Africa summit opens in Pretoria",
            "The Kenya-South Africa summit opened in Pretoria today at the Union Buildings, where the two heads of state held bilateral talks on trade, investment and regional security and witnessed the signing of agreements. The summit continues tomorrow in Johannesburg.",
            "Kenya, South Africa hold trade talks in Pretoria on tea tariff",
            "PRETORIA (Reuters) - Kenyan and South African officials held trade talks in Pretoria on Thursday on the 20% tariff on Kenyan tea, ahead of the summit. No agreement was reached on the levy, a trade ministry spokesman said."
        },
        // a meeting announced for next month, and the meeting held
        {
            "meeting announced vs held",
            "Ruto to visit South Africa in March for talks on tea tariff",
            "NAIROBI (Reuters) - Kenyan President William Ruto will travel to South Africa in March for talks with President Cyril Ramaphosa on trade and security, his office said, with the tariff on Kenyan tea on the agenda.",
            "Ruto meets Ramaphosa in Pretoria on state visit",
            "PRETORIA (Reuters) - Kenyan President William Ruto met South African President Cyril Ramaphosa in Pretoria on Thursday on a state visit, with trade and security on the agenda of their bilateral talks. The leaders witnessed the signing of agreements."
        },
    };

    [Theory]
    [MemberData(nameof(OtherOccasions))]
    public void Another_occasion_of_the_same_parties_stays_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }
}
