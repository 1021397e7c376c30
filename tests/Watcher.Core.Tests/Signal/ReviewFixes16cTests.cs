using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 review of cluster22's outlet wordings (fix16c). What rises is most often a quantity ("exports rise despite
/// tariffs"), so "rise"/"rose"/"rising" are no longer read as "raise"; the adjective "lower" ("lower tariffs") is no cut; a
/// removal whose object is a ban, quota or curb is no duty scrapped. Besides the wordings, the kinds that made false links
/// without the outlet's country: two trade headlines each stating its own rate (no imposer named, so no measure read), an
/// item naming no country taken for another's imposer though it states its own rates for the goods, and one government's
/// excise and import (or export) duty on one good.
/// </summary>
public class ReviewFixes16cTests
{
    private static HashSet<string> Words(string text) => [.. StoryFingerprint.ContentWords(text).Words];

    public static TheoryData<string, string, bool> Wordings => new()
    {
        // a quantity rises; a duty is raised
        { "rises", "raised", false },
        { "rose", "hiked", false },
        { "rising", "increases", false },
        { "risen", "raises", false },
        { "hikes", "raises", true },
        // the adjective "lower" is no cut; the verb is
        { "lower tariffs", "slashes", false },
        { "lower", "reduced", false },
        { "lowers", "slashes", true },
        { "lowered", "trimmed", true },
        // a ban's, a quota's or a curb's removal is no duty scrapped
        { "removes ban", "scraps", false },
        { "removed the export ban", "abolished", false },
        { "waived the import quota", "scrapped", false },
        { "eliminates curbs", "scraps", false },
        { "removes duty", "scraps", true },
        { "removes import duty", "abolishes", true },
        { "waived the import duty on rice", "scrapped", true },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public void Only_a_measures_verb_shares_its_class_word(string a, string b, bool share) => Assert.Equal(share, Words(a).Overlaps(Words(b)));

    private const string OwnBudget = "The finance minister told parliament that customs duty on electric vehicles will be reduced to 10 per cent from 25 per cent "
        + "from April 1, and the duty on solar panels will be removed.";

    private const string OtherBudget = "The Federal Government of Nigeria has reduced the import duty on fully built electric vehicles from 35 per cent to 20 per cent, "
        + "according to the fiscal policy measures signed on Monday, and raised the levy on imported frozen fish.";

    public static TheoryData<bool, string, string, string, string> Pairs => new()
    {
        // one government's excise and its import or export duty on one good: two measures
        { false, "Kenya raises excise duty on sugar confectionery", "", "Kenya hikes import duty on sweets", "" },
        { false, "Kenya raises excise duty on sugar", "", "Kenya hikes import duty on sugar", "" },
        { false, "Ghana raises excise tax on tobacco products", "", "Ghana hikes import duty on tobacco products", "" },
        { false, "India imposes export duty on onions", "", "India cuts import duty on onions", "" },
        // one kind of duty, however worded, stays one story
        { true, "Kenya raises excise duty on beer", "", "Kenya hikes excise duty on beer", "" },
        { true, "India hikes customs duty on gold", "", "India raises import duty on gold", "" },
        { true, "Indonesia removes export duty on coal", "", "Indonesia scraps export duty on coal", "" },
        // a ban removed and a duty scrapped on other goods
        { false, "Indonesia removes export ban on nickel ore", "", "Indonesia scraps export duty on palm oil", "" },
        // two headlines each stating a rate of their own, no country named (no measure read): two decisions
        { false, "MPs pass 25pc duty on imported sugar", "", "Import duty of 20% to be imposed on white sugar", "" },
        { false, "Senate approves 15% levy on imported rice", "", "Import duty of 10% to be imposed on rice", "" },
        { true, "MPs pass 25pc duty on imported sugar", "", "Import duty of 25% to be imposed on sugar", "" },
        // an item naming no country, stating its own rates, beside another country's measure on the same goods at another rate
        { false, "Budget 2027: Duty on electric vehicles cut, solar equipment exempted", OwnBudget, "FG cuts import duty on electric vehicles to 20%, raises levy on frozen fish", OtherBudget },
        // … and joins it when it states that measure's rate
        { true, "Budget 2027: Duty on electric vehicles cut, solar equipment exempted", OwnBudget.Replace("10 per cent from 25 per cent", "20 per cent from 35 per cent"),
            "FG cuts import duty on electric vehicles to 20%, raises levy on frozen fish", OtherBudget },
        // the outlet wordings that stay: the same measure in other words
        { true, "Malaysia abolishes import duty on sweets", "", "Malaysia removes import duty on confectionery", "" },
        { true, "Brazil hikes import tax on electric vehicles", "", "Brazil raises import tariff on EVs", "" },
        { true, "Turkey slashes duty on EVs", "", "Turkey cuts tariff on electric vehicles", "" },
        { true, "Philippines lowers tariff on rice imports", "", "Philippines slashes tariff on rice imports", "" },
        { true, "Egypt removes import duty on sugar", "", "Egypt scraps import duty on sugar", "" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Review_pairs(bool same, string titleA, string textA, string titleB, string textB) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);
}
