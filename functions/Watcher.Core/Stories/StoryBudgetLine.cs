namespace Watcher.Core.Stories;

/// <summary>
/// A budget's duty line told under a headline that names no budget ("Duty on imported sardines up to 35 percent", "Ferry
/// engines import duty cut to 5%") beside the budget's own item ("Budget Statement 2034: Customs measures", its live blog, a copy
/// naming the budget). The speech's headline names the budget and nothing else, so the two share no headline word, the extractor
/// reads few measures from a speech's lines, and a news copy's text shares a fifth of the speech's words at most: none of the
/// other rules joins them, though the copy states the line's goods and rate as the speech does. What ties them is the home, the
/// rate and the words: the line's headline states a rate the budget's item states (in its headline or first two sentences), both
/// are one government's, and the texts overlap (the other item states every word of a headline alone, or the two texts share a
/// tenth of their words). Another government's budget, another rate, and the same government's decisions of another kind (a
/// trade-remedy ruling: its headline names no budget but its rate is no budget line of that week's speech) stay apart.
/// Session 33 (cluster47): holdouts 12–30 had 25 split pairs of a budget story with one headline naming no budget, holdout 34 seven.
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>This item or <paramref name="other"/> names its home's budget (about its duties, see
    /// <see cref="AboutTheBudgetsDuties"/>), the other is a trade item of that home naming no budget, and one headline's every rate is
    /// stated by the other item (see the type's remark above).</summary>
    internal bool BudgetLineOf(StoryFingerprint other) => BudgetLine(this, other) || BudgetLine(other, this);

    private static bool BudgetLine(StoryFingerprint budget, StoryFingerprint line)
    {
        if (!budget.AboutTheBudgetsDuties || budget.IsBudgetRoundup || line.HeadlineBudget is not null || !line.IsTradeHeadline) return false;
        if (!budget.SharesAHome(line)) return false;
        // the line's headline rate is the budget's line ("… up to 35 percent"), or the budget headline's is the line item's
        // ("Budget: duty on baby food cut to 5pc" beside a copy whose lede lists it among the others)
        var lineRate = line.HeadlineRates.Length > 0 && line.HeadlineRates.All(budget.StatesRate);
        var budgetRate = budget.HeadlineRates.Length > 0 && budget.HeadlineRates.All(line.StatesRate);
        if (!lineRate && !budgetRate) return false;
        // a headline alone is the line when the other item states every word of it, its goods with its duty and rate ("Cement
        // import duty up to 35 percent" shares "import duty 35 percent" with a speech raising sardines to 35 percent, not "cement")
        if (line.HeadlineOnly) return budget.StatesEveryWordOf(line);
        if (budget.HeadlineOnly) return line.StatesEveryWordOf(budget);
        return !budget.SimilarityBelow(line, StoryMatcher.FigureFloor);
    }

    /// <summary>This item's words include every word of <paramref name="headline"/>'s but its parties (the home decides those) and
    /// the budget's own words and years ("Budget 2035:" over a copy that says "in the budget" or nothing of it), as far as its
    /// signature tells (<see cref="MayHaveWord"/>). An estimate of the share of words two items have in common is too coarse for
    /// six words: one word of six missing ("cement" for "canned sardines") is within its error.</summary>
    private bool StatesEveryWordOf(StoryFingerprint headline)
    {
        var years = new List<string>();
        foreach (var w in headline.TitleWords)
        {
            if (w[0] == '@' || IsABudgetsOwnWord(w)) continue;
            years.Clear();
            AddYears(w, years);
            if (years.Count == 0 && !MayHaveWord(w)) return false;
        }
        return true;
    }
}
