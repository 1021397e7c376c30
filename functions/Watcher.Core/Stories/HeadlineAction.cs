namespace Watcher.Core.Stories;

/// <summary>
/// What a headline says was done, read from its folded content words (<see cref="StoryFingerprint.TitleWords"/>, the
/// only headline text an index row keeps): a tariff raised or imposed, cut or lifted, an investigation opened, a visit
/// announced ahead or happening now. Two headlines that say opposite things were done are two decisions, however alike
/// their parties, product and words ("Indonesia raises import duty on wheat flour" / "Indonesia cuts import duty on wheat
/// flour"; "EU opens anti-dumping probe into Chinese plywood" / "EU imposes anti-dumping duties on Chinese plywood"). A
/// headline saying both, or neither, says nothing either way.
/// </summary>
internal static partial class HeadlineAction
{
    /// <summary>What a trade headline says was done to a tariff.</summary>
    public enum Trade
    {
        None, Raised, Lowered, ProbeOpened, Ambiguous,
        /// <summary>Tariffs named as aimed at goods or as an answer, without a verb of raising ("China tariffs target U.S. pork",
        /// "China announces counter-tariffs on US pork"): they are imposed, not cut, but whether decided or proposed the headline
        /// does not say, so they stand against a cut only.</summary>
        Aimed,
        /// <summary>A measure in force kept for longer: extended, prolonged ("Reduced duty on sugar, chickpeas extended till June",
        /// "Australia extends anti-dumping duties on Chinese steel"). An extension is a decision of its own, weeks or years after
        /// the measure it keeps: its headline may still name the measure as cut or lowered ("NBR extends lower duty on …"), which
        /// is what is kept, not what was done.</summary>
        Extended,
        /// <summary>A duty put back in force after a cut, a suspension or a waiver: restored, reinstated, or the duty itself
        /// returning ("PBBM signs EO restoring 35% tariff on imported rice", "20% duty returns on imported wheat, maize"). It is a
        /// raise told as the end of a relief, so it stands against the cut or the suspension it ends, not against a copy saying
        /// the duty was raised ("Marcos hikes rice tariff to 35 percent").</summary>
        Reinstated,
        /// <summary>A decision undone without saying which way it moved: a duty returned, reverted or rolled back to a rate
        /// ("Gecex returns import tax on routers to 16%", "… reverts tariff on …", "… rolls back duty on …"). It stands against the
        /// duty raised or imposed, which it undoes; against a cut it says nothing ("returns … to 16%" may be that cut told again).</summary>
        Reverted,
    }

    /// <summary>When a meeting headline places its meeting.</summary>
    public enum Visit { None, Announced, Happening, Ambiguous }

    /// <param name="words">The headline's folded words as a set.</param>
    /// <param name="ordered">The same words in headline order.</param>
    /// <param name="stage">The headline's trade-remedy stage (1 provisional, 2 definitive, 0 neither).</param>
    public static Trade TradeOf(HashSet<string> words, IReadOnlyList<string> ordered, int stage)
    {
        // a rise stopped is a relief, not a rise: "FG suspends duty hike", "Trump delays increase of tariffs on furniture"
        var stopped = StopsARise(ordered, out var riseStopped);
        // "lifts … duty to N%" raises it; "lifts additional duty" with no level removes it
        var liftsToLevel = LiftsToALevel(ordered);
        var lowered = (words.Overlaps(LowerWords) && CutsSomething(ordered)) || stopped || (!liftsToLevel && LiftsAnAddedDuty(ordered));
        var inquiry = words.Overlaps(InquiryWords);
        // "targets" names what an action aims at: an investigation's goods ("EU targets Chinese vitamin B12 in new dumping probe",
        // "Canada targets Vietnamese steel wire in anti-dumping investigation"), else a tariff's ("China tariffs target U.S. pork,
        // soybeans again", "EU targets US motorcycles with duties"), and nothing when it names neither ("Exporters target African markets")
        var targets = words.Overlaps(TargetWords);
        // a headline naming its tariffs an answer imposes them ("China announces counter-tariffs on US pork, beef, soybeans", "China
        // hits back with tariffs of up to 15% …"), unless it says they are cut or lifted ("China suspends retaliatory tariffs …")
        var raised = (stopped ? RaisesBeside(ordered, riseStopped) : words.Overlaps(RaiseWords)) || liftsToLevel;
        var aimed = !raised && !lowered && !inquiry && ((targets && words.Overlaps(TariffNounWords)) || IsRetaliation(words));
        var opened = inquiry && (words.Overlaps(OpenWords) || targets);
        var count = (raised ? 1 : 0) + (lowered ? 1 : 0) + (opened ? 1 : 0);
        // a duty put back or undone, with no verb of raising, cutting or investigating beside it
        if (count == 0 && Restores(ordered) is var restored && restored != Trade.None) return restored;
        // an extension keeps a cut or a measure in force; with a verb of raising beside it the headline says two things
        if (Extends(ordered) && !raised && !opened) return Trade.Extended;
        // a measure kept says neither which way it moved nor whether it was extended: the decision to keep a cut ("PBBM signs EO
        // keeping lower pork tariffs", "China keeps 24% tariff on US goods suspended") is its extension told in other words, and a
        // yearly plan keeps some tariffs as it cuts others ("S. Korea to keep adjustment tariffs on 12 items" / "Korea to cut
        // tariffs on sugar, mackerel under 2028 quota plan")
        // (a rise stopped beside a measure kept is still a relief: "… reverses espresso machine duty hike, keeps grinder duty")
        if (words.Overlaps(KeepWords) && !raised && !opened && !stopped) return Trade.Ambiguous;
        if (count > 1 || (opened && stage != 0) || (count > 0 && SetsLevel(words, ordered))) return Trade.Ambiguous;
        return raised ? Trade.Raised : lowered ? Trade.Lowered : opened ? Trade.ProbeOpened : aimed ? Trade.Aimed : Trade.None;
    }

