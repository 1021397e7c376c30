using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Session 16 (cluster22): the words outlets pick among for one thing when they rewrite a story add one plain content word to
/// the story fingerprint beside their own (StoryFingerprint.OutletWordings): "hikes"/"increases"/"raises", "slashes"/"reduces"/"trims"/"cuts",
/// "abolishes"/"removes"/"waives"/"scraps", "sweets"/"candy"/"confectionery", "EVs"/"electric vehicles",
/// "automobiles"/"autos"/"cars". Words that name other things in other stories stay apart: "tariff" (a telecom's price
/// list) is not "duty", "lifts" (a ban, or a rate) is neither a raise nor a removal, "slaps" and "imposes" stay the
/// template words of every ruling, a "sweet" potato is no confectionery.
/// </summary>
public class StoryOutletWordingsTests
{
    private static HashSet<string> Words(string text) => [.. StoryFingerprint.ContentWords(text).Words];

    private static bool ShareAWord(string a, string b) => Words(a).Overlaps(Words(b));

    public static TheoryData<string, string, bool> Wordings => new()
    {
        // what is done to a duty, in each outlet's word
        { "hikes", "raises", true },
        { "increased", "hiked", true },
        { "raising", "increases", true },
        { "slashes", "cuts", true },
        { "trimmed", "reduced", true },
        { "lowering", "slashing", true },
        { "a reduction", "lowered", false }, // (verbs only: a noun recalls the measure as another story's background)
        { "abolishes", "scraps", true },
        { "removed", "waived", true },
        { "eliminated", "removed", true },
        { "eliminated", "removal", false },
        // goods named by a common word or an abbreviation
        { "imported sweets", "imported confectionery", true },
        { "candy", "confectionary", true },
        { "EVs", "electric vehicles", true },
        { "an EV", "electric vehicle", true },
        { "automobiles", "cars", true },
        { "autos", "car", true },
        // a telecom's or utility's price list is a tariff, not a duty
        { "tariffs", "duty", false },
        { "levy", "duty", false },
        // "lifts" is a ban removed or a rate raised: neither word
        { "lifts", "scraps", false },
        { "lifts", "raises", false },
        // the ruling's template words stay as they were: every anti-dumping headline "imposes" or "slaps"
        { "slaps", "imposes", false },
        // a sweet potato is no confectionery
        { "sweet", "confectionery", false },
        // what rises is most often a quantity (fix16c, session 16 review: "Chinese EV exports rise 20% despite EU tariffs"
        // joined "EU raises tariffs on Chinese EVs"; ReviewFixes16cTests)
        { "rises", "raised", false },
        { "rose", "hiked", false },
        // raising and cutting are two measures, a removal no cut, a cut no removal
        { "raises", "cuts", false },
        { "removes", "cuts", false },
        { "slashes", "scraps", false },
        // a vehicle is no car, an electric grid no EV
        { "vehicles", "cars", false },
        { "electric grid", "EVs", true }, // (shares "electric" itself: the word, not the class)
        { "power grid", "EVs", false },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public void An_outlets_wording_shares_the_plain_word(string a, string b, bool share) => Assert.Equal(share, ShareAWord(a, b));

    // ---- pairs: a headline alone in one outlet's words and the other outlet's article

    private const string GhanaCars = "Ghana has raised the import duty on used automobiles to 35 percent from 20 percent, the finance ministry said on Monday, "
        + "in a bid to protect local assembly plants and reduce the import bill.";

    private const string SeychellesEvs = "Electric vehicles imported for private use will no longer pay the 25 percent import duty under amendments to the customs "
        + "tariff regulations published on Friday, the Seychelles finance ministry said, as the islands push to cut fuel imports.";

    public static TheoryData<bool, string, string, string, string> Pairs => new()
    {
        // the same measure, the headline alone in other words
        { true, "Ghana hikes import duty on cars to 35%", "", "Ghana raises duty on used automobiles", GhanaCars },
        { true, "Seychelles abolishes import duty on EVs", "", "Electric vehicles exempted from import duty", SeychellesEvs },
        // the same imposer's other measure: other goods
        { false, "Ghana hikes import duty on rice", "", "Ghana raises duty on used automobiles", GhanaCars },
        // the same goods, another imposer
        { false, "Nigeria hikes import duty on cars", "", "Ghana raises duty on used automobiles", GhanaCars },
        // two headlines alone, one goods word, two imposers
        { false, "Kenya hikes duty on cars", "", "Uganda raises duty on automobiles", "" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_headline_in_other_words_joins_its_article(bool same, string titleA, string textA, string titleB, string textB) =>
        StoryPair.AssertSame(same, titleA, textA, titleB, textB);
}
