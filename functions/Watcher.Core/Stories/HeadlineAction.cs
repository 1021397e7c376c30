namespace Watcher.Core.Stories;

/// <summary>
/// What a headline says was done, read from its folded content words (<see cref="StoryFingerprint.TitleWords"/>, the
/// only headline text an index row keeps): a tariff raised or imposed, cut or lifted, an investigation opened, a visit
/// announced ahead or happening now. Two headlines that say opposite things were done are two decisions, however alike
/// their parties, product and words ("Indonesia raises import duty on wheat flour" / "Indonesia cuts import duty on wheat
/// flour"; "EU opens anti-dumping probe into Chinese plywood" / "EU imposes anti-dumping duties on Chinese plywood"). A
/// headline saying both, or neither, says nothing either way.
/// </summary>
internal static class HeadlineAction
{
    /// <summary>What a trade headline says was done to a tariff.</summary>
    public enum Trade { None, Raised, Lowered, ProbeOpened, Ambiguous }

    /// <summary>When a meeting headline places its meeting.</summary>
    public enum Visit { None, Announced, Happening, Ambiguous }

    public static Trade TradeOf(HashSet<string> words, int stage)
    {
        var raised = words.Overlaps(RaiseWords);
        var lowered = words.Overlaps(LowerWords);
        var opened = words.Overlaps(InquiryWords) && words.Overlaps(OpenWords);
        var count = (raised ? 1 : 0) + (lowered ? 1 : 0) + (opened ? 1 : 0);
        if (count > 1 || (opened && stage != 0)) return Trade.Ambiguous;
        return raised ? Trade.Raised : lowered ? Trade.Lowered : opened ? Trade.ProbeOpened : Trade.None;
    }

    /// <summary>
    /// Two trade headlines say opposite things were done: one raised or imposed a tariff and the other cut or lifted one,
    /// or one opened an investigation and the other decided on a duty (imposed, cut, or at a provisional or final stage).
    /// </summary>
    public static bool Conflict(Trade a, int stageA, Trade b, int stageB) =>
        (a, b) switch
        {
            (Trade.Raised, Trade.Lowered) or (Trade.Lowered, Trade.Raised) => true,
            (Trade.ProbeOpened, Trade.Raised or Trade.Lowered) or (Trade.Raised or Trade.Lowered, Trade.ProbeOpened) => true,
            (Trade.ProbeOpened, Trade.None) => stageB != 0,
            (Trade.None, Trade.ProbeOpened) => stageA != 0,
            _ => false,
        };

    /// <summary>
    /// One trade headline reports a measure proposed (a commission's proposal, a draft, a body's recommendation) and the other
    /// the measure decided or done (approved, adopted, accepted, or a duty imposed or cut) without any word of a proposal:
    /// the proposal and the decision weeks later ("Commission proposes safeguard on ferroalloy imports" / "EU governments
    /// approve ferroalloy safeguard"), one measure at two stages. A headline accepting a recommendation is the decision.
    /// </summary>
    public static bool ProposalAndDecision(HashSet<string> a, Trade tradeA, HashSet<string> b, Trade tradeB) =>
        (IsProposal(a) && !b.Overlaps(ProposalWords) && Decides(b, tradeB)) || (IsProposal(b) && !a.Overlaps(ProposalWords) && Decides(a, tradeA));

    private static bool IsProposal(HashSet<string> words) => words.Overlaps(ProposalWords) && !words.Overlaps(AdoptionWords);

    private static bool Decides(HashSet<string> words, Trade trade) => words.Overlaps(AdoptionWords) || trade is Trade.Raised or Trade.Lowered;

    private static readonly HashSet<string> ProposalWords = StoryFingerprint.Folded(
        "propose", "proposes", "proposed", "proposing", "proposal", "proposals", "draft", "drafts", "recommend", "recommends", "recommended",
        "recommendation", "recommendations");

    private static readonly HashSet<string> AdoptionWords = StoryFingerprint.Folded(
        "approve", "approves", "approved", "approval", "adopt", "adopts", "adopted", "adoption", "endorse", "endorses", "endorsed",
        "accept", "accepts", "accepted", "ratify", "ratifies", "ratified", "enact", "enacts", "enacted");

    /// <summary>Two headlines about ministers' meetings naming different portfolios and none in common ("Japan, Australia trade
    /// ministers meet in Tokyo" / "Japan, Australia foreign ministers meet in Tokyo"): two meetings, whatever their parties and city.</summary>
    public static bool OtherPortfolios(HashSet<string> a, HashSet<string> b) =>
        a.Overlaps(PortfolioWords) && b.Overlaps(PortfolioWords) && !a.Any(w => PortfolioWords.Contains(w) && b.Contains(w));

    private static readonly HashSet<string> PortfolioWords = StoryFingerprint.Folded(
        "trade", "foreign", "finance", "financial", "economy", "economic", "economics", "agriculture", "agricultural", "farm", "defence", "defense",
        "energy", "commerce", "industry", "environment", "climate", "health", "interior", "labour", "labor", "transport", "digital", "education",
        "fisheries", "justice", "security");

