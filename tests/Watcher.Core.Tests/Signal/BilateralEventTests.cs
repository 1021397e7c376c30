using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 25 (cluster34): a visit, a call or two governments' talks told by both sides' outlets, which name the leaders by
/// office ("PM holds talks with Japanese Prime Minister"), is one story when both headlines name the same two countries, the
/// same kind (a call, or a meeting in person), level and time (StoryFingerprint.Bilateral). An office named with no demonym is
/// the outlet's country's, and only when the outlet has one. Kept apart: a call and the visit it arranges, a visit announced
/// and the visit, leaders and ministers, a meeting at a forum, another pair. All texts are written for this test.
/// </summary>
public class BilateralEventTests
{
    private static StoryFingerprint F(string title, string? country = null, string text = "") => StoryFingerprint.Of(title, text, null, country);

    public static TheoryData<string, string?, string?> Readings => new()
    {
        // an office with no demonym is the outlet's country's
        { "PM holds talks with Japanese Prime Minister", "VN", "meet|JP|VN|lead|now|" },
        { "PM holds talks with Japanese Prime Minister", null, null },
        { "Japan PM arrives in Hanoi for talks on supply chains", "JP", "meet|JP|VN|lead|now|hanoi" },
        { "Emperor welcomes Oman's sultan on state visit", "JP", "meet|JP|OM|lead|now|" },
        { "His Majesty the Sultan arrives in Tokyo on state visit to Japan", "OM", "meet|JP|OM|lead|now|tokyo" },
        { "PM speaks with President of Brazil", "IN", "call|BR|IN|lead|now|" },
        { "Lula and Modi talk by phone about US tariffs", "BR", "call|BR|IN|lead|now|" },
        { "Prime Minister to visit Washington", "NO", "meet|NO|US|lead|ahead|" },
        // an office with its holder's name or its country is not the outlet's
        { "President Ramaphosa begins state visit to Indonesia", "ZA", "meet|ID|ZA|lead|now|" },
        { "Prabowo receives South African President at Merdeka Palace", "ID", "meet|ID|ZA|lead|now|" },
        // the European Union is a party, not a trade union; a trade union's talks are not two governments'
        { "European Union and Japan leaders meet in Tokyo", "JP", "meet|EU|JP|lead|now|tokyo" },
        { "Japan, European Union hold summit talks on steel", "JP", "meet|EU|JP|lead|now|" },
        { "Japan PM meets union leaders from Korea", "JP", null },
        // officials' talks
        { "Vietnam, US hold trade talks on rules of origin", "VN", "meet|US|VN|off|now|" },
        // no bilateral event: a forum, three countries, a company's talks, a sports visit, a mountaineers' summit
        { "Japan PM arrives in Vietnam for APEC summit", "JP", null },
        { "Leaders of Japan, Korea and China meet in Seoul", "JP", null },
        { "Toyota holds talks with union over wages", "JP", null },
        { "Brazil's national team visits Japan for friendly", "BR", null },
        { "Climbers reach summit of Everest", "NP", null },
        { "India imposes 20% duty on steel from Vietnam", "IN", null },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void A_headlines_pair_of_countries_kind_and_time_are_read(string title, string? country, string? expected) =>
        Assert.Equal(expected, F(title, country).Bilateral);

    public static TheoryData<bool, string, string?, string, string?> Pairs => new()
    {
        // the host's release and the visitor's paper
        { true, "PM holds talks with Japanese Prime Minister", "VN", "Japan PM arrives in Hanoi for talks on supply chains, defense", "JP" },
        { true, "Emperor Naruhito welcomes Oman's sultan on state visit", "JP", "His Majesty the Sultan arrives in Tokyo on state visit to Japan", "OM" },
        // one call from both sides, one by office
        { true, "PM speaks with President of Brazil", "IN", "Lula and Modi talk by phone about US tariffs", "BR" },
        // a visit announced and the visit
        { false, "Prime Minister to visit Washington", "NO", "Norway's PM arrives in Washington for talks with Trump", "NO" },
        // a call and the meeting it arranges
        { false, "Lula and Trump talk by phone about tariffs", "BR", "Lula meets Trump at the White House", "BR" },
        // leaders and their ministers
        { false, "Trade minister, Mexican economy secretary hold talks on tariffs", "KR", "President Lee holds talks with Mexican President Sheinbaum", "KR" },
        // two bilateral meetings at one summit
        { false, "Modi meets Albanese on G20 sidelines", "IN", "Modi meets Carney on G20 sidelines", "IN" },
        // one pair's summits in two cities: two years'
        { false, "EU-China summit in Brussels ends without breakthrough on EVs", "EU", "Costa and von der Leyen in Beijing: summit yields export-control dialogue", "EU" },
        // another pair
        { false, "PM holds talks with Japanese Prime Minister", "VN", "PM holds talks with Japanese Prime Minister", "TH" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void One_pairs_visit_or_call_is_one_story_from_either_side(bool same, string titleA, string? countryA, string titleB, string? countryB)
    {
        var (a, b) = (F(titleA, countryA), F(titleB, countryB));
        Assert.Equal(same, a.SameBilateralEvent(b));
        if (same) Assert.Contains(a.Keys(), k => k.StartsWith("v-", StringComparison.Ordinal) && b.Keys().Contains(k));
    }
}
