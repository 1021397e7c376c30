using System.Text.RegularExpressions;
using Watcher.Core.Detection;
using Watcher.Core.Entities;

namespace Watcher.Core.Stories;

public sealed partial record StoryFingerprint
{
    /// <summary>
    /// A headline alone that names a duty and the rate it goes to, its verb left out ("Import duty on pretzels and crisps to 25%",
    /// "Tortilla duty to 40 percent", "Clove import duty up to 50%"), and no country: its outlet's government's decision, as "Import
    /// duty on rice cut to 5%" is (the extractor reads a home only where a verb states the decision). Without it such a headline has
    /// no home, and joins the look-alike of another territory that states the same goods at the same rate (two budgets taxing crisps
    /// at 25% in one week). Session 31 (cluster42).
    /// </summary>
    private static bool DutyToRateHeadlineOfOutlet(string? title, string? text, string outlet)
    {
        if (!string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(title)) return false;
        var headline = StoryKeys.NormalizedTitleText(title);
        if (!DutyToRate().IsMatch(headline)) return false;
        foreach (var m in EntityFinder.Find(headline))
        {
            var country = m.Entity.Kind == EntityKind.Leader ? m.Entity.Country : m.Entity.Id;
            if (country is not null && country != outlet) return false;
        }
        return true;
    }

    // the whole headline: a few words of goods, the duty, its goods, "(up) to" a rate, perhaps when ("from July")
    [GeneratedRegex(@"^(?:[\w'’-]+\s+){0,4}?(?:import\s+|customs\s+)?dut(?:y|ies)(?:\s+on\s+[^,;:]+?)?\s+(?:up\s+)?to\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pc|pct)(?:\s+from\s+\w+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DutyToRate();
}