    /// <param name="words">The headline's folded words as a set.</param>
    /// <param name="ordered">The same words in headline order (an index row keeps them so).</param>
    public static Visit VisitOf(HashSet<string> words, IReadOnlyList<string> ordered)
    {
        // a month with a day beside it is the meeting's date ("EU-Canada summit, Brussels, 9 December 2026"), not a time ahead;
        // another number is not ("Putin to visit India in December amid 50% US tariffs")
        var dated = false;
        for (var i = 0; i < ordered.Count && !dated; i++)
            dated = IsDay(ordered[i]) && ((i > 0 && MonthWords.Contains(ordered[i - 1])) || (i + 1 < ordered.Count && MonthWords.Contains(ordered[i + 1])));
        var ahead = words.Overlaps(PlanWords) || (!dated && words.Overlaps(MonthWords));
        var now = words.Overlaps(HappeningWords);
        return ahead && now ? Visit.Ambiguous : ahead ? Visit.Announced : now ? Visit.Happening : Visit.None;
    }

    private static bool IsDay(string w) => w.Length is 1 or 2 && w.All(char.IsAsciiDigit) && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;

    /// <summary>The headline says its party answers another's measure ("India retaliates against US …", "US hits back with
    /// 25% tariff on EU whiskey").</summary>
    public static bool IsRetaliation(HashSet<string> words) =>
        words.Overlaps(RetaliationWords) || (words.Contains("hit") && words.Contains("back"));

    // "lift" raises a rate as often as it removes one ("Bern lifts border levy on sugar"), and a headline that exempts or
    // spares some goods mostly imposes a tariff on the rest: neither says which way.
    private static readonly HashSet<string> RaiseWords = StoryFingerprint.Folded(
        "raise", "raises", "raised", "raising", "hike", "hikes", "hiked", "hiking", "increase", "increases", "increased", "increasing",
        "double", "doubles", "doubled", "doubling", "triple", "triples", "tripled", "add", "adds", "added", "adding",
        "impose", "imposes", "imposed", "imposing", "slap", "slaps", "slapped", "slapping", "introduce", "introduces", "introduced",
        "reimpose", "reimposes", "reimposed", "tighten", "tightens", "tightened");

    private static readonly HashSet<string> LowerWords = StoryFingerprint.Folded(
        "cut", "cuts", "cutting", "lower", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing", "drop", "drops",
        "dropped", "dropping", "remove", "removes", "removed", "removing", "scrap", "scraps", "scrapped", "scrapping", "suspend", "suspends", "suspended", "suspending", "pause", "pauses", "paused", "halve", "halves", "halved",
        "ease", "eases", "eased", "easing", "withdraw", "withdraws", "withdrew", "slash", "slashes", "slashed", "trim", "trims", "trimmed", "abolish", "abolishes", "abolished",
        "relief", "rollback", "repeal", "repeals", "repealed");

    private static readonly HashSet<string> InquiryWords = StoryFingerprint.Folded("probe", "probes", "investigation", "investigations", "inquiry", "enquiry");

    private static readonly HashSet<string> OpenWords = StoryFingerprint.Folded(
        "open", "opens", "opened", "launch", "launches", "launched", "initiate", "initiates", "initiated", "initiation", "start", "starts",
        "started", "begin", "begins", "began");

    /// <summary>Words that place a meeting ahead: a month (without a day), a plan, an invitation, its preparation ("Kremlin says Putin will visit India in
    /// December", "Carney to visit China next month"). Weekdays and "next" are stop words, so a preview of tomorrow's
    /// talks places nothing.</summary>
    private static readonly HashSet<string> MonthWords = StoryFingerprint.Folded(
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "month");

    private static readonly HashSet<string> PlanWords = StoryFingerprint.Folded(
        "prepare", "prepares", "preparing", "preparation", "preparatory", "ahead", "plan", "plans", "planned", "invite", "invites", "invited", "invitation", "expected", "upcoming", "schedule", "scheduled");

    /// <summary>Words that say a meeting is going on: arrivals, welcomes, talks held.</summary>
    private static readonly HashSet<string> HappeningWords = StoryFingerprint.Folded(
        "arrive", "arrives", "arrived", "arriving", "land", "lands", "landed", "welcome", "welcomes", "welcomed", "receive", "receives",
        "received", "greet", "greets", "greeted", "begin", "begins", "began", "open", "opens", "opened", "hold", "holds", "held", "host",
        "hosts", "hosted", "gather", "gathers", "gathered", "meet", "meets", "met", "sign", "signs", "signed");

    private static readonly HashSet<string> RetaliationWords = StoryFingerprint.Folded(
        "retaliate", "retaliates", "retaliated", "retaliation", "retaliatory", "countermeasure", "countermeasures", "counter");
}
