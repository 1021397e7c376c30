using Watcher.Core.Entities;
using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 18 (cluster25): heads of state and government the entity catalogue lacked (an input: visits and summits told by
/// the visitor named leaders it did not know — Mahama, Museveni, Samia), and two members' delegations at one forum meeting.
/// Names are read by their full name or a name outlets use alone for that leader; surnames that name other things are not
/// aliases, and no role word ("Chilean president") is bound to a leader of 2026–2028. All sentences are written for this test.
/// </summary>
public class LeaderCatalogTests
{
    private static string[] LeaderCountries(string text) =>
        [.. EntityFinder.Find(text).Where(m => m.Entity.Kind == EntityKind.Leader).Select(m => m.CountryId).Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string, string> Named => new()
    {
        { "President John Dramani Mahama arrived in Lome on Sunday.", "GH" },
        { "Mahama, Tinubu hold talks in Accra", "GH NG" },
        { "Museveni, Ruto, Samia meet in Arusha for EAC extraordinary summit", "KE TZ UG" },
        { "President Samia Suluhu Hassan received the credentials of four envoys.", "TZ" },
        { "Ethiopian Prime Minister Abiy Ahmed flew to Nairobi on Tuesday.", "ET" },
        { "Kagame hosts Tshisekedi for talks on eastern Congo", "CD RW" },
        { "Sitiveni Rabuka arrives in New Delhi", "FJ" }, // a capital is a place, not a leader
        { "Vietnamese President Luong Cuong began a state visit to Finland.", "VN" },
        { "Jose Antonio Kast welcomed the Argentine delegation.", "CL" },
        { "Finnish Prime Minister Petteri Orpo arrives in Hanoi", "FI" },
        { "President Dissanayake heads to Beijing on first state visit", "LK" },
        { "Sheikh Tamim receives Kuwait's emir in Doha", "QA" },
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void A_leader_is_read_by_name(string text, string countries) =>
        Assert.Equal(countries, string.Join(" ", LeaderCountries(text)));

    public static TheoryData<string> NoLeader => new()
    {
        "Boko Haram fighters attacked a market in Borno state.", // Duma Boko: full name only
        "El Chapo's sons were charged in Chicago.", // Daniel Chapo
        "The grocery store raised prices of imported rice.", // Jonas Gahr Store
        "Bio-based plastics face a new 5% tariff.", // Julius Maada Bio
        "Montenegro's exports of aluminium fell 8%.", // Luis Montenegro: the country, not a leader
        "Flooding closed roads around La Paz.", // Rodrigo Paz
        "Anwar Hussain, a spice trader in Karachi, said prices doubled.", // "Anwar" alone is no alias
        "The Chilean president will travel to Wellington next month.", // no role word bound to a 2026 leader
        "A Dan River mill cut 200 jobs.", // Nicusor Dan
    };

    [Theory]
    [MemberData(nameof(NoLeader))]
    public void Other_things_are_no_leader(string text) => Assert.Empty(LeaderCountries(text));

    /// <summary>Headlines alone are compared shorter-to-longer: the shorter must tell its own delegation's way to the meeting
    /// (an attendance word). "Tinubu in Lome for 72nd ECOWAS ordinary summit" beside "Mahama joins …" stays apart (left).</summary>
    public static TheoryData<bool, string, string, string, string> Delegations => new()
    {
        // two members' delegations at one summit, both headlines placing it in one city
        { true, "Tinubu arrives in Lome for 72nd ECOWAS ordinary summit", "NG", "Mahama joins West African leaders in Lome for ECOWAS summit", "GH" },
        { true, "Ramaphosa arrives in Windhoek for SADC summit", "ZA", "Hichilema joins SADC leaders in Windhoek for summit", "ZM" },
        // another city: another summit
        { false, "Tinubu arrives in Lome for 72nd ECOWAS ordinary summit", "NG", "Mahama joins West African leaders in Dakar for ECOWAS summit", "GH" },
        { false, "Ramaphosa arrives in Windhoek for SADC summit", "ZA", "Hichilema joins SADC leaders in Gaborone for summit", "ZM" },
        // the other headline tells a deal or an absence, not the meeting
        { false, "Tinubu, Faure sign gas pipeline deal at ECOWAS summit in Lome", "NG", "Mahama joins West African leaders in Lome for ECOWAS summit", "GH" },
        { false, "Tinubu to skip ECOWAS summit in Lome", "NG", "Mahama joins West African leaders in Lome for ECOWAS summit", "GH" },
        // a country that is no member of the forum
        { false, "Erdogan arrives in Lome for ECOWAS summit", "TR", "Mahama joins West African leaders in Lome for ECOWAS summit", "GH" },
    };

    [Theory]
    [MemberData(nameof(Delegations))]
    public void Two_members_delegations_at_one_summit(bool compatible, string titleA, string countryA, string titleB, string countryB)
    {
        var a = StoryFingerprint.Of(titleA, "", null, countryA);
        var b = StoryFingerprint.Of(titleB, "", null, countryB);
        Assert.True(compatible == (a.EntitiesCompatible(b) && !a.HeadlinesNameOtherParties(b)), $"{titleA} / {titleB}: compatible {a.EntitiesCompatible(b)} other parties {a.HeadlinesNameOtherParties(b)}");
    }
}
