using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

internal static partial class HomeCountry
{
    /// <summary>The item's own national budget named as such (session 33, extract63): "Budget 2031: Duty on farmers' pick-ups cut to
    /// 10%", "LIVE: Budget 2033/34", "PNG Budget 2031: 25pc tariff on crackers", "announced in Budget 2029", "Budget: duty scrapped on
    /// bike helmets", "the Minister of Finance said in the Budget Statement". A budget is laid by the government whose budget it is; with
    /// no word of trade ("duty on patio heaters", not "import duty") such an item is its outlet's on the terms of an unnamed government
    /// that acts (<see cref="UnnamedGovernmentActs"/>: no other country named, nothing only debated or supposed). The capital and what
    /// follows make it the budget by its name, not a budget in general ("a budget of $2 million", "budget airlines"): a year or a
    /// fiscal year after it, its statement, speech, address or debate, or a headline's colon.</summary>
    [GeneratedRegex(@"\b(?-i:Budget)(?:\s+\d{4}(?:[/-]\d{2,4})?\b|\s+(?-i:Statement|Speech|Address|Debate|Day)\b|:)")]
    private static partial Regex OwnBudget();
}
