namespace Watcher.Core.Stories;

/// <summary>
/// A ruling's computed figure — a dumping margin or a specific duty's amount ("33.41%", "US$ 598.30 per tonne", "0.61 … 1.17
/// dólares por pieza") — is that ruling's fingerprint in every outlet's copy, in any language: the release ("Gecex applies
/// anti-dumping duty on sodium hexametaphosphate from China (translated)") and the paper's article ("Brasil aplica antidumping ao
/// hexametafosfato de sódio chinês") share it and hardly a word besides, so the similarity floor of the figure rule in
/// <see cref="StoryMatcher.Score"/> never lets it count; nor does a release whose rate table the extractor reads no measure from
/// ("Decision on applying official anti-dumping measures on certain bicycle pumps …" / "Việt Nam imposes anti-dumping duty on
/// Chinese bicycle pumps"). So two items with text, each about a trade measure of one government, of one home and a country in common,
/// that state a figure with decimals which is not a whole or half percent, the one stating fewer such figures stating no other,
/// one lede measure at such a rate (if any) at a figure the other states, and headlines not about something else, are one
/// ruling when nothing else tells them apart (no lede measures that disagree, no other stage, parties or goods of one template:
/// the guards before it in Score).
/// A whole or half rate ("7.5%", "12.5%") is a schedule's, stated in every story of its goods; a margin to the hundredth is
/// computed once. Session 32 (cluster45).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>This item and <paramref name="other"/>, both with text, state one ruling's computed figure (see the type's remark
    /// above): each about a trade measure (its headline, or a measure its lede states) of one government, no home of one differing
    /// from the other's, a country in common (named, or the home: a release need not name its own country).</summary>
    internal bool StatesRulingFigureOf(StoryFingerprint other)
    {
        if (HeadlineOnly || other.HeadlineOnly || !AboutATradeMeasure || !other.AboutATradeMeasure) return false;
        if (!HeadlineOnTopic || !other.HeadlineOnTopic) return false;
        if (!OneImposersMeasures() || !other.OneImposersMeasures()) return false;
        if (!SharesComputedFigure(other) || !MeasuresAtFiguresOf(other) || !other.MeasuresAtFiguresOf(this) || HomesDiffer(other)) return false;
        foreach (var e in Entities) if (other.EntitySet.Contains(e) || other.HomeCountries.Contains(e)) return true;
        foreach (var h in HomeCountries) if (other.EntitySet.Contains(h) || other.HomeCountries.Contains(h)) return true;
        return false;
    }

    /// <summary>The lede's measures, if any, are one government's: a review of the period's tariffs ("The quiet creep of tariffs on
    /// everyday things": one country's margin on paddles, another's tax on excavators) states a ruling's margin among other
    /// governments' measures, and is no copy of that ruling.</summary>
    private bool OneImposersMeasures()
    {
        string? imposer = null;
        foreach (var f in ParsedFacts)
        {
            if (f.Measure is not var (i, _, _)) continue;
            if (imposer is null) imposer = i;
            else if (!OneHome(imposer, i)) return false;
        }
        return true;
    }

    /// <summary>The headline is not about something else: one naming no country, trade word or meeting ("Bergen shipyard orders rise
    /// in May") whose lede recalls a ruling's margin reports another story. A headline in the outlet's language naming its duty
    /// ("… impone cuotas de hasta 1.17 dólares por pieza …") is about the ruling, though the English reading finds no trade word.</summary>
    private bool HeadlineOnTopic => !HeadlineOffTopic || NamesForeignDuty;

    /// <summary>The headline is a trade headline, or the lede states a tariff measure (a paper's headline the English reading does
    /// not take for one: "Economía impone cuotas de hasta 1.17 dólares por pieza a ralladores chinos").</summary>
    private bool AboutATradeMeasure => IsTradeHeadline || ParsedFacts.Any(f => f.IsMeasure);

    /// <summary>Both items state a figure with decimals that is no multiple of a half ("33.41", "598.3", "2.27"; not "7.5"), and
    /// every such figure of the item stating fewer is the other's: a copy quotes some of the ruling's margins, none of its own.</summary>
    private bool SharesComputedFigure(StoryFingerprint other)
    {
        if (DecimalFigures == 0 || other.DecimalFigures == 0) return false;
        var (mine, theirs) = (ComputedFigures(), other.ComputedFigures());
        if (mine.Count == 0 || theirs.Count == 0) return false;
        var (fewer, more) = mine.Count <= theirs.Count ? (mine, other) : (theirs, this);
        foreach (var f in fewer) if (!more.FigureSet.Contains(f)) return false;
        return true;
    }

    /// <summary>The lede's measures at a computed rate, if any, include one at a figure <paramref name="other"/> states: a final
    /// ruling's article ("… derecho antidumping definitivo de 25.42% …, que reemplaza al provisional de 23.17%") recalls the
    /// provisional ruling's margin, but its own measure is at a margin the provisional release never states. One is enough: a
    /// release sets a margin for each exporter ("US$ 287.40 per tonne for one exporter and US$ 812.65 … for the others") and a
    /// paper's copy quotes only the top one.</summary>
    private bool MeasuresAtFiguresOf(StoryFingerprint other)
    {
        var computed = false;
        foreach (var f in ParsedFacts)
        {
            if (f.Measure is not var (_, _, rate) || rate * 2 == Math.Floor(rate * 2)) continue;
            if (other.FigureSet.Contains(rate.ToString(System.Globalization.CultureInfo.InvariantCulture))) return true;
            computed = true;
        }
        return !computed;
    }

    private List<string> ComputedFigures() => [.. Figures.Where(f => f.Contains('.') && IsComputed(f))];

    private static bool IsComputed(string figure) =>
        double.TryParse(figure, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
        && value * 2 != Math.Floor(value * 2);
}
