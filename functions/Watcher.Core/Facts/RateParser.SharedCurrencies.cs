namespace Watcher.Core.Facts;

/// <summary>
/// Currency words that several countries share (session 17, fix17e): "Rs"/"rupees" are India's, Sri Lanka's, Pakistan's, Nepal's and
/// Mauritius's; "shillings" Kenya's, Uganda's, Tanzania's and Somalia's; "riyals" Saudi Arabia's, Qatar's, Oman's and Yemen's; "francs"
/// Switzerland's, the CFA zones' and several African states'; "dirhams" the UAE's and Morocco's; "pesos" a dozen countries'. The rate
/// reader reads the word alone (one default each: inr, kes, sar, chf, aed, peso); a specific duty is charged in the imposer's own
/// money, so once the imposer is known the word is that country's currency — unless the sentence writes the ISO code or the symbol
/// that names one country only ("INR 50 per kg", "₹50", "KSh 20", "SAR 5", "CHF 80/t", "AED 2").
/// </summary>
public static partial class RateParser
{
    /// <summary>The unit of a specific duty ("inr/kg") in the imposer's currency where the word was one several countries share.</summary>
    public static string InImposersCurrency(string unit, string imposer, string evidence)
    {
        var slash = unit.IndexOf('/');
        if (slash <= 0) return unit;
        var currency = unit[..slash];
        if (!Shared.TryGetValue(currency, out var shared) || !shared.ByCountry.TryGetValue(imposer, out var own)) return unit;
        foreach (var code in shared.Explicit)
            if (evidence.Contains(code, StringComparison.Ordinal)) return unit;
        return own + unit[slash..];
    }

    private static readonly Dictionary<string, (string[] Explicit, Dictionary<string, string> ByCountry)> Shared = new(StringComparer.Ordinal)
    {
        ["inr"] = (["INR", "₹"], new(StringComparer.Ordinal) { ["LK"] = "lkr", ["PK"] = "pkr", ["NP"] = "npr", ["MU"] = "mur", ["SC"] = "scr" }),
        ["kes"] = (["KES", "KSh", "Ksh", "Kshs"], new(StringComparer.Ordinal) { ["UG"] = "ugx", ["TZ"] = "tzs", ["SO"] = "sos" }),
        ["sar"] = (["SAR"], new(StringComparer.Ordinal) { ["QA"] = "qar", ["OM"] = "omr", ["YE"] = "yer" }),
        ["chf"] = (["CHF"], new(StringComparer.Ordinal)
        {
            ["BJ"] = "xof", ["BF"] = "xof", ["CI"] = "xof", ["GW"] = "xof", ["ML"] = "xof", ["NE"] = "xof", ["SN"] = "xof", ["TG"] = "xof",
            ["CM"] = "xaf", ["CF"] = "xaf", ["TD"] = "xaf", ["CG"] = "xaf", ["GQ"] = "xaf", ["GA"] = "xaf",
            ["RW"] = "rwf", ["BI"] = "bif", ["GN"] = "gnf", ["DJ"] = "djf", ["KM"] = "kmf", ["CD"] = "cdf",
        }),
        ["aed"] = (["AED"], new(StringComparer.Ordinal) { ["MA"] = "mad" }),
        ["peso"] = ([], new(StringComparer.Ordinal)
        {
            ["MX"] = "mxn", ["PH"] = "php", ["AR"] = "ars", ["CL"] = "clp", ["CO"] = "cop", ["UY"] = "uyu", ["DO"] = "dop", ["CU"] = "cup",
        }),
    };
}
