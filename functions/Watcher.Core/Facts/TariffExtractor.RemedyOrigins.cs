namespace Watcher.Core.Facts;

/// <summary>
/// A trade remedy's origins lay none of its duties (session 35, extract69): a ruling headlined "… anti-dumping duties on electric kettles
/// from China and Türkiye", "… imports of n-butanol from the US and Malaysia", "… glass jars originating in the People's Republic of
/// China and Malaysia" is laid by a government the release names only by its institution ("The Commission", "The Minister", "Commerce").
/// The sentence reading then takes the nearest country for the imposer, and that is one of the origins ("… at 24.5%, and in Türkiye, at
/// 13.8%", "other US companies 51.8%", "for Malaysia 11.3%"): read as the origin's duty on the other origin, and the general duty beside it
/// as the origin's too. Reads the headline's countries (<see cref="NamedAsOrigin"/>, and those joined to one) and the item's measures;
/// a country the headline names only as an origin imposes nothing in an item about a trade remedy, so its measures are the item's home's
/// (the imposer the item implies) or, where that is one of the origins or none, the outlet's country — never one of the origins, and
/// never a measure on the home itself.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The measures <paramref name="result"/> read under one of the remedy's headline origins, moved to the item's home or
    /// outlet country (one measure where two become the same).</summary>
    private static void RemedyOriginsLayNothing(List<TariffMeasure> result, string text, string? headline, string? implied, string? sourceCountry)
    {
        if (headline is null || result.Count == 0 || !RemedyNamed().IsMatch(text)) return;
        var origins = HeadlineOrigins(headline);
        if (origins is null || !result.Any(m => origins.Contains(m.Imposer))) return;
        var home = implied is { } h && !origins.Contains(h) ? h : sourceCountry is { } s && !origins.Contains(s) ? s : null;
        if (home is null) return;
        var read = new List<TariffMeasure>(result.Count);
        foreach (var m in result)
        {
            var moved = origins.Contains(m.Imposer) && m.Target != home ? m with { Imposer = home } : m;
            if (!ReferenceEquals(moved, m) && read.Any(o => o.Imposer == moved.Imposer && o.Target == moved.Target && o.Rate == moved.Rate
                    && o.RateUnit == moved.RateUnit && ProductsOverlap(o.Products, moved.Products)))
                continue;
            read.Add(moved);
        }
        result.Clear();
        result.AddRange(read);
    }

    /// <summary>The countries a headline names only as origins of goods ("from China and Türkiye", "on Chinese, Turkish fans"), or null
    /// for none: a country the headline also names otherwise ("China hits back …") is none of them.</summary>
    private static HashSet<string>? HeadlineOrigins(string headline)
    {
        var mentions = Parties(headline);
        if (mentions.Count == 0) return null;
        var origin = new bool[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
            origin[i] = NamedAsOrigin(headline, mentions[i]) || (i > 0 && origin[i - 1] && Joined(headline, mentions[i - 1], mentions[i]));
        HashSet<string>? origins = null;
        for (var i = 0; i < mentions.Count; i++)
            if (origin[i] && !mentions.Where((m, k) => !origin[k] && m.CountryId == mentions[i].CountryId).Any())
                (origins ??= new HashSet<string>(StringComparer.Ordinal)).Add(mentions[i].CountryId);
        return origins;
    }
}
