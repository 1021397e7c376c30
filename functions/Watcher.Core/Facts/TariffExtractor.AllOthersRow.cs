using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// A remedy's row for the rest of its origin's exporters that names no duty (session 35, extract70): "c. for imports from all other
/// exporters, US$1.43 per kilogram", "US$7.46 per piece for imports from all other exporters", "b. for those from all other exporters,
/// of US$0.95 per pair", under a resolution's "definitive compensatory quotas are imposed on imports of X originating in China … as
/// follows:". The firms' rows before it name a firm and are not the origin's rate; the all-others row is, and without a duty word of its
/// own no sentence reader took it (a row that writes "a compensatory quota of US$2.08" was read). Read only in an item that has named a
/// tariff, as a sentence of one rate and nothing else (no country, no firm), under the imposer the item carries and the one origin its
/// announcement or its last measure named, on that announcement's goods. Called from one place in <see cref="ReadSentences"/>.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The origin's rate an all-others row states, or null when the sentence is no such row or the item carries no imposer,
    /// single origin or goods for it.</summary>
    private static TariffMeasure? AllOthersRow(string s, string? imposer, string? origin, IReadOnlyList<string>? products, string? date)
    {
        if (imposer is null || origin is null or "*" || origin == imposer || products is null || IsGeneric(products)) return null;
        var m = AllOthersRowPattern().Match(s);
        if (!m.Success) return null;
        var rates = RateParser.Find(s);
        if (rates is not [var rate] || rate.Start < m.Groups["r"].Index || rate.End > m.Groups["r"].Index + m.Groups["r"].Length) return null;
        if (Parties(s).Count > 0) return null;
        return new TariffMeasure(imposer, origin, rate.Value, rate.Unit, products, TariffActions.Imposed, date, s);
    }

    /// <summary>"[c.|c)|C.] for imports from all other exporters, [of ]US$1.43 per kilogram.", "US$7.46 per piece for imports from all other
    /// exporters.", "for those from all other exporters, of US$0.95 per pair": a list row, the rest of the origin's exporters and one
    /// amount, nothing else.</summary>
    [GeneratedRegex(@"^\s*(?:[A-Za-z0-9]{1,2}[.)]\s*)?(?:for\s+(?:(?:imports|those|shipments)\s+from\s+)?all\s+(?:the\s+)?other\s+(?:exporters|producers|manufacturers|companies)(?:\s+and\s+(?:exporters|producers))?\s*[,:]?\s*(?:of\s+)?(?<r>[^,;:()]{1,40}?)|(?<r>[^,;:()]{1,40}?)\s*,?\s+for\s+(?:(?:imports|those|shipments)\s+from\s+)?all\s+(?:the\s+)?other\s+(?:exporters|producers|manufacturers|companies))\s*[.;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AllOthersRowPattern();
}
