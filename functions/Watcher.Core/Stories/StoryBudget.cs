using System.Globalization;

namespace Watcher.Core.Stories;

/// <summary>
/// A government's budget of one year is one story however it is told: the minister's speech or statement ("Budget Statement
/// 2028: Fiscal Measures (extract)"), a live blog of its reading ("LIVE: Budget 2028 presentation"), news copies naming one or
/// two of its duty changes ("Budget 2028: 40% duty on imported pork, pastries", "Sri Lanka Budget 2028 raises dairy import
/// cess"), and a headline alone. Their texts share few words (a speech's numbered paragraphs, a blog's times, one product each),
/// and the extractor reads few measures from a budget's lines, so the headline's naming of the budget and its year is the
/// evidence. What is not that story: another country's budget (the homes decide first), a mid-year or supplementary budget
/// beside the annual one, the finance bill passed weeks later ("Finance Bill passed: apple duty set at 15 percent" is its own
/// story), and the budget's domestic taxes (stamp duty, income tax, VAT, excise: "Budget 2027: Stamp duty thresholds frozen").
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The budget the headline names, read once from its words: its kind (the annual budget, or "mid" for a mid-year,
    /// supplementary or mini budget) and the years it names ("Budget 2028", "2027/28 Budget Statement", "Budget FY28", "in
    /// 2027-2028 budget"); null when the headline names no budget, no year, or a domestic tax or the budget's totals.</summary>
    internal BudgetName? HeadlineBudget => _budgetRead ? _budget : ReadBudget();
    private BudgetName? _budget;
    private bool _budgetRead;

    internal sealed record BudgetName(string Kind, string[] Years, bool AboutDuties);

    private BudgetName? ReadBudget()
    {
        BudgetName? budget = null;
        if (TitleWords.Any(IsBudgetWord) && !TitleSet.Overlaps(NotTheBudgetsDuties) && !TitleSet.Overlaps(BudgetVoteWords)
            && !(TitleSet.Contains(ExciseWord) && !TitleSet.Contains(CustomsWord) && !TitleSet.Contains(ImportWord)))
        {
            var years = new List<string>();
            for (var i = 0; i < TitleWords.Count; i++)
            {
                var before = years.Count;
                AddYears(TitleWords[i], years);
                // "2030/31" read as two words: the year and the next year's last two digits
                if (years.Count == before + 1 && i + 1 < TitleWords.Count && TitleWords[i + 1] is { Length: 2 } next
                    && int.Parse(years[^1], CultureInfo.InvariantCulture) is var year && next == ((year + 1) % 100).ToString("D2", CultureInfo.InvariantCulture))
                    years.Add((year + 1).ToString(CultureInfo.InvariantCulture));
            }
            // a headline naming a budget and no year ("Budget: duty off garden gloves", "Nauru budget scraps duty on fishing gear",
            // "LIVE: Budget debate in Parliament") names the year's budget of its home: the index looks back a week, and a
            // government reads one budget in it. One naming no year and no country over a text naming four or more is several
            // governments' budgets (see IsBudgetRoundup).
            var kind = years.Count == 0 && IsRoundupOfBudgets() ? SeveralBudgets : TitleSet.Overlaps(OtherBudgetWords) ? "mid" : "annual";
            budget = new BudgetName(kind, [.. years.Distinct(StringComparer.Ordinal)], ReadAboutDuties());
        }
        _budget = budget;
        _budgetRead = true;
        return budget;
    }

    /// <summary>The years a headline word names as a budget's: "2028", "2027/28", "2027-28", "2027-2028" (both years), "fy28",
    /// "fy2028", "fy2027-28".</summary>
    internal static void AddYears(string word, List<string> years)
    {
        var w = word.StartsWith("fy", StringComparison.Ordinal) ? word[2..] : word;
        if (w.Length == 2 && word.Length == 4 && w.All(char.IsAsciiDigit))
        {
            years.Add("20" + w);
            return;
        }
        if (w.Length < 4 || !w[..4].All(char.IsAsciiDigit) || w[0] is not ('1' or '2')) return;
        var first = int.Parse(w[..4], CultureInfo.InvariantCulture);
        if (first is < 1950 or > 2100) return;
        var rest = w[4..];
        if (rest.Length == 0)
        {
            years.Add(w);
            return;
        }
        if (rest[0] is not ('/' or '-') || !rest[1..].All(char.IsAsciiDigit) || rest.Length is not (3 or 5)) return;
        years.Add(w[..4]);
        years.Add(rest.Length == 3 ? w[..2] + rest[1..] : rest[1..]);
    }

    /// <summary>The item is about the budget's duties, as far as its fingerprint tells: a trade headline, a lede measure read, a
    /// live blog, or a headline naming the budget and nothing else ("Budget Statement 2028: Fiscal Measures (extract)", "LIVE:
    /// Budget 2028 presented in Parliament", "Budget FY28: What gets costlier, what gets cheaper") — not a copy about the budget's growth forecast or its spending.</summary>
    internal bool AboutTheBudgetsDuties => HeadlineBudget is { AboutDuties: true };

    private bool ReadAboutDuties() => (IsTradeHeadline && !TitleSet.Overlaps(BudgetTotalsWords)) || IsLiveHeadline || ParsedFacts.Any(f => f.IsMeasure)
        || TitleWords.All(w => w[0] == '@' || char.IsAsciiDigit(w[0]) || w.StartsWith("fy", StringComparison.Ordinal) || BudgetDocumentWords.Contains(w));

    /// <summary>What the duties raise or pay out, not a duty change ("Trump's FY2028 budget counts on $500 billion in tariff
    /// revenue", "… with tariff rebate checks"): a trade word beside them names the budget's totals. The budget document's
    /// own headline ("Budget 2028: Customs revenue measures") is read by its words.</summary>
    private static readonly HashSet<string> BudgetTotalsWords = Folded(
        "revenue", "revenues", "receipts", "rebate", "rebates", "check", "checks", "cheque", "cheques", "dividend", "dividends",
        "windfall", "collection", "collections", "forecast", "forecasts", "projection", "projections");

    /// <summary>A budget named with a legislature's act or a vote on it ("House passes FY2028 budget …", "Senate rejects …",
    /// "MPs vote down 2028 budget", "Parliament approves Budget 2028"), or as a step of a budget that is a request followed by
    /// votes (appropriations, a reconciliation bill, a budget resolution): not the budget day's reading of its duties, and
    /// each vote is its own event. The day's own words ("LIVE: Budget 2028 presented in Parliament") name no act.</summary>
    private static readonly HashSet<string> BudgetVoteWords = Folded(
        "pass", "passes", "passed", "passing", "vote", "votes", "voted", "voting", "approve", "approves", "approved", "approval",
        "adopt", "adopts", "adopted", "reject", "rejects", "rejected", "ratify", "ratifies", "ratified", "endorse", "endorses", "endorsed",
        "clears", "cleared", "defeat", "defeats", "defeated", "veto", "vetoes", "vetoed",
        "senate", "senators", "congress", "congressional", "lawmakers", "legislators", "legislature", "mps", "republicans", "democrats", "gop",
        "appropriation", "appropriations", "reconciliation", "resolution", "request", "shutdown", "blueprint");

    /// <summary>The words of a budget document's or its reading's headline.</summary>
    private static readonly HashSet<string> BudgetDocumentWords = Folded(
        "budget", "statement", "speech", "address", "fiscal", "measures", "extract", "revenue", "proposals", "live", "presentation",
        "presented", "parliament", "house", "tax", "taxes", "customs", "excise", "duty", "duties", "highlights", "key", "changes",
        "glance", "updates", "national", "union", "annual", "federal", "full", "text", "day", "tabled", "delivered", "unveiled", "unveils",
        // what a budget's duty changes do to shop prices ("Budget FY28: What gets costlier, what gets cheaper")
        "what", "gets", "becomes", "costlier", "cheaper", "dearer");

    /// <summary>Both headlines name one budget (the same kind, a year in common), and the items share a home: two copies of
    /// that government's budget. Compares two values read once per fingerprint.</summary>
    public bool HeadlinesNameSameBudget(StoryFingerprint other)
    {
        if (HeadlineBudget is not { } mine || other.HeadlineBudget is not { } theirs || mine.Kind != theirs.Kind) return false;
        if (mine.Kind == SeveralBudgets || (mine.Years.Length > 0 && theirs.Years.Length > 0 && !mine.Years.Any(theirs.Years.Contains))) return false;
        return SharesAHome(other);
    }

    /// <summary>Both headlines name a budget and share no word of their own besides the budget's (its document's words, its
    /// years: "Budget Speech 2027: Tax measures (extract)" / "2027 Budget Statement: Fiscal measures (extract)", "LIVE: Budget
    /// 2028 presented in Parliament" / "LIVE: Budget 2028 presentation"), and no home tells them one government's
    /// (<see cref="HeadlinesNameSameBudget"/> is false): every government reads a budget each year in those words, so the words
    /// name no story in common. A shared product, place or party ("Budget 2028: dairy cess" / "… dairy farmers …") is a word of
    /// their own. (Session 19, cluster26: without the outlet's country, the homes that keep two countries' budgets apart are
    /// missing.)</summary>
    public bool HeadlinesShareOnlyABudgetsWords(StoryFingerprint other)
    {
        // both naming a year: a budget headline naming none ("LIVE: Budget Debate closing presentation") shares few words with
        // any, and without a home it is left to the other rules, as before it named a budget (session 31, cluster42)
        if (HeadlineBudget is not { Years.Length: > 0 } || other.HeadlineBudget is not { Years.Length: > 0 } || HeadlinesNameSameBudget(other)) return false;
        return !HeadlinesShareASalientWord(other, except: IsABudgetsOwnWord);
    }

    private static bool IsABudgetsOwnWord(string w) => BudgetDocumentWords.Contains(w) || IsBudgetWord(w) || w.StartsWith("fy", StringComparison.Ordinal);

    /// <summary>A budget's name: "budget", and the Dutch "begroting", alone or opening a compound ("Begrotingsdebat 2033", the
    /// budget debate; "begrotingswet"), in the papers of the Dutch Caribbean, Suriname and Flanders.</summary>
    internal static bool IsBudgetWord(string w) => w == BudgetWord || w.StartsWith(BegrotingWord, StringComparison.Ordinal);

    private static readonly string BegrotingWord = Fold("begroting");

    /// <summary>Index keys for the budget the headline names, one per home and kind ("y-…"): a budget's speech, blog and
    /// headlines share no band and no headline word pair. A bucket holds one government's budgets of one kind, whatever year a
    /// headline names or leaves out (the index looks back a week; <see cref="HeadlinesNameSameBudget"/> compares the years).</summary>
    private IEnumerable<string> BudgetKeys()
    {
        if (HeadlineBudget is not { } budget || budget.Kind == SeveralBudgets) yield break;
        foreach (var home in HomeCountries)
            yield return "y-" + KeyHash(home + "|" + budget.Kind);
    }

    // an excise alone is a domestic tax ("Budget 2028: excise on cigarettes raised"); "Customs and Excise measures" is the
    // customs chapter of the budget
    private static readonly string ExciseWord = Fold("excise"), CustomsWord = Fold("customs"), ImportWord = Fold("import");

    /// <summary>The kind of <see cref="BudgetName"/> of a headline naming several governments' budgets.</summary>
    private const string SeveralBudgets = "several";

    /// <summary>
    /// The item reviews several governments' budgets ("Small-territory budgets reach for the customs book", "Analysis: Caribbean
    /// budgets turn to the tariff", "Five small budgets, one dilemma …"): its lede restates each budget's duty lines, each another
    /// story's, so it is a digest (<see cref="IsDigestHeadline"/>) of the season's budgets, and no copy of one of them, nor any of
    /// them of it. Its headline names a budget but no year and no country (the folded headline words read "budgets" as "budget"),
    /// and its text names four countries or more: one government's budget names its own country, perhaps an origin of goods or a
    /// neighbour ("… would help against Spanish shops"), a review names each of its budgets'.
    /// </summary>
    internal bool IsBudgetRoundup => HeadlineBudget is { Kind: SeveralBudgets };

    /// <summary>How many countries a budget review's text names, at least.</summary>
    private const int RoundupCountries = 4;

    private bool IsRoundupOfBudgets() => Entities.Count >= RoundupCountries && !TitleWords.Any(w => w[0] == '@');

    /// <summary>A budget other than the year's annual one: another story months apart.</summary>
    private static readonly HashSet<string> OtherBudgetWords = Folded("mid", "midyear", "mid-year", "supplementary", "mini", "interim", "emergency", "revised");

    /// <summary>Words of a budget headline about its domestic taxes or its totals: another story of the budget day than its
    /// customs duties (a negative, or a story of its own). Its tax words are one of the domestic-tax lists, kept apart on
    /// purpose (see Facts/DomesticCharges.cs).</summary>
    private static readonly HashSet<string> NotTheBudgetsDuties = Folded(
        "stamp", "income", "vat", "gst", "property", "payroll", "pension", "pensions", "inheritance", "corporation",
        "salary", "salaries", "wage", "wages", "deficit", "debt", "spending", "gap", "crisis", "county", "council", "municipal", "city");
}