    /// <summary>
    /// Two trade headlines say opposite things were done: one raised or imposed a tariff and the other cut or lifted one,
    /// or one opened an investigation and the other decided on a duty (imposed, cut, or at a provisional or final stage), or
    /// one extended a measure and the other imposed, cut or investigated it (the extension comes later: its own decision).
    /// </summary>
    public static bool Conflict(Trade a, int stageA, Trade b, int stageB) =>
        (a, b) switch
        {
            (Trade.Raised or Trade.Aimed, Trade.Lowered) or (Trade.Lowered, Trade.Raised or Trade.Aimed) => true,
            (Trade.ProbeOpened, Trade.Raised or Trade.Lowered) or (Trade.Raised or Trade.Lowered, Trade.ProbeOpened) => true,
            (Trade.Extended, Trade.Raised or Trade.Lowered or Trade.Aimed or Trade.ProbeOpened)
                or (Trade.Raised or Trade.Lowered or Trade.Aimed or Trade.ProbeOpened, Trade.Extended) => true,
            (Trade.Reinstated, Trade.Lowered) or (Trade.Lowered, Trade.Reinstated) => true,
            (Trade.Reverted, Trade.Raised or Trade.Aimed) or (Trade.Raised or Trade.Aimed, Trade.Reverted) => true,
            (Trade.ProbeOpened, Trade.None) => stageB != 0,
            (Trade.None, Trade.ProbeOpened) => stageA != 0,
            _ => false,
        };

    /// <summary>Where a trade headline places a measure in the making of a law or a ruling, read once per fingerprint.</summary>
    [Flags]
    public enum Law
    {
        None = 0,
        /// <summary>A word of a proposal or a finding ("proposes", "draft", "recommends", "DGTR suggests anti-dumping duty").</summary>
        ProposalWords = 1,
        /// <summary>Words of a proposal and none of its adoption: the measure proposed.</summary>
        Proposal = 2,
        /// <summary>A word of a decision: approved, adopted, agreed by a council, published in a government's notice.</summary>
        DecisionWords = 4,
    }

    /// <param name="words">The headline's folded words as a set.</param>
    /// <param name="ordered">The same words in headline order.</param>
    public static Law LawOf(HashSet<string> words, IReadOnlyList<string> ordered)
    {
        var law = Law.None;
        // a council's agreement to the proposal is its adoption ("Council agrees Commission proposal on steel safeguard"), but a
        // headline that proposes stays a proposal beside an agreement ("EU agrees to propose tariffs on …", "EU proposes tariffs
        // … as member states agree on need for action")
        if (words.Overlaps(ProposalWords) || IsFinding(words, ordered) || Threatens(ordered))
            law |= words.Overlaps(AdoptionWords) || (words.Overlaps(AgreementWords) && words.Overlaps(ProposalNounWords))
                ? Law.ProposalWords : Law.ProposalWords | Law.Proposal;
        if (words.Overlaps(AdoptionWords) || words.Overlaps(AgreementWords) || (words.Overlaps(NoticeWords) && !NotifiesForum(words)) || TakesEffect(ordered))
            law |= Law.DecisionWords;
        return law;
    }

    /// <summary>
    /// One trade headline reports a measure proposed (a commission's proposal, a draft, a body's recommendation or finding) and
    /// the other the measure decided or done (approved, adopted, accepted, agreed by a council, notified by customs, or a duty
    /// imposed or cut) without any word of a proposal: the proposal and the decision weeks later by another body ("Commission
    /// proposes safeguard on ferroalloy imports" / "EU governments approve ferroalloy safeguard"), one measure at two stages. A
    /// headline accepting a recommendation is the decision. A duty the headline announces ahead ("EU to slap 25% tariff …",
    /// "Thailand to cut tariffs …", "EU moves to raise …": <paramref name="aheadA"/>) is the proposal told as news, and a
    /// provisional duty (<paramref name="stageA"/> 1) is the investigating body's own interim step, reported with its
    /// recommendation: neither is a decision.
    /// </summary>
    public static bool ProposalAndDecision(Law lawA, Trade tradeA, bool aheadA, int stageA, Law lawB, Trade tradeB, bool aheadB, int stageB) =>
        (lawA.HasFlag(Law.Proposal) && !lawB.HasFlag(Law.ProposalWords) && Decides(lawB, tradeB, aheadB, stageB))
        || (lawB.HasFlag(Law.Proposal) && !lawA.HasFlag(Law.ProposalWords) && Decides(lawA, tradeA, aheadA, stageA));

    private static bool Decides(Law law, Trade trade, bool ahead, int stage) =>
        law.HasFlag(Law.DecisionWords) || (trade is Trade.Raised or Trade.Lowered && !ahead && stage != 1);

    /// <summary>A government's notice publishes what it decided: "Notification No. 14/2027-Customs: Seeks to impose anti-dumping
    /// duty …", "Govt notifies safeguard duty on …". Its "seeks to impose" is the notice's own title for the duty imposed, not a
    /// duty announced ahead.</summary>
    private static readonly HashSet<string> NoticeWords = StoryFingerprint.Folded(
        "notification", "notifications", "notifies", "notified", "notify", "gazette", "gazetted");

