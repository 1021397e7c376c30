namespace Watcher.Core.Stories;

/// <summary>
/// A rate with decimals stated by both ledes between the same parties is one ruling's fingerprint, whatever words each
/// outlet chose for its goods ("countervailing duties of … 112.61 per cent on hydrofluorocarbon (HFC) blends" / "up to
/// 112.61% anti-subsidy duty on Vietnamese refrigerant"; "frozen horse mackerel" / "carapau" at 7.5%; "toluene
/// diisocyanate" / "TDI" at 61.4%): the goods phrase is what the extractor reads least reliably, the rate the most. Round
/// rates (10%, 25%, and a whole rate that is a decimal one's rounding: "35%" beside "35.19%" on lumber) are shared by many
/// measures of one imposer and keep their goods test (<see cref="StoryFingerprint.FactsAgree"/>): "The UK's 50% tariff on
/// EVs" and "… on solar panels" are two. A periodical's headline ("Trade Remedies Weekly: …") lists many rulings, whichever
/// one's rate its lede read. A follow-up on the same ruling (annulled, lifted, extended) is told apart by the headline guards
/// that run after this one.
/// </summary>
internal static class RulingRate
{
    /// <summary>A lede measure of each item has one rate with decimals, the same imposer, and the same target or every
    /// origin on one side; neither headline is a periodical's.</summary>
    public static bool Shared(StoryFingerprint a, StoryFingerprint b)
    {
        if (a.TitleSet.Overlaps(StoryFingerprint.PeriodicalWords) || b.TitleSet.Overlaps(StoryFingerprint.PeriodicalWords)) return false;
        foreach (var x in a.ParsedFacts)
            foreach (var y in b.ParsedFacts)
                if (x.Measure is var (ix, tx, rx) && y.Measure is var (iy, ty, ry)
                    && ix != "*" && ix == iy && (tx == ty || tx == "*" || ty == "*") && SameDistinctiveRate(rx, ry))
                    return true;
        return false;
    }

    /// <summary>The same rate, with decimals.</summary>
    internal static bool SameDistinctiveRate(double x, double y) => x == y && x != Math.Floor(x);
}
