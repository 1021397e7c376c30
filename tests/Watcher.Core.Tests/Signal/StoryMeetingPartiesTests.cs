using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Reports of one visit by its two sides and by the press, in words of their own: the host's release names only the
/// guest in its headline, the press names both; an outcome headline ("sign seven agreements") has no meeting word.
/// Look-alikes with another guest, or the ministers' meeting days before, stay apart. Written with leaders and countries
/// none of the labelled sets use.
/// </summary>
public class StoryMeetingPartiesTests
{
    private const string HostRelease = "Prime Minister welcomes President of Uruguay";
    private const string HostReleaseText = "The Prime Minister today welcomed the President of Uruguay to Parliament House in Canberra for a formal welcome and bilateral talks. \"Australia and Uruguay share a commitment to open markets and to science in Antarctica,\" the Prime Minister said. The leaders discussed beef market access, renewable hydrogen and student exchanges, and agreed to meet again next year.";

    [Theory]
    // the press names both parties, the release only the guest (its text names the host's country)
    [InlineData("Uruguayan President in Canberra for talks with Albanese",
        "Uruguay's President is in Canberra for talks with Prime Minister Anthony Albanese, the first visit by a Uruguayan head of state in two decades. The two leaders discussed science in Antarctica, beef market access and renewable hydrogen.", true)]
    // another guest the same week: the release never names Chile
    [InlineData("Chilean President in Canberra for talks with Albanese",
        "Chile's President is in Canberra for talks with Prime Minister Anthony Albanese, the first visit by a Chilean head of state in a decade. The two leaders discussed science in Antarctica, copper market access and renewable hydrogen.", false)]
    // the foreign ministers' meeting days before the leaders' talks
    [InlineData("Uruguayan foreign minister in Canberra for talks with Wong",
        "Uruguay's foreign minister met Foreign Minister Penny Wong in Canberra on Monday to prepare next week's presidential visit, and the two signed a memorandum on consular cooperation and working holiday visas for Australia's young travellers.", false)]
    public void A_hosts_release_naming_only_the_guest_reports_the_visit(string title, string text, bool same) =>
        StoryPair.AssertSame(same, HostRelease, HostReleaseText, title, text);

    private const string Arrival = "Ruto receives Egyptian President Sisi in Nairobi";
    private const string ArrivalText = "NAIROBI (KNA) - President William Ruto welcomed Egyptian President Abdel Fattah el-Sisi with a ceremony at State House in Nairobi on Tuesday. Following a one-on-one meeting, the two leaders chaired the first session of the Kenya-Egypt joint commission, covering water, energy, education and security.";

    [Theory]
    // the outcome of the same visit, told without a meeting word
    [InlineData("Ruto, Sisi sign seven agreements as Kenya deepens ties with Egypt",
        "President William Ruto and his Egyptian counterpart Abdel Fattah el-Sisi on Tuesday witnessed the signing of seven agreements in Nairobi covering water, energy, education and security. Sisi, who arrived in the Kenyan capital on Monday, is on a two-day visit.", true)]
    // the same two countries' ministers signing another accord
    [InlineData("Kenyan and Egyptian ministers sign water accord in Cairo",
        "Kenya's water minister and his Egyptian counterpart signed an accord in Cairo on Tuesday on sharing Nile basin data and training hydrologists.", false)]
    public void A_visits_outcome_without_a_meeting_word_reports_the_visit(string title, string text, bool same) =>
        StoryPair.AssertSame(same, Arrival, ArrivalText, title, text);
}