    /// <summary>The notice goes to a trade forum, not into a gazette ("India notifies WTO of retaliatory duties on US goods"): a
    /// government telling the WTO of a measure it proposes to take, the proposal stage.</summary>
    private static bool NotifiesForum(HashSet<string> words) => words.Overlaps(ForumWords);

    private static readonly HashSet<string> ForumWords = new(StringComparer.Ordinal) { "@WTO", "wto", StoryFingerprint.Fold("organisation") };

    /// <summary>
    /// A headline saying "suggests" or "advises" reports an investigating authority's finding only with a trade-remedy body as
    /// its subject ("DGTR suggests …", "Trade remedies body advises …", "Investigating authority suggests …") or a duty as
    /// the verb's object ("Panel suggests duties of $120-300 per tonne …", "… suggests anti-dumping duty on …"). In other news
    /// wording the words say nothing of a stage ("Canada's move to drop retaliatory tariffs suggests thaw", "Importers advised
    /// to prepare as EU raises tariffs …").
    /// </summary>
    private static bool IsFinding(HashSet<string> words, IReadOnlyList<string> ordered)
    {
        if (!words.Overlaps(FindingWords)) return false;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!FindingWords.Contains(ordered[i])) continue;
            // "backs" finds only with the body as its subject, just before it ("Investigating authority backs …", "Tribunal backs
            // …"), or a body the headline names by its country's entity ("DGTR backs anti-dumping duty" reads "@IN back anti dump
            // duty") backing a trade-remedy duty: states, a senate, MEPs or a committee that back a duty vote for it ("EU states
            // back duties on Chinese EVs", "Senate backs duties on steel"), the decision itself
            if (BackWords.Contains(ordered[i]))
            {
                for (var j = Math.Max(0, i - BackSubjectReach); j < i; j++)
                    if (BackSubjectWords.Contains(ordered[j])) return true;
                if (i > 0 && ordered[i - 1].StartsWith('@') && BacksRemedyDuty(ordered, i)) return true;
                continue;
            }
            for (var j = 0; j < i; j++)
                if (RemedyBodyWords.Contains(ordered[j])) return true;
            for (var j = i + 1; j < ordered.Count && j <= i + 4; j++)
            {
                if (MeasureWords.Contains(ordered[j])) return true;
                if (!DutyKindWords.Contains(ordered[j])) break;
            }
        }
        return false;
    }

    private static readonly HashSet<string> FindingWords = StoryFingerprint.Folded("suggest", "suggests", "suggested", "advise", "advises", "advised",
        "back", "backs", "backed");

    /// <summary>The words after "backs" at <paramref name="verb"/> name a trade-remedy duty: a remedy's kind, then the duty
    /// ("backs anti-dumping duty", "backs provisional safeguard duties").</summary>
    private static bool BacksRemedyDuty(IReadOnlyList<string> ordered, int verb)
    {
        var kind = false;
        for (var j = verb + 1; j < ordered.Count && j <= verb + 4; j++)
        {
            if (MeasureWords.Contains(ordered[j])) return kind || RemedyKindWords.Contains(ordered[j]);
            if (!DutyKindWords.Contains(ordered[j])) return false;
            kind |= RemedyKindWords.Contains(ordered[j]);
        }
        return false;
    }

    private static readonly HashSet<string> RemedyKindWords = StoryFingerprint.Folded(
        "anti-dumping", "antidumping", "anti", "dumping", "countervailing", "anti-subsidy", "safeguard", "safeguards");

    private static readonly HashSet<string> BackWords = StoryFingerprint.Folded("back", "backs", "backed");

    /// <summary>How many headline words before "backs" its remedy-body subject may stand ("DGTR backs", "India's DGTR again backs").</summary>
    private const int BackSubjectReach = 2;

    /// <summary>A trade-remedy body as the subject of "backs": an investigating authority, its directorate, panel, tribunal or
    /// commission (not a legislature's committee or a board, which vote).</summary>
    private static readonly HashSet<string> BackSubjectWords = StoryFingerprint.Folded(
        "dgtr", "itc", "authority", "investigating", "investigator", "investigators", "panel", "body", "tribunal", "directorate",
        "commission");

    /// <summary>Who finds in a trade-remedy case: an investigating authority, its directorate, panel or tribunal, a
    /// commission's investigation.</summary>
    private static readonly HashSet<string> RemedyBodyWords = StoryFingerprint.Folded(
        "dgtr", "itc", "authority", "authorities", "investigating", "investigation", "investigator", "investigators", "probe", "inquiry",
        "panel", "body", "tribunal", "directorate", "remedies", "remedy", "commission", "committee", "board", "regulator");

    /// <summary>A measure a finding recommends: a trade-remedy body recommends a duty ("suggests anti-dumping duty", "advises
    /// safeguard duty"); "tariffs" after "suggest" is an analyst's guess as often ("Analysts suggest tariffs on Chinese EVs will
    /// rise").</summary>
    private static readonly HashSet<string> MeasureWords = StoryFingerprint.Folded(
        "duty", "duties", "levy", "levies", "safeguard", "safeguards");

    /// <summary>Words naming a duty's kind between a verb and the duty ("suggests anti-dumping duty", "advises provisional
    /// safeguard duty").</summary>
    private static readonly HashSet<string> DutyKindWords = StoryFingerprint.Folded(
        "anti-dumping", "antidumping", "anti", "dumping", "countervailing", "anti-subsidy", "safeguard", "provisional", "definitive", "final",
        "additional", "import", "higher", "extra");

    /// <summary>The raw headline announces a tariff action ahead: "to", "will" or "would" before a verb of raising or cutting
    /// ("EU to slap …", "moves to raise …", "plans to cut …", "set to impose …", "will lower …", "plan would lift car tariffs to
    /// 50%", "to restore …"), or before "be" and its participle ("duty on apples to be doubled").</summary>
    public static bool AnnouncesAhead(string? title) => title is not null && AheadAction().IsMatch(title) && !NoticeTitle().IsMatch(title);

    /// <summary>A government notice's title, which has no subject: "Seeks to impose anti-dumping duty on imports of …", "Seeks to
    /// amend notification No. 12/2027-Customs …" is the notice imposing or amending the duty, not a plan to; "India seeks to impose
    /// duties on …" names who plans it, and is announced ahead.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*seeks\s+to\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NoticeTitle();

    // (and the passive: "Customs duty on imported apples to be doubled to 20pc", "Duty on tyres will be cut", "… would be lifted")
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:to|will|would)\s+(?:(?:raise|hike|increase|double|triple|add|impose|slap|introduce|reimpose|tighten|lift|restore|reinstate|cut|lower|reduce|drop|remove|scrap|suspend|pause|halve|ease|withdraw|slash|trim|abolish|repeal)|be\s+(?:raised|hiked|increased|doubled|tripled|added|imposed|slapped|introduced|reimposed|tightened|lifted|restored|reinstated|cut|lowered|reduced|dropped|removed|scrapped|suspended|paused|halved|eased|withdrawn|slashed|trimmed|abolished|repealed))\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AheadAction();

    // an investigating authority's finding, in the words outlets use for it ("DGTR suggests duties of $221-358 per tonne …",
    // "Trade body advises anti-dumping duty on …"), is a recommendation too, which a ministry imposes weeks later or not at all:
    // see IsFinding
    private static readonly HashSet<string> ProposalWords = StoryFingerprint.Folded(
        "propose", "proposes", "proposed", "proposing", "proposal", "proposals", "draft", "drafts", "recommend", "recommends", "recommended",
        "recommendation", "recommendations");

    private static readonly HashSet<string> AdoptionWords = StoryFingerprint.Folded(
        "approve", "approves", "approved", "approval", "adopt", "adopts", "adopted", "adoption", "endorse", "endorses", "endorsed",
        "accept", "accepts", "accepted", "ratify", "ratifies", "ratified", "enact", "enacts", "enacted",
        // a legislature passing the bill ("Senate passes apple tariff bill"): "pass" alone is as often costs passed on
        "passes", "passed");

    /// <summary>A council's or the member governments' position on a proposal ("Council agrees to a €5 flat duty on small
    /// parcels", "EU countries agree tariffs on Russian fertiliser"): the next stage of the law. It makes a headline a decision
    /// but, unlike an adoption, does not stop a headline that proposes from being a proposal ("EU agrees to propose …").</summary>
    private static readonly HashSet<string> AgreementWords = StoryFingerprint.Folded("agree", "agrees", "agreed");

    /// <summary>A proposal named as a thing, which a council agrees to.</summary>
    private static readonly HashSet<string> ProposalNounWords = StoryFingerprint.Folded("proposal", "proposals", "recommendation", "recommendations");

    /// <summary>Two headlines about ministers' meetings naming different portfolios and none in common ("Japan, Australia trade
    /// ministers meet in Tokyo" / "Japan, Australia foreign ministers meet in Tokyo"): two meetings, whatever their parties and city.
    /// A portfolio is the word directly before "minister(s)" or "secretary" (a topic the ministers discuss is none: "China, Japan
    /// ministers discuss trade, security"), and trade, economy, commerce and industry are one portfolio (countries name it
    /// differently). A headline naming no portfolio names none either way.</summary>
    public static bool OtherPortfolios(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (pa, pb) = (Portfolios(a), Portfolios(b));
        return pa.Count > 0 && pb.Count > 0 && !pa.Overlaps(pb);
    }

    private static HashSet<string> Portfolios(IReadOnlyList<string> ordered)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < ordered.Count; i++)
            if (MinisterWords.Contains(ordered[i]) && PortfolioWords.Contains(ordered[i - 1]))
                found.Add(EconomicPortfolioWords.Contains(ordered[i - 1]) ? EconomicPortfolio : ordered[i - 1]);
        return found;
    }

    private static readonly HashSet<string> MinisterWords = StoryFingerprint.Folded("minister", "ministers", "secretary");

    private static readonly HashSet<string> EconomicPortfolioWords = StoryFingerprint.Folded(
        "trade", "economy", "economic", "economics", "commerce", "industry");

    private static readonly string EconomicPortfolio = StoryFingerprint.Fold("trade");

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

    /// <summary>A verb of cutting in the headline says a tariff was cut unless a market is its subject, the word right before it:
    /// prices, stocks, exports, shares or tensions that drop or ease are what the tariffs did ("Stocks drop as China hits back with
    /// tariffs", "Soybean prices ease as retaliatory tariffs take effect", "US pork exports drop after China tariffs"), not a
    /// cut. Nor is "lower" after a verb of a trading session, where it says how an index moved ("TSX closes lower as seafood
    /// stocks slide on China tariffs", "Nikkei ends lower", "Bourse opens lower on tariff fears"). A headline cutting a tariff
    /// beside them still cuts ("Stocks rally as US cuts tariffs").</summary>
    private static bool CutsSomething(IReadOnlyList<string> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
            if (LowerWords.Contains(ordered[i]) && (i == 0 || !(MarketWords.Contains(ordered[i - 1]) || (ordered[i] == Lower && SessionWords.Contains(ordered[i - 1]))))) return true;
        return false;
    }

    private static readonly string Lower = StoryFingerprint.Fold("lower");

    /// <summary>A trading session's verbs, which "lower" after them makes the index's move: closes, ends, opens, finishes, settles,
    /// edges, slips, drifts, ticks, inches lower.</summary>
    private static readonly HashSet<string> SessionWords = StoryFingerprint.Folded(
        "close", "closes", "closed", "closing", "end", "ends", "ended", "ending", "open", "opens", "opened", "opening", "finish", "finishes",
        "finished", "settle", "settles", "settled", "edge", "edges", "edged", "slip", "slips", "slipped", "drift", "drifts", "drifted",
        "tick", "ticks", "ticked", "inch", "inches", "inched");

    private static readonly HashSet<string> MarketWords = StoryFingerprint.Folded(
        "price", "prices", "stock", "stocks", "share", "shares", "market", "markets", "equities", "bonds", "yields", "futures",
        "index", "indices", "export", "exports", "import", "imports", "sales", "shipments", "volumes", "demand", "output", "profits",
        "earnings", "growth", "confidence", "currency", "yuan", "rupee", "dollar", "peso", "nikkei", "sensex", "nifty", "dow",
        "tension", "tensions", "fears", "worries", "concerns", "pressure", "inflation");

    private static readonly HashSet<string> LowerWords = StoryFingerprint.Folded(
        "cut", "cuts", "cutting", "lower", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing", "drop", "drops",
        "dropped", "dropping", "remove", "removes", "removed", "removing", "scrap", "scraps", "scrapped", "scrapping", "suspend", "suspends", "suspended", "suspending", "pause", "pauses", "paused", "halve", "halves", "halved",
        "ease", "eases", "eased", "easing", "withdraw", "withdraws", "withdrew", "withdrawn", "slash", "slashes", "slashed", "trim", "trims", "trimmed", "abolish", "abolishes", "abolished",
        "relief", "rollback", "repeal", "repeals", "repealed");

    /// <summary>A word of keeping a measure for longer, not the goods of that name ("hair extensions", "eyelash extensions").</summary>
    private static bool Extends(IReadOnlyList<string> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
            if (ExtendWords.Contains(ordered[i]) && (ordered[i] != Extension || i == 0 || !ExtendedGoodsWords.Contains(ordered[i - 1]))) return true;
        return false;
    }

    private static readonly HashSet<string> ExtendWords = StoryFingerprint.Folded(
        "extend", "extends", "extended", "extending", "extension", "prolong", "prolongs", "prolonged");

    private static readonly string Extension = StoryFingerprint.Fold("extension");

    private static readonly HashSet<string> ExtendedGoodsWords = StoryFingerprint.Folded("hair", "eyelash", "lash", "nail", "cable", "table");

    /// <summary>A measure kept as it is, which is news only as a decision to keep it.</summary>
    private static readonly HashSet<string> KeepWords = StoryFingerprint.Folded("keep", "keeps", "keeping", "kept", "stay", "stays");

    /// <summary>
    /// A verb of stopping or putting off with a rise as its object ("FG suspends duty hike", "Trump Delays Increase of Tariffs on
    /// Upholstered Furniture", "Govt scraps planned tariff increase"): the rise is what did not happen, so the headline reports a
    /// relief. Only words naming the rise's tariff may stand between the verb and the rise ("Imports halted as prices rise" stops
    /// no rise). <paramref name="stopped"/> gets the positions of the rise words so read, which then say nothing of a rise.
    /// </summary>
    private static bool StopsARise(IReadOnlyList<string> ordered, out HashSet<int> stopped)
    {
        stopped = [];
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!StopWords.Contains(ordered[i])) continue;
            var named = false;
            for (var j = i + 1; j < ordered.Count && j <= i + StopReach; j++)
            {
                // past words naming goods ("reverses espresso machine duty hike"), only a verb that undoes a decision, and only a hike
                // named as a thing: a verb of raising there has an object of its own after it ("scraps subsidy, hikes duty"), and a
                // verb that also stops other things stops them ("Ports halted as steel duty hike takes effect")
                if (RiseNounWords.Contains(ordered[j]) && (!named || (UndoWords.Contains(ordered[i]) && HikeNamed(ordered, j))))
                {
                    stopped.Add(j);
                    // the headline's words carry a rise's plain verb right after its word ("hike" is read "hike raise")
                    if (j + 1 < ordered.Count && RaiseWords.Contains(ordered[j + 1])) stopped.Add(j + 1);
                    break;
                }
                if (RiseModifierWords.Contains(ordered[j]) || char.IsAsciiDigit(ordered[j][0])) continue;
                if (MarketWords.Contains(ordered[j]) || RaiseWords.Contains(ordered[j]) || LowerWords.Contains(ordered[j]) || StopWords.Contains(ordered[j])) break;
                named = true;
            }
        }
        return stopped.Count > 0;
    }

    /// <summary>The word at <paramref name="at"/> is a hike named as a thing: "hike" or "hikes" with no duty or rate after it (the
    /// plain verb the headline's words carry after it aside).</summary>
    private static bool HikeNamed(IReadOnlyList<string> ordered, int at)
    {
        if (!HikeWords.Contains(ordered[at])) return false;
        var next = at + 1 < ordered.Count && RaiseWords.Contains(ordered[at + 1]) ? at + 2 : at + 1;
        return next >= ordered.Count || (!DutyNounWords.Contains(ordered[next]) && !char.IsAsciiDigit(ordered[next][0]));
    }

    private static readonly HashSet<string> HikeWords = StoryFingerprint.Folded("hike", "hikes");

    /// <summary>Verbs of stopping whose object is a decision only: reversed, scrapped, shelved, withdrawn, backtracked on.</summary>
    private static readonly HashSet<string> UndoWords = StoryFingerprint.Folded(
        "reverse", "reverses", "reversed", "scrap", "scraps", "scrapped", "shelve", "shelves", "shelved", "withdraw", "withdraws", "withdrew",
        "withdrawn", "backtrack", "backtracks", "backtracked", "backtracking");

    /// <summary>A word of raising stands in the headline other than at the <paramref name="stopped"/> positions.</summary>
    private static bool RaisesBeside(IReadOnlyList<string> ordered, HashSet<int> stopped)
    {
        for (var i = 0; i < ordered.Count; i++)
            if (!stopped.Contains(i) && RaiseWords.Contains(ordered[i])) return true;
        return false;
    }

    /// <summary>How many headline words (stop words already dropped) after a stopping verb the rise it stops may stand: "suspends
    /// duty hike", "delays increase (of) tariffs", "scraps planned import duty increase".</summary>
    private const int StopReach = 4;

    /// <summary>Words naming the rise a verb stops, between them: its tariff, its plan, its rate.</summary>
    private static readonly HashSet<string> RiseModifierWords = StoryFingerprint.Folded(
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "import", "customs", "export", "planned", "proposed", "announced",
        "rate", "price", "fee", "fees");

    private static readonly HashSet<string> StopWords = StoryFingerprint.Folded(
        "suspend", "suspends", "suspended", "suspending", "pause", "pauses", "paused", "delay", "delays", "delayed", "postpone", "postpones",
        "postponed", "defer", "defers", "deferred", "scrap", "scraps", "scrapped", "halt", "halts", "halted", "freeze", "freezes", "froze",
        "frozen", "shelve", "shelves", "shelved", "drop", "drops", "dropped", "withdraw", "withdraws", "withdrew", "withdrawn", "reverse",
        "reverses", "reversed", "backtrack", "backtracks", "backtracked", "backtracking");

    /// <summary>A rise named as a thing, which a verb of stopping has as its object.</summary>
    private static readonly HashSet<string> RiseNounWords = StoryFingerprint.Folded("hike", "hikes", "increase", "increases", "rise", "rises");

    private static readonly HashSet<string> InquiryWords = StoryFingerprint.Folded("probe", "probes", "investigation", "investigations", "inquiry", "enquiry");

    /// <summary>"Sets" right before a tariff, or a rate and a tariff, states the tariff's level, not which way it moved ("Japan and
    /// US seal deal setting 15% tariff on Japanese cars" is a cut from 27.5%; "China sets 25% tariff on Mexican beer, drops shrimp
    /// from retaliation list" imposes one): beside a verb of raising or cutting, the headline says nothing either way. A tariff
    /// "set at" a rate, or "set" before anything else, is left to the other words ("China, US set date for talks").</summary>
    private static bool SetsLevel(HashSet<string> words, IReadOnlyList<string> ordered)
    {
        if (!words.Overlaps(SetWords)) return false;
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (!SetWords.Contains(ordered[i])) continue;
            var next = char.IsAsciiDigit(ordered[i + 1][0]) ? i + 2 : i + 1;
            if (next < ordered.Count && TariffNounWords.Contains(ordered[next])) return true;
        }
        return false;
    }

    private static readonly HashSet<string> SetWords = StoryFingerprint.Folded("set", "sets", "setting");

    private static readonly HashSet<string> TariffNounWords = StoryFingerprint.Folded(
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "provisional", "definitive", "anti-dumping", "antidumping", "anti", "safeguard", "countervailing");

    private static readonly HashSet<string> TargetWords = StoryFingerprint.Folded("target", "targets", "targeted", "targeting", "targetting");

    private static readonly HashSet<string> OpenWords = StoryFingerprint.Folded(
        "open", "opens", "opened", "launch", "launches", "launched", "initiate", "initiates", "initiated", "initiation", "start", "starts",
        "started", "begin", "begins", "began");

    /// <summary>Words that place a meeting ahead: a month (without a day), a plan, an invitation, its preparation ("Kremlin says Putin will visit India in
    /// December", "Carney to visit China next month"). Weekdays and "next" are stop words, so a preview of tomorrow's
    /// talks places nothing.</summary>
    private static readonly HashSet<string> MonthWords = StoryFingerprint.Folded(
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december", "month");

    /// <summary>A month's name (folded): a date, never what a story is about.</summary>
    public static bool IsMonth(string folded) => MonthWords.Contains(folded) && folded != MonthWord;

    private static readonly string MonthWord = StoryFingerprint.Fold("month");

    private static readonly HashSet<string> PlanWords = StoryFingerprint.Folded(
        "prepare", "prepares", "preparing", "preparation", "preparatory", "ahead", "plan", "plans", "planned", "invite", "invites", "invited", "invitation", "expected", "upcoming", "schedule", "scheduled",
        // a meeting put off or called off is not the meeting: it is held later, or not at all
        "postpone", "postpones", "postponed", "postponement", "delay", "delays", "delayed", "defer", "defers", "deferred",
        "reschedule", "reschedules", "rescheduled", "cancel", "cancels", "cancelled", "canceled", "cancellation");

    /// <summary>Words that say a meeting is going on: arrivals, welcomes, talks held.</summary>
    private static readonly HashSet<string> HappeningWords = StoryFingerprint.Folded(
        "arrive", "arrives", "arrived", "arriving", "land", "lands", "landed", "welcome", "welcomes", "welcomed", "receive", "receives",
        "received", "greet", "greets", "greeted", "begin", "begins", "began", "open", "opens", "opened", "hold", "holds", "held", "host",
        "hosts", "hosted", "gather", "gathers", "gathered", "meet", "meets", "met", "sign", "signs", "signed",
        // a leader taking part in or presiding over it, and the communiqué it issued, report it held
        "attend", "attends", "attended", "chair", "chairs", "chaired", "communique", "communiqué");

    /// <summary>
    /// A duty put back or undone (<see cref="Trade.Reinstated"/>, <see cref="Trade.Reverted"/>): "restores" or "reinstates" a
    /// duty the headline names; a duty that "returns" as its subject, the word of the duty before it ("20% duty returns on imported
    /// wheat"), is reinstated, and one returned as an object, after it ("returns import tax on routers to 16%"), is reverted, as
    /// one reverted, rolled back, undone or reversed. Without a duty's word the verbs mean something else ("Carney and Modi agree
    /// to restore envoys", "Climbers return to base camp", "Stocks reverse losses"), and a duty named as free is none ("duty free
    /// spend … as Chinese visitors return").
    /// </summary>
    private static Trade Restores(IReadOnlyList<string> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var w = ordered[i];
            if (RestoreWords.Contains(w) && NamesDuty(ordered, 0, ordered.Count)) return Trade.Reinstated;
            if (ReturnWords.Contains(w))
            {
                if (NamesDuty(ordered, i - ActionReach, i)) return Trade.Reinstated;
                if (DutyObjectAt(ordered, i + 1)) return Trade.Reverted;
            }
            // a duty "back" ("Full tariff on cauliflower back from Monday", "Rice tariff back to 35%"), not a verb's "back" ("China
            // hits back with tariffs", "scales back tariffs")
            if (w == Back && i > 0 && !BackVerbWords.Contains(ordered[i - 1]) && NamesDuty(ordered, i - ActionReach, i)) return Trade.Reinstated;
            var rolledBack = w == Roll && i + 1 < ordered.Count && ordered[i + 1] == Back;
            if ((RevertWords.Contains(w) || rolledBack) && DutyObjectAt(ordered, i + (rolledBack ? 2 : 1))) return Trade.Reverted;
        }
        return Trade.None;
    }

    /// <summary>A verb's object from <paramref name="start"/> is a duty: its word, after only words naming its kind, parties or
    /// rate ("returns import tax on routers", "rolls back additional duty", "reverses tariffs on Brazilian beef"); any other object
    /// is no duty's ("a return to growth despite tariffs", "reverses course on tariffs").</summary>
    private static bool DutyObjectAt(IReadOnlyList<string> ordered, int start)
    {
        for (var j = start; j < ordered.Count && j < start + ActionReach; j++)
        {
            if (DutyNounWords.Contains(ordered[j])) return j + 1 >= ordered.Count || ordered[j + 1] != Free;
            if (!RiseModifierWords.Contains(ordered[j]) && !DutyModifierWords.Contains(ordered[j]) && ordered[j][0] != '@' && !char.IsAsciiDigit(ordered[j][0])) return false;
        }
        return false;
    }

    private static readonly HashSet<string> DutyModifierWords = StoryFingerprint.Folded(
        "additional", "extra", "border", "basic", "special", "security", "retaliatory", "protective", "general", "higher", "lower");

    /// <summary>A duty's word at a position in [<paramref name="from"/>, <paramref name="to"/>) of the headline, not named as free.</summary>
    private static bool NamesDuty(IReadOnlyList<string> ordered, int from, int to)
    {
        for (var j = Math.Max(0, from); j < Math.Min(to, ordered.Count); j++)
            if (DutyNounWords.Contains(ordered[j]) && (j + 1 >= ordered.Count || ordered[j + 1] != Free)) return true;
        return false;
    }

    /// <summary>How many headline words (stop words dropped) from a verb its duty may stand: "returns import tax on routers",
    /// "20% duty returns", "import duties on maize, sorghum return".</summary>
    private const int ActionReach = 5;

    private static readonly HashSet<string> DutyNounWords = StoryFingerprint.Folded(
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "cess", "excise", "anti-dumping", "antidumping", "safeguard",
        "countervailing");

    private static readonly HashSet<string> RestoreWords = StoryFingerprint.Folded(
        "restore", "restores", "restored", "restoring", "reinstate", "reinstates", "reinstated", "reinstating");

    private static readonly HashSet<string> BackVerbWords = StoryFingerprint.Folded(
        "hit", "hits", "fight", "fights", "fought", "strike", "strikes", "struck", "push", "pushes", "pushed", "bounce", "bounces", "bounced",
        "pull", "pulls", "pulled", "scale", "scales", "scaled", "step", "steps", "stepped", "walk", "walks", "walked", "roll", "rolls", "rolled",
        "cut", "cuts", "rein", "reins", "pare", "pares", "pared", "dial", "dials", "claw", "claws", "pay", "pays", "paid", "set", "sets",
        "bring", "brings", "brought", "send", "sends", "sent", "hold", "holds", "held", "look", "looks", "fire", "fires", "fired", "come",
        "comes", "came", "bite", "bites", "snap", "snaps", "spring", "springs", "talk", "talks", "write", "writes");

    private static readonly HashSet<string> ReturnWords = StoryFingerprint.Folded("return", "returns", "returned", "returning");

    private static readonly HashSet<string> RevertWords = StoryFingerprint.Folded(
        "revert", "reverts", "reverted", "reverting", "rollback", "rollbacks", "undo", "undoes", "undid", "undone", "reverse", "reverses",
        "reversed", "reversing", "reversal", "backtrack", "backtracks", "backtracked", "backtracking");

    private static readonly string Roll = StoryFingerprint.Fold("roll"), Back = StoryFingerprint.Fold("back"), Free = StoryFingerprint.Fold("free");

    /// <summary>
    /// "Lifts" raises a duty when the headline gives the level it reached after the duty ("Ecuador lifts border tariff to 50%",
    /// "Oman lifts furniture import duty 15 points to 20%"); a lifted duty with no level after it may be removed ("Türkiye lifts
    /// additional customs duty on pianos") or raised ("Bern lifts border levy"), and says neither, as a number before the duty,
    /// its rate, does not ("Gov't lifts 40% duty on onions for three months"). What else is lifted is no duty ("lift bilateral
    /// trade to $18 billion", "to lift market turnover").
    /// </summary>
    private static bool LiftsToALevel(IReadOnlyList<string> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!LiftWords.Contains(ordered[i])) continue;
            for (var j = i + 1; j < ordered.Count && j <= i + ActionReach; j++)
            {
                if (!DutyNounWords.Contains(ordered[j])) continue;
                for (var k = j + 1; k < ordered.Count && k <= j + ActionReach + 1; k++)
                    if (char.IsAsciiDigit(ordered[k][0])) return true;
                break;
            }
        }
        return false;
    }

    /// <summary>"Lifts" removes a duty named as added to the tariff, with no level after it: an additional, extra, retaliatory,
    /// punitive or temporary duty is lifted as sanctions are ("Türkiye lifts additional customs duty on pianos", "EU lifts
    /// retaliatory tariffs on US lobster"); it is raised only to a level ("… lifts extra duty on steel to 25%": the caller asks
    /// <see cref="LiftsToALevel"/> first).</summary>
    private static bool LiftsAnAddedDuty(IReadOnlyList<string> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!LiftWords.Contains(ordered[i])) continue;
            var added = false;
            for (var j = i + 1; j < ordered.Count && j <= i + ActionReach; j++)
            {
                if (DutyNounWords.Contains(ordered[j])) return added;
                if (AddedDutyWords.Contains(ordered[j])) added = true;
                else if (!RiseModifierWords.Contains(ordered[j]) && ordered[j][0] != '@' && !char.IsAsciiDigit(ordered[j][0])) break;
            }
        }
        return false;
    }

    private static readonly HashSet<string> AddedDutyWords = StoryFingerprint.Folded(
        "additional", "extra", "retaliatory", "punitive", "temporary", "emergency", "countervailing", "anti-dumping", "antidumping");

    private static readonly HashSet<string> LiftWords = StoryFingerprint.Folded("lift", "lifts", "lifted", "lifting");

    /// <summary>
    /// A tariff threatened or weighed, not yet decided ("Trump threatens 25% tariff on Danish goods", "Trump threatens Denmark with
    /// 25 percent tariffs", "India weighs retaliatory duties on US goods", "Trump's new car tariff threat rattles Wolfsburg"): a
    /// proposal, which the tariff imposed weeks later is not a copy of. The verb must come before any verb of raising or cutting
    /// ("Trump imposes 10% tariff on Danish goods, less than threatened" reports the decision) and have a duty after it, or, as
    /// the noun "threat", a duty just before it; others threaten strikes ("Tyre tariff cut to 16%: unions threaten strike").
    /// </summary>
    private static bool Threatens(IReadOnlyList<string> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var w = ordered[i];
            if (RaiseWords.Contains(w) || LowerWords.Contains(w)) return false;
            if (ThreatNounWords.Contains(w) && NamesDuty(ordered, i - 2, i)) return true;
            if (ThreatWords.Contains(w) && NamesDuty(ordered, i + 1, i + 1 + ActionReach)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ThreatWords = StoryFingerprint.Folded(
        "threaten", "threatens", "threatened", "threatening", "weigh", "weighs", "weighing", "mull", "mulls", "mulled", "mulling",
        "consider", "considers", "considering");

    private static readonly HashSet<string> ThreatNounWords = StoryFingerprint.Folded("threat", "threats");

    /// <summary>A measure that "takes effect" (or took effect) is in force: the decision's stage, not a proposal's.</summary>
    private static bool TakesEffect(IReadOnlyList<string> ordered)
    {
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i] == Effect && TakeWords.Contains(ordered[i - 1])) return true;
        return false;
    }

    private static readonly string Effect = StoryFingerprint.Fold("effect");

    private static readonly HashSet<string> TakeWords = StoryFingerprint.Folded("take", "takes", "took", "taking", "taken");

    private static readonly HashSet<string> RetaliationWords = StoryFingerprint.Folded(
        "retaliate", "retaliates", "retaliated", "retaliation", "retaliatory", "countermeasure", "countermeasures", "counter");
}
