namespace Watcher.Core.Stories;

/// <summary>
/// Two governments' trade-remedy releases are written from one template ("… has decided to impose anti-dumping duties on … originating
/// in the People's Republic of China … for five years … in addition to the general import duty"): without the outlet's country
/// neither need name its own government, so no home tells them apart, and the template's words alone join them (a third of their
/// words shared: "DFT imposes anti-dumping duties on plastic laundry baskets from China and Vietnam" / "MOF to levy anti-dumping
/// duties on stainless steel pet bowls from China"), or headlines of one decree's template sharing a modifier of their goods ("…
/// on imports of electric doorbells originating in …" / "… of electric pizza ovens originating in …"). What a ruling is about is its
/// goods' noun (baskets, bowls, ovens), which every copy names; a modifier ("steel", "electric", "plastic") is shared by many goods.
/// So two items with text naming goods nouns of which none is the other's, and sharing no lede fact, figure or rate, are two
/// rulings. Session 33 (cluster46).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>Both items have text and name their goods' nouns (<see cref="GoodsNouns"/>), none of one among the other's nouns or
    /// headline words, and they share no figure and no rate: two rulings on two goods, whatever template their texts share. (The
    /// caller asks this only where no lede fact is shared.)</summary>
    internal bool NamesOtherGoodsNouns(StoryFingerprint other)
    {
        if (HeadlineOnly || other.HeadlineOnly) return false;
        var (mine, theirs) = (GoodsNouns, other.GoodsNouns);
        if (mine.Count == 0 || theirs.Count == 0 || SharedFigures(other) > 0 || SharedRates(other) > 0) return false;
        foreach (var m in mine)
        {
            if (other.TitleSet.Contains(m)) return false;
            foreach (var t in theirs) if (m == t || SameWord(m, t)) return false;
        }
        foreach (var t in theirs) if (TitleSet.Contains(t)) return false;
        return true;
    }

    /// <summary>The nouns of the goods the item names: the last word of each product of its lede measures, and the last word of the
    /// goods its headline names between a trade word and their origin ("… duties on plastic laundry baskets from China" → basket;
    /// "… on imports of shoelaces originating in China" → shoelace). Goods the headline names with no origin after them are not
    /// read: what follows a headline's trade word up to its end may be anything ("Tariff on steel to rise next month").</summary>
    private List<string> GoodsNouns => _goodsNouns ??= ReadGoodsNouns();
    private List<string>? _goodsNouns;

    private List<string> ReadGoodsNouns()
    {
        var nouns = new List<string>();
        foreach (var f in ParsedFacts)
            foreach (var product in f.Products)
            {
                var words = NamedProductWords(product).ToList();
                if (words.Count == 0) continue;
                var noun = Fold(words[^1]);
                if (words.Count > 1 && CompoundClassNouns.Contains(noun)) noun = Fold(words[^2]);
                if (!nouns.Contains(noun)) nouns.Add(noun);
            }
        var runStart = -1;
        for (var i = 0; i < TitleWords.Count; i++)
        {
            var word = TitleWords[i];
            if (TradeWords.Contains(word)) { runStart = i + 1; continue; }
            if (runStart < 0) continue;
            if (word[0] == '@' || OriginWords.Contains(word))
            {
                // a compound's class ("acid") is named by the word before it ("fumaric acid" / "succinic acid")
                var at = i > runStart + 1 && CompoundClassNouns.Contains(TitleWords[i - 1]) ? i - 2 : i - 1;
                if (i > runStart && !nouns.Contains(TitleWords[at])) nouns.Add(TitleWords[at]);
                runStart = -1;
            }
            else if (!IsSalient(word)) runStart = -1;
        }
        return nouns;
    }

    /// <summary>
    /// The class of a chemical compound, which names no goods of its own: what a ruling on "fumaric acid" or "succinic acid" is about
    /// is the word before it, which every copy names; "acid" is shared by every acid's ruling ("Seeks to impose anti-dumping duty on
    /// imports of Fumaric Acid originating in … China PR and Thailand" / "Commission imposes definitive anti-dumping … duties on
    /// succinic acid from China …": two importers' rulings, joined by the template and "acid"). Folded as headline words are. Session
    /// 35 (cluster50).
    /// </summary>
    private static readonly HashSet<string> CompoundClassNouns = Folded(
        "acid", "oxide", "dioxide", "chloride", "sulfate", "sulphate", "nitrate", "phosphate", "carbonate", "hydroxide", "peroxide",
        "silicate", "glycol", "alcohol", "ester", "amine", "anhydride");

    /// <summary>Words that open the goods' origin after their name ("originating in", "originated from").</summary>
    private static readonly HashSet<string> OriginWords = Folded("originating", "originated", "origin");
}
