using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A second, independent reading of tariff measures, rate first: for each rate an item writes, the clause that holds it
/// (a sentence cut at ";", ", while", ", whereas", ", but", ", and" + a new subject, a relative clause, a parenthesis or a
/// dash) is read for a duty word, the imposer (the clause's subject, "X's", "by X"), the target ("on/from/against X",
/// "X-made", "originating in X", a country adjective before goods; every origin "*" only for all-origins wording) and the
/// goods (after "on (imports of)", before "imports", after a country adjective). What a clause leaves unsaid is read from
/// its sentence, then from the item's lede (headline and first sentence). Rates that are no measure are dropped first:
/// a previous value ("from 10% to 25%" keeps 25), a change ("by 5%"), a share, a growth figure, a margin, an estimate,
/// a domestic tax. It shares only the rate parser, the entity finder and the product-phrase cleaning with
/// <see cref="TariffExtractor"/>; how it attaches a rate to its parties is its own.
/// </summary>
public static partial class ClauseReader
{
    /// <summary>Whether <see cref="TariffExtractor.Extract(string)"/> adds this reading of the rates its own sentence patterns
    /// left unattached (see docs/quality.md, "Session 10 (extract16)").</summary>
    public static bool Combined { get; set; } = true;

    /// <summary>The clauses of a sentence, as (start, end) spans that cover it in order.</summary>
    public static List<(int Start, int End)> Clauses(string s)
    {
        // the breaks, as spans no clause keeps: a conjunction that joins two clauses goes with the break
        var breaks = new List<(int Start, int End)>();
        foreach (Match m in ClauseBreak().Matches(s)) breaks.Add((m.Index, m.Index + m.Length));
        // a relative clause ", which …," ends at its next comma
        foreach (Match m in RelativeOpener().Matches(s))
        {
            breaks.Add((m.Index, m.Index + 1));
            var close = s.IndexOf(',', m.Index + m.Length);
            if (close > 0) breaks.Add((close, close + 1));
        }
        breaks.Sort();
        var result = new List<(int, int)>();
        var from = 0;
        foreach (var (start, end) in breaks.Append((s.Length, s.Length)))
        {
            var (a, b) = (from, Math.Max(from, start));
            from = Math.Max(from, end);
            while (a < b && (char.IsWhiteSpace(s[a]) || s[a] is ',' or ';' or '(' or ')' or '—' or '–')) a++;
            while (b > a && (char.IsWhiteSpace(s[b - 1]) || s[b - 1] is ',' or ';' or '(' or ')' or '—' or '–')) b--;
            if (b > a) result.Add((a, b));
        }
        return result;
    }

    /// <summary>The clause texts of a sentence (for tests).</summary>
    public static List<string> ClauseTexts(string s) => Clauses(s).Select(c => s[c.Start..c.End]).ToList();

    /// <summary>This reading alone, on every rate of the item.</summary>
    public static List<TariffMeasure> Read(string text) => Read(text, null);

    /// <summary>This reading of the rates <paramref name="primary"/> did not attach: a rate is attached when a primary measure
    /// carries its value and unit (in any sentence: a restated rate is the same measure).</summary>
    public static List<TariffMeasure> Read(string text, IReadOnlyList<TariffMeasure>? primary)
    {
        var result = new List<TariffMeasure>();
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0) return result;
        // Most items leave no rate unattached: they are told so before any entity, clause or goods phrase is read (the
        // reading below cost a 10,000-item baseline 1.6 s of CPU when it ran on every item).
        if (primary is not null && !sentences.Any(x => LeavesARate(x.Text, primary))) return result;
        var lede = Lede(sentences);
        // the goods the item last named with a duty word, for a rate whose sentence names none ("The duty rates are: …")
        List<string>? lastGoods = null;
        // whether the sentence that opened the current list ("Egypt sets new duties:" before "- Turkish steel rebar: 15%")
        // names a duty: a list of shares or suppliers under a tariff headline is no list of rates
        var introNamesDuty = false;
        foreach (var sentence in sentences)
        {
            var s = sentence.Text;
            var listLine = ListLine().IsMatch(s);
            if (!listLine) introNamesDuty = DutyNoun().IsMatch(s);
            var mentions = TariffExtractor.PartyMentions(s);
            var earlier = lastGoods;
            if (DutyNoun().IsMatch(s) && Goods(s, (0, s.Length), 0, mentions) is { } named && named is not ["goods"]) lastGoods = named;
            if (s.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !WordRate().IsMatch(s)) continue;
            var rates = RateParser.Find(s);
            if (rates.Count == 0) continue;
            var clauses = Clauses(s);
            var context = lede with { Products = earlier ?? lede.Products, DutyNamed = lede.DutyNamed && (!listLine || introNamesDuty) };
            foreach (var r in rates)
            {
                if (primary is not null && Attached(primary, r)) continue;
                if (!IsLevel(s, r, rates)) continue;
                var clause = clauses.FirstOrDefault(c => r.Start >= c.Start && r.Start < c.End);
                if (clause == default) clause = (0, s.Length);
                var measure = ReadRate(s, clause, r, mentions, context);
                foreach (var m in measure)
                    if (!(primary?.Any(x => SameMeasure(x, m)) ?? false) && !result.Any(x => SameMeasure(x, m)))
                        result.Add(m);
            }
        }
        return result;
    }

    /// <summary>Whether a sentence writes a rate that is a level (<see cref="IsLevel"/>) and that no primary measure carries.</summary>
    private static bool LeavesARate(string s, IReadOnlyList<TariffMeasure> primary)
    {
        if (s.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !WordRate().IsMatch(s)) return false;
        var rates = RateParser.Find(s);
        foreach (var r in rates)
            if (!Attached(primary, r) && IsLevel(s, r, rates)) return true;
        return false;
    }

    /// <summary>A rate is attached when a primary measure carries its value and unit (in any sentence: a restated rate is the
    /// same measure).</summary>
    private static bool Attached(IReadOnlyList<TariffMeasure> primary, RateMention r) =>
        primary.Any(m => m.Rate is { } v && Math.Abs(v - r.Value) < 0.001 && m.RateUnit == r.Unit);

    private static bool SameMeasure(TariffMeasure a, TariffMeasure b) =>
        a.Imposer == b.Imposer && a.Target == b.Target && a.Rate == b.Rate && a.RateUnit == b.RateUnit;

    /// <summary>What the item's headline and first sentence say about its measure: who imposes, on whom, on what.</summary>
    private sealed record Context(string? Imposer, List<string> Targets, List<string>? Products, bool DutyNamed);

    private static Context Lede(List<Sentence> sentences)
    {
        string? imposer = null;
        List<string> targets = [];
        List<string>? products = null;
        foreach (var sentence in sentences.Take(2))
        {
            var s = sentence.Text;
            if (!DutyNoun().IsMatch(s)) continue;
            var mentions = TariffExtractor.PartyMentions(s);
            var whole = (0, s.Length);
            imposer ??= Imposer(s, whole, mentions, s.Length);
            if (targets.Count == 0) targets = Targets(s, whole, mentions, 0, imposer);
            products ??= Goods(s, whole, 0, mentions);
        }
        return new(imposer, targets, products, sentences.Take(2).Any(x => DutyNoun().IsMatch(x.Text)));
    }

    private static List<TariffMeasure> ReadRate(string s, (int Start, int End) clause, RateMention r, List<Mention> mentions, Context lede)
    {
        var text = s[clause.Start..clause.End];
        // a duty word in the rate's clause, or in its sentence; a per-volume amount is a duty only in its own clause
        var nounInClause = DutyNoun().Match(text);
        var nounInSentence = DutyNoun().Match(s);
        if (r.Unit != "percent" && !nounInClause.Success) return [];
        // "- Turkish steel rebar: 15%" under "Egypt sets new duties:": a list line leans on the item's lede for its duty word
        if (!nounInClause.Success && !nounInSentence.Success && !(ListLine().IsMatch(s) && lede.DutyNamed)) return [];
        // a duty word must govern the rate, not only share its sentence ("Toyota shares tumbled 4% on news of the tariffs")
        if (nounInSentence.Success && !Governed(s, r)) return [];
        var noun = nounInClause.Success ? NearestDutyNoun(s, clause, r) : nounInSentence.Success ? nounInSentence : null;
        if (noun is { Success: true } && DomesticCharges.Names(s, noun.Index, noun.Length)) return [];
        if (DomesticTax().IsMatch(text) && !TradeDuty().IsMatch(text)) return [];
        // "a 10% VAT … on top of the tariff": the tax word nearest the rate says what it is
        if (NearestTaxWordIsDomestic(s, r)) return [];
        if (NotAMeasure().IsMatch(text)) return [];
        if (TariffExtractor.ChargesPeople(s, r)) return [];

        var imposer = Imposer(s, clause, mentions, r.Start) ?? Imposer(s, (0, s.Length), mentions, r.Start) ?? lede.Imposer;
        if (imposer is null) return [];
        var targets = Targets(s, clause, mentions, r.Start, imposer);
        if (targets.Count == 0 && TariffExtractor.SaysAllOrigins(text)) targets = ["*"];
        if (targets.Count == 0) targets = Targets(s, (0, s.Length), mentions, r.Start, imposer);
        if (targets.Count == 0 && TariffExtractor.SaysAllOrigins(s)) targets = ["*"];
        if (targets.Count == 0) targets = lede.Targets.Where(t => t != imposer).ToList();
        if (targets.Count == 0) return [];
        var products = Goods(s, clause, r.End, mentions) ?? Goods(s, (0, s.Length), r.End, mentions) ?? lede.Products ?? ["goods"];
        var action = Action(text);
        return targets.Where(t => t != imposer).Select(t => new TariffMeasure(imposer, t, r.Value, r.Unit, products, action, null, s)).ToList();
    }

    /// <summary>Whether a duty word governs the rate: after it with only qualifiers between ("25% tariff", "25 per cent
    /// additional import duty", "10% and 15% duties"), or before it ("duty of 25%", "tariffs of up to 40%", "the tariff on
    /// trucks will rise to 15%") with no verb of movement between whose subject is something else ("customs data showed
    /// soybean imports plunging 40%").</summary>
    private static bool Governed(string s, RateMention r)
    {
        foreach (Match m in DutyNoun().Matches(s))
        {
            if (m.Index >= r.End)
            {
                // "raises to thirty per cent the tariff for bicycles": a level set before the duty it is the level of
                if (QualifiersOnly().IsMatch(s.AsSpan(r.End..m.Index)) || (ToBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 12)..r.Start)) && SetDutyAfter().IsMatch(s.AsSpan(r.End..m.Index)))) return true;
                continue;
            }
            if (m.Index + m.Length > r.Start) continue;
            var between = s[(m.Index + m.Length)..r.Start];
            var move = MovementVerb().Match(between);
            // a movement verb whose subject is the duty itself ("the tariff on Korean trucks will rise to 15%") keeps it
            // … or a pronoun or rate word that stands for it ("officials said it would rise to 30%", "the rate will climb to 40%")
            if (!move.Success || DutySubject().IsMatch(between[..move.Index]) || StandsForDuty().IsMatch(between[..move.Index])) return true;
        }
        return false;
    }

    /// <summary>Whether the tax word nearest the rate (a duty word or a domestic tax) is a domestic tax.</summary>
    private static bool NearestTaxWordIsDomestic(string s, RateMention r)
    {
        static int Distance(Match m, RateMention r) => m.Index >= r.End ? m.Index - r.End : Math.Max(0, r.Start - (m.Index + m.Length));
        var domestic = DomesticTax().Matches(s).Cast<Match>().ToList();
        if (domestic.Count == 0) return false;
        // "excise duty", "stamp duty": a duty word inside a domestic tax's name is that tax
        var duties = DutyNoun().Matches(s).Cast<Match>()
            .Where(d => !domestic.Any(t => d.Index >= t.Index && d.Index < t.Index + t.Length + 8)).ToList();
        return duties.Count > 0 && domestic.Min(m => Distance(m, r)) < duties.Min(m => Distance(m, r));
    }

    /// <summary>The duty word of the clause nearest the rate.</summary>
    private static Match NearestDutyNoun(string s, (int Start, int End) clause, RateMention r)
    {
        Match? best = null;
        foreach (Match m in DutyNoun().Matches(s[..clause.End], clause.Start))
            if (best is null || Math.Abs(m.Index - r.Start) < Math.Abs(best.Index - r.Start)) best = m;
        return best!;
    }

    /// <summary>Whether a rate is a level a measure sets: not the previous value of a change, the low end of a range, a change
    /// amount, a share, a growth figure or a margin.</summary>
    private static bool IsLevel(string s, RateMention r, List<RateMention> rates)
    {
        var before = s[Math.Max(0, r.Start - 40)..r.Start];
        var after = s[r.End..Math.Min(s.Length, r.End + 40)];
        // "from 10% to 25%", "between 5% and 20%", "5% to 20%", "to 25% from 10%"
        if (rates.Any(o => o.Start > r.End && o.Start - r.End < 30 && ToNext().IsMatch(s.AsSpan(r.End..o.Start)))) return false;
        if (PreviousBefore().IsMatch(before) || TariffExtractor.IsOldLevel(s, r, rates) || TariffExtractor.IsPastLevel(s, r)) return false;
        if (DomesticCharges.IsChangeAmount(s, r)) return false;
        if (ShareAfter().IsMatch(after) || SpecAfter().IsMatch(after)) return false;
        if (FigureBefore().IsMatch(before)) return false;
        // "…, while last year Vietnam got 46 percent", "…, while the ruling party got 48 percent": a later clause's rate of no trade party
        // or goods, or of another time (TariffExtractor.Parties.cs, session 20)
        if (TariffExtractor.OwnClauseNotTheMeasure(s, r)) return false;
        // "halved its 30% tariff", "half the 150 per cent they pay today", "rather than doubling it to 50%": the value changed
        if (ChangedBefore().IsMatch(before)) return false;
        // "… to 20 per cent from the punishing 50 per cent": a value after "from" where the clause moves to another
        if (FromTheBefore().IsMatch(before) && rates.Any(o => o.Start < r.Start && ToBefore().IsMatch(s.AsSpan(Math.Max(0, o.Start - 12)..o.Start)))) return false;
        // a firm's own rate ("18.5% for Meihua Holdings Group", "LG Chem, Ltd. 12.9%", "21.4% (Yantai Shuangta)"), the lowest
        // or a cooperating exporters' rate: one measure stands at the top of such a list, not one per firm
        if (!TopBefore().IsMatch(before) && (FirmBefore().IsMatch(before) || FirmNamedBefore(before) || FirmAfter(s, r.End) || LowBefore().IsMatch(before) || CooperatingAfter().IsMatch(after) || CooperatingBefore().IsMatch(s.AsSpan(Math.Max(0, r.Start - 90)..r.Start)))) return false;
        // "adding a 25% penalty on top of the existing 25% duty" beside "to 50%": the parts of a total the sentence states
        if (PartOfTotal(r, rates)) return false;
        return true;
    }

    /// <summary>"Xinyi Solar facing 12.1%", "Sun Glass Malaysia assigned a rate of 11.0%": a rate after a proper name that is
    /// not only a country's is a firm's.</summary>
    private static bool FirmNamedBefore(string before)
    {
        var m = FirmRunBefore().Match(before);
        // a name alone before the rate ("Canada's 25% surtax", "EU 25%") is no firm's: a verb or "a rate of" follows the firm
        if (!m.Success || !m.Value[m.Groups["n"].Length..].Any(char.IsLower)) return false;
        var run = PossessiveEnd().Replace(m.Groups["n"].Value, string.Empty);
        var found = EntityFinder.Find(run);
        return found.Count == 0 ? !LeadWord().IsMatch(run) : found.Sum(x => x.End - x.Start) < run.Replace(" ", "", StringComparison.Ordinal).Length - 1;
    }

    /// <summary>A country named after a capitalised word that is neither a country nor a title, in a sentence that is not
    /// written in title case, ends a firm's name ("Sun Glass Malaysia assigned …", "PT Miwon Indonesia facing …").</summary>
    private static bool EndsFirmName(string s, Mention m)
    {
        var from = Math.Max(0, m.Start - 40);
        var w = NameWordBefore().Match(s[from..m.Start]);
        if (!w.Success || EntityFinder.Find(w.Groups["w"].Value).Count > 0 || TitleWord().IsMatch(w.Groups["w"].Value)) return false;
        // the word must not open the sentence or a new one after a colon
        var opened = s[..(from + w.Index)].TrimEnd();
        if (opened.Length == 0 || opened[^1] is '.' or '!' or '?' or ':' or ';' or '-' or '—' or '–' or '(') return false;
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(x => char.IsUpper(x[0])) * 2 < words.Length;
    }

    /// <summary>A rate that, with another rate of the sentence, adds up to a third one there.</summary>
    private static bool PartOfTotal(RateMention r, List<RateMention> rates) =>
        rates.Any(o => o.Start != r.Start && o.Unit == r.Unit
            && rates.Any(t => t.Start != r.Start && t.Start != o.Start && t.Unit == r.Unit && Math.Abs(r.Value + o.Value - t.Value) < 0.001));

    /// <summary>"for Meihua Holdings Group", "(Yantai Shuangta)": a rate followed by a name that is no country is a firm's.</summary>
    private static bool FirmAfter(string s, int at)
    {
        // "4.58% for the mandatory respondent Minh Phu": a respondent of a trade-remedy case is a firm
        if (RespondentAfter().IsMatch(s.AsSpan(at))) return true;
        var m = NamedAfter().Match(s, at);
        if (!m.Success || m.Index != at) return false;
        var name = m.Groups["n"].Value.Trim();
        return EntityFinder.Find(name).Count == 0 || FirmWord().IsMatch(name);
    }

    /// <summary>The imposer a span names: "by X", "X's tariff", "the X government", or the subject: a country named before the
    /// rate that is not an origin or a destination.</summary>
    private static string? Imposer(string s, (int Start, int End) span, List<Mention> mentions, int rateAt)
    {
        string? subject = null;
        foreach (var m in mentions)
        {
            if (m.Start < span.Start || m.End > span.End) continue;
            var role = Role(s, m, span.Start);
            if (role == Part.Imposer) return m.CountryId;
            if (role == Part.Subject && m.Start < rateAt) subject ??= m.CountryId;
        }
        return subject;
    }

    /// <summary>The origins a span puts a measure on, nearest the rate first; a coordinated run ("from China, Vietnam and
    /// Thailand") gives each.</summary>
    private static List<string> Targets(string s, (int Start, int End) span, List<Mention> mentions, int rateAt, string? imposer)
    {
        var inSpan = mentions.Where(m => m.Start >= span.Start && m.End <= span.End).ToList();
        var marked = inSpan.Where(m => Role(s, m, span.Start) == Part.Target && m.CountryId != imposer).ToList();
        if (marked.Count == 0) return [];
        var first = marked.OrderBy(m => m.Start >= rateAt ? m.Start - rateAt : (rateAt - m.End) + 1000).First();
        var result = new List<string> { first.CountryId };
        var k = inSpan.IndexOf(first);
        for (var j = k + 1; j < inSpan.Count; j++)
        {
            if (!Coordinated().IsMatch(s.AsSpan(inSpan[j - 1].End..inSpan[j].Start))) break;
            if (inSpan[j].CountryId != imposer && !result.Contains(inSpan[j].CountryId)) result.Add(inSpan[j].CountryId);
        }
        return result;
    }

    private enum Part { None, Imposer, Subject, Target }

    /// <summary>What a country's mention is in its clause, read from the words right around it.</summary>
    private static Part Role(string s, Mention m, int clauseStart)
    {
        var before = s[Math.Max(clauseStart, m.Start - 40)..m.Start];
        var after = s[m.End..Math.Min(s.Length, m.End + 30)];
        // "Sun Glass Malaysia", "PT Miwon Indonesia": a country that ends a firm's name
        if (m.Form == MentionForm.Noun && EndsFirmName(s, m)) return Part.None;
        if (ByBefore().IsMatch(before)) return Part.Imposer;
        if (MadeAfter().IsMatch(after)) return Part.Target;
        // "the American tariff of 40%", "Mexico's decision to raise duties": whose measure it is, wherever the phrase stands
        // "India's purchases of Russian oil" names India as neither
        if (Possessive().IsMatch(after)) return GoodsOwnedAfter().IsMatch(after) ? Part.Target : AuthorityAfter().IsMatch(after) ? Part.Imposer : Part.None;
        if (m.Form == MentionForm.Adjective && AuthorityAfter().IsMatch(after)) return Part.Imposer;
        if (OriginBefore().IsMatch(before) && !ExportsToBefore().IsMatch(before)) return Part.Target;
        if (ExportsToBefore().IsMatch(before)) return Part.Imposer;
        if (m.Form == MentionForm.Adjective) return GoodsAfter().IsMatch(after) ? Part.Target : Part.None;
        if (AuthorityAfter().IsMatch(after)) return Part.Imposer;
        // "from the US and China": a country coordinated after an origin is one too
        if (CoordinatedOrigin().IsMatch(before)) return Part.Target;
        return Part.Subject;
    }

    /// <summary>The goods a span names for the rate: after "on (imports of)", after "imports of", before "imports", after a
    /// country adjective; cleaned as the extractor cleans product phrases.</summary>
    private static List<string>? Goods(string s, (int Start, int End) span, int from, List<Mention> mentions)
    {
        var text = s[span.Start..span.End];
        var words = mentions.Select(m => s[m.Start..m.End]).ToList();
        var candidates = new List<(int At, string Phrase)>();
        foreach (Match m in OnGoods().Matches(text)) candidates.Add((span.Start + m.Index, m.Groups["p"].Value));
        foreach (Match m in ImportsOf().Matches(text)) candidates.Add((span.Start + m.Index, m.Groups["p"].Value));
        foreach (Match m in BeforeImports().Matches(text)) candidates.Add((span.Start + m.Index, m.Groups["p"].Value));
        foreach (Match m in BeforeOrigin().Matches(text)) candidates.Add((span.Start + m.Index, m.Groups["p"].Value));
        // "Chinese steel", "US steel" (a country's noun as the target before the goods)
        foreach (var m in mentions)
            if (m.Start >= span.Start && m.End <= span.End && (m.Form == MentionForm.Adjective || (m.Form == MentionForm.Noun && Role(s, m, span.Start) == Part.Target))
                && AdjectiveGoods().Match(s[m.End..span.End]) is { Success: true } g && !NotAfterCountry().IsMatch(g.Groups["p"].Value))
                candidates.Add((m.Start, g.Groups["p"].Value));
        // the phrase after the rate first, then the nearest before it
        foreach (var (_, phrase) in candidates.OrderBy(c => c.At >= from ? c.At - from : (from - c.At) + 10_000))
        {
            if (TariffWordIn().IsMatch(phrase) || NotGoods().IsMatch(phrase)) continue;
            // "on goods from India": generic goods are the measure's goods (labelled "goods"), not a reason to look further
            if (GenericGoods().IsMatch(words.Aggregate(phrase, (p, w) => p.Replace(w, " ", StringComparison.Ordinal)))) return ["goods"];
            var cleaned = TariffExtractor.CleanProducts(phrase, words).Where(p => !TariffExtractor.IsFillerPhrase(p) && !NotGoods().IsMatch(p)).ToList();
            if (cleaned.Count > 0) return cleaned;
        }
        return null;
    }

    private static string Action(string clause) =>
        Threat().IsMatch(clause) ? TariffActions.Threatened
        : Proposal().IsMatch(clause) ? TariffActions.Proposed
        : LiftedTo().IsMatch(clause) ? TariffActions.Raised
        : Removal().IsMatch(clause) ? TariffActions.Removed
        : Lowering().IsMatch(clause) ? TariffActions.Lowered
        : Raising().IsMatch(clause) ? TariffActions.Raised
        : TariffActions.Imposed;

    [GeneratedRegex(@"\b(?:per\s*cent|percent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordRate();

    [GeneratedRegex(@"^\s*(?:[-•*–]|[0-9]{1,2}[.)])\s")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^\s*(?:,\s*)?for\s+(?:the\s+|a\s+|each\s+)?(?:mandatory\s+|sole\s+|individually\s+examined\s+|other\s+|separate\s+)?respondents?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RespondentAfter();

    [GeneratedRegex(@"\b(?:halv\w*|doubl\w*|tripl\w*|cut|cuts|lowered|lowers|reduced|reduces|slashed|slashes|trimmed|trims|half|twice|double|triple|(?:a|one|two)\s+(?:third|quarter|fifth)s?\s+of|rather\s+than(?:\s+[a-z]+){0,3}|instead\s+of(?:\s+[a-z]+){0,3})\s+(?:of\s+)?(?:its|their|the|a|an|it\s+to|them\s+to)?\s*(?:[a-z-]+\s+){0,2}?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangedBefore();

    [GeneratedRegex(@"\bfrom\s+(?:its|their|the|an?)\s+(?:[a-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FromTheBefore();

    [GeneratedRegex(@"\b(?:to|at)\s+(?:just\s+|only\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBefore();

    [GeneratedRegex(@"\b(?:up\s+to|as\s+high\s+as|as\s+much\s+as|highest|steepest|top|maximum|residual|all\s+other)\b(?:\s+[a-z-]+){0,3}\s*(?:of|at)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TopBefore();

    [GeneratedRegex(@"(?-i:\b(?:Ltd|Co|Inc|Corp|Corporation|Group|Holdings|JSC|Bhd|LLC|GmbH|plc|S\.A|AG|Limited))\.?\s*[:,)]?\s*(?:\([^)]*\)\s*)?$|\b(?:unit|subsidiary|company-specific|individual)\s+(?:rates?\s+(?:of\s+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FirmBefore();

    [GeneratedRegex(@"\G\s*(?:\((?<n>(?-i:[A-Z])[^)]{1,60})\)|for\s+(?<n>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,5}))")]
    private static partial Regex NamedAfter();

    [GeneratedRegex(@"\b(?:Ltd|Co|Inc|Corp|Corporation|Group|Holdings|JSC|Bhd|LLC|GmbH|plc|Limited|PT)\b")]
    private static partial Regex FirmWord();

    [GeneratedRegex(@"(?<n>(?-i:[A-Z])[\w&.'’-]+(?:\s+(?-i:[A-Z])[\w&.'’-]+)*),?\s+(?:(?:is|was|were|are|will\s+be|has\s+been)\s+)?(?:facing|faces|face|assigned|receives?|received|gets|got|given|pays?|paid)?\s*(?:an?\s+(?:individual\s+|separate\s+|lower\s+)?(?:rate|duty|margin)\s+of\s+|at\s+)?$")]
    private static partial Regex FirmRunBefore();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnd();

    /// <summary>Capitalised words that open a sentence or name a role, not a firm.</summary>
    [GeneratedRegex(@"^(?:The|A|An|This|That|These|Those|It|Its|Their|Duties|Duty|Rates?|Tariffs?|Levies|Levy|President|Prime|Minister|Premier|Chancellor|Customs|Commerce|Finance|Trade)\b")]
    private static partial Regex LeadWord();

    [GeneratedRegex(@"\b(?:lowest|minimum|floor|at\s+least|bottom|capped|cap|ceiling|no\s+more\s+than|not\s+exceeding)\b(?:\s+[a-z-]+){0,3}\s*(?:of|at)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LowBefore();

    [GeneratedRegex(@"\b(?:co-?operating|sampled)\s+(?:exporting\s+)?(?:companies|exporters|producers|firms)\b[^%;]{0,40}?:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CooperatingBefore();

    [GeneratedRegex(@"^[^,;%]{0,25}?\b(?:by\s+(?:dry\s+)?(?:weight|volume|mass)|content|purity|or\s+(?:more|less|above|below))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpecAfter();

    [GeneratedRegex(@"^\s*(?:all\s+|most\s+|other\s+|their\s+|its\s+)?(?:goods|products|imports|exports|items|merchandise)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericGoods();

    [GeneratedRegex(@"^\s*for\s+(?:the\s+)?(?:other\s+|remaining\s+)?(?:sampled\s+|individual\s+)?(?:co-?operating|sampled|individual)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CooperatingAfter();

    /// <summary>Where one clause ends and another begins.</summary>
    [GeneratedRegex(@";|\s[—–]\s|\s-\s|[()]|,\s+(?:while|whereas|but|although|though|as\s+well\s+as)\b|,\s+(?=(?:retaliating|in\s+retaliation|in\s+response|citing|saying)\b)|\s(?=(?:because|amid|despite)\s)|\s(?:whereas|while)\s|,\s+and\s+(?=(?:the|it|they|its|their|this|these|those|he|she)\b|(?:[A-Z][\w.'’-]*\s+){1,4}(?:has|have|had|will|would|is|are|was|were|said|says|also|imposed|imposes|set|sets|raised|raises|put|puts|levied|levies|slapped|applies|applied|charges|charged|kept|keeps|[a-z]+ed)\b)", RegexOptions.None)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@",\s+(?:which|who|whose|where)\b")]
    private static partial Regex RelativeOpener();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies|levied|surtax(?:es)?|surcharges?|customs|anti-?dumping|countervailing|anti-subsidy|safeguards?|import\s+tax(?:es)?|border\s+tax(?:es)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyNoun();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffWordIn();

    /// <summary>Between a rate and the duty word after it: qualifiers and other rates only ("25% additional import duty",
    /// "10% and 15% duties"), no preposition, article or clause.</summary>
    [GeneratedRegex(@"^\s*(?:[-–]\s*)?(?:(?!(?:on|of|in|at|to|for|from|after|before|as|against|over|amid|since|when|while|because|the|a|an|his|her|its|their|our|news|than|by|with|into|following)\b)(?:[0-9.,]+\s*(?:%|per\s*cent|percent)|[\w.'’]+(?:-[\w.'’]*)*)(?:\s+|(?<=-))){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifiersOnly();

    [GeneratedRegex(@"^\s*(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex SetDutyAfter();

    /// <summary>A verb of a figure's movement: what moves is a price, a share, a currency or a volume, not a measure it sets.</summary>
    [GeneratedRegex(@"\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|jumped|jumps|jumping|surged|surges|surging|climbed|climbs|climbing|dropped|drops|dropping|declined|declines|declining|slumped|slumping|plunged|plunges|plunging|tumbled|tumbling|slipped|slipping|sank|sinking|sunk|slid|sliding|weakened|weakening|strengthened|strengthening|gained|gaining|lost|losing|soared|soaring|hit|hits|hitting|edged|eased|easing|shrank|shrinking|contracted|expanded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MovementVerb();

    /// <summary>The duty word is the movement verb's subject: only a prepositional phrase and an auxiliary between them
    /// ("tariff on Korean trucks will rise").</summary>
    [GeneratedRegex(@"^(?:\s+(?:on|of|for|against|from)\s+[^,;]*?)?\s+(?:(?:will|would|could|can|may|might|should|is|are|was|were|has|have|had|to|then|also|further|be|been|set\s+to|due\s+to|expected\s+to)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex DutySubject();

    [GeneratedRegex(@"\b(?:it|they|which|that|the\s+(?:rate|rates|levy|levies|duty|duties|tariff|tariffs))\s+(?:(?:will|would|could|can|may|might|should|is|are|was|were|has|have|had|to|then|also|further|be|been|set\s+to|due\s+to|expected\s+to)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex StandsForDuty();

    // (one of the domestic-tax lists, kept apart on purpose: see DomesticCharges)
    [GeneratedRegex(@"\b(?:VAT|GST|value[- ]added\s+tax|sales\s+tax|excise|income\s+tax|corporate\s+tax|consumption\s+tax|digital\s+services?\s+tax|stamp\s+duty|windfall|royalt(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DomesticTax();

    [GeneratedRegex(@"\b(?:import|customs|anti-?dumping|countervailing|safeguard)\s+(?:dut(?:y|ies)|tariffs?)\b|\btariffs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradeDuty();

    /// <summary>A clause that states an estimate, an average or a poll, not a measure.</summary>
    [GeneratedRegex(@"\b(?:estimat\w*|forecast\w*|projected|simulat\w*|scenario|modell?ed|economists?\s+(?:say|said|expect)|average|averag(?:e|ed|ing)|effective\s+(?:tariff\s+)?rate|weighted|probability|odds|chance|poll\w*|survey\w*|inflation|GDP|growth|unemployment|interest\s+rates?|yields?|margins?|market\s+share|share\s+of|central\s+bank|refinancing|policy\s+rate|benchmark\s+rate|lending\s+rate|deposit\s+rate|repo\s+rate|shares?\s+(?:rose|fell|jumped|slid|gained|lost)|shares\s+of|(?-i:[A-Z])\w+\s+shares|approval\s+ratings?|utili[sz]ation|mortgage\s+rates?|stocks?|index)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAMeasure();

    [GeneratedRegex(@"^\s*(?:\)\s*)?(?:(?:to|and)\s+|[-–—]\s*)(?:up\s+to\s+|as\s+much\s+as\s+|as\s+high\s+as\s+|about\s+|around\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToNext();

    [GeneratedRegex(@"\b(?:from|previously|formerly|replacing|replaces|replaced|instead\s+of|rather\s+than|compared\s+(?:with|to)|versus|vs\.?|down\s+from|up\s+from|was|were|had\s+been|old|earlier)\s+(?:an?\s+|the\s+)?(?:previous\s+|earlier\s+|existing\s+|current\s+)?(?:rate\s+of\s+|level\s+of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousBefore();

    [GeneratedRegex(@"^\s*(?:of\b|share|stake|market|increase|rise|drop|decline|fall|jump|gain|growth|higher|lower|more|less|fewer|cheaper|dearer|year-on-year|y/y|yoy|on\s+the\s+year|annual|annually|a\s+year|stake|owned|majority|minority|discount|off\b|cut\s+in|reduction\s+in|of\s+the|or\s+(?:more|less|above|below|higher|lower)|by\s+(?:weight|volume)|content|purity)", RegexOptions.IgnoreCase)]
    private static partial Regex ShareAfter();

    [GeneratedRegex(@"\b(?:rose|rise|rises|rising|fell|fall|falls|falling|grew|grow|grows|jumped|jumps|surged|surges|climbed|climbs|dropped|drops|declined|declines|slumped|plunged|plunging|tumbled|tumbling|slipped|slipping|sank|sinking|weakened|weakening|strengthened|soared|increased|decreased|gained|lost|slid|up|down|accounts?\s+for|accounted\s+for|share\s+of|stake\s+of|margins?\s+of|worth|valued\s+at|cheaper\s+by|costlier\s+by)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+|more\s+than\s+|over\s+|roughly\s+|an?\s+|a\s+further\s+)?(?:[0-9][0-9.,]*\s*(?:%|per\s?cent|percent)\s*,?\s*(?:and\s+|or\s+)?)*$", RegexOptions.IgnoreCase)]
    private static partial Regex FigureBefore();

    [GeneratedRegex(@"(?<![\w&-])(?<w>(?-i:[A-Z])[\w&-]+)\s+$")]
    private static partial Regex NameWordBefore();

    [GeneratedRegex(@"^(?:The|A|An|In|On|For|From|To|By|And|Or|Of|With|At|As|But|While|President|Prime|Minister|Premier|Chancellor|Secretary|Governor|King|Queen|Emperor|Sultan|Crown|North|South|East|West|New|Republic|Federal|Kingdom|State|States|Union|European|Commerce|Customs|Trade|Finance)$")]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"\bby\s+(?:the\s+)?$|\bimposed\s+by\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^[-\s]?(?:made|built|origin|produced|manufactured|sourced|grown)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MadeAfter();

    /// <summary>Words before a country that make it the goods' origin or the measure's target.</summary>
    [GeneratedRegex(@"\b(?:on|from|against|for|into|targeting|toward|towards|originating\s+(?:in|from)|made\s+in|produced\s+in|manufactured\s+in|grown\s+in|sourced\s+from|origin(?:ating)?\s+in|imports\s+from|exported\s+from|shipped\s+from|applied\s+to|applies\s+to|apply\s+to|applicable\s+to|to\s+imports\s+from|hit|hits|hitting|slapped|slaps|punish\w*|retaliat\w*\s+against)\s+(?:(?:the|all|its|imports\s+(?:from|of))\s+)*(?:[\w.'’-]+\s*(?:,\s*|\s+and\s+|\s+or\s+)){0,3}$|\bof\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginBefore();

    [GeneratedRegex(@"\b(?:exports?|exported|shipments?|shipped|sold|sales|sent|sell|selling|entering|enter|access)\s+(?:\w+\s+){0,2}?(?:to|into|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExportsToBefore();

    [GeneratedRegex(@"^(?:['’]s?)(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^['’]s?\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:exports?|shipments?|exporters?|producers?|manufacturers?|makers?|goods|products|steel|cars|vehicles|industry|farmers|firms|companies)\b")]
    private static partial Regex GoodsOwnedAfter();

    [GeneratedRegex(@"^\s*(?:['’]s\s+)?(?:(?:[0-9.]+\s*(?:%|per\s*cent|percent)|new|proposed|planned|additional|extra|retaliatory|punitive|higher|steep|federal|central|national)\s+){0,3}(?:government|govt|administration|ministry|minister|authorities|officials?|president|prime\s+minister|commerce|customs|trade|finance|economy|cabinet|parliament|congress|regulators?|commission|council|tariffs?|dut(?:y|ies)|levy|levies|surtax|surcharges?|anti-?dumping|countervailing|safeguard|retaliat\w*|counter-?tariffs?|treasury|department|agency|board|tribunal|decision|move|plan|order|proposal|measures?|policy|response|import\s+(?:tariffs?|dut(?:y|ies)|tax(?:es)?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorityAfter();

    [GeneratedRegex(@"^\s+(?-i:[a-z])")]
    private static partial Regex GoodsAfter();

    [GeneratedRegex(@"\b(?:on|from|against|for)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedOrigin();

    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|&\s*)(?:the\s+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Coordinated();

    /// <summary>"on (imports of) steel", cut where the goods end; a day or month is when, not what ("measures on Monday").</summary>
    [GeneratedRegex(@"\bon\s+(?!top\s+of\b)(?!(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?-i:[a-z])))(?:the\s+)?(?:(?:imports?|shipments?|entries)\s+of\s+)?(?:[0-9]+\s+)?(?<p>(?!\d)[^,;()]{2,60}?)(?=\s+(?:from|for|to|at|by|until|over|after|because|as|which|that|who|originating|imported|made|produced|under|amid|with|starting|effective|since|will|would|is|are|was|were|has|have|in|into|took|takes|came|comes|drew|draws|began|begins|(?-i:[a-z]{3,}ed)|and\s+(?:a|an|the|said|will|would|is|are)|of\s+(?:up\s+to\s+)?\d)\b|[,;.():]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OnGoods();

    [GeneratedRegex(@"(?:\b(?:imports|shipments|entries)\s+of|\bimported)\s+(?<p>(?!\d)[^,;()]{2,60}?)(?=\s+(?:from|for|to|at|by|until|over|after|which|that|originating|imported|made|produced|under|will|would|is|are|was|were|has|have|in|into)\b|[,;.():]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ImportsOf();

    [GeneratedRegex(@"(?<p>\b(?!(?:for|of|on|from|to|the|a|an|and|or|all|other|its|their|total|cheap|cheaper|rising|surging|more|fewer|most)\b)(?-i:[a-z])[\w-]+(?:\s+(?-i:[a-z])[\w-]+){0,2})\s+imports\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeImports();

    /// <summary>"aluminium extrusions exported from Malaysia", "Steel pipes originating in China" (whole words only: not "n polyvinyl
    /// chloride" out of "on polyvinyl chloride imported from …").</summary>
    [GeneratedRegex(@"(?<p>\b(?:(?!(?:of|in|the|a|an|and|or|on|for|to|from|with|by|at|that|which|are|is|were|was|be|been|all|any|other)\b)[A-Za-z][\w-]*\s+){0,2}(?!(?:of|in|the|a|an|and|or|on|for|to|from|with|by|at|that|which|are|is|were|was|be|been|all|any|other|goods|products|imports)\b)(?-i:[a-z])[\w-]+)\s+(?:exported|imported|shipped|originating)\s+(?:(?:to|into)\s+[\w\s]{2,30}?\s+)?(?:from|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeOrigin();

    [GeneratedRegex(@"^\s+(?<p>(?-i:[a-z])[\w-]+(?:\s+(?-i:[a-z])[\w-]+){0,2}?)(?=\s+(?:from|for|to|at|by|with|will|would|is|are|was|were|has|have|face|faces|imports|exports|shipments|in|on|and\s+(?-i:[A-Z]))\b|[,;.():]|$)")]
    private static partial Regex AdjectiveGoods();

    [GeneratedRegex(@"^(?:will|would|is|are|was|were|has|have|had|can|could|must|may|might|shall|should|said|says|and|or|to|in|on|at|by|for|from|with|also|still|now)\b")]
    private static partial Regex NotAfterCountry();

    /// <summary>A cleaned phrase that names no goods.</summary>
    [GeneratedRegex(@"^(?:top|rate|rates|level|levels|basis|average|total|value|price|prices|them|it|this|that|which|some|all|most|goods\s+and|[a-z]+ly)$|\b(?:per\s*cent|percent|year|years|month|months|week|weeks|day|days|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ruling|investigation|announcement|decision|review|probe|case|proceeding|findings|notice|regulation|decree|order|agreement|deal|talks)\b|\d", RegexOptions.IgnoreCase)]
    private static partial Regex NotGoods();

    /// <summary>"lifted its tariff to 25%": a raise, not a removal.</summary>
    [GeneratedRegex(@"\blift(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,8}?to\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex LiftedTo();

    [GeneratedRegex(@"\bthreat\w*|\bwarn\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Threat();

    [GeneratedRegex(@"\bpropos(?:e|es|ed|ing|al|als)\b|\bplan(?:s|ned|ning)?\b|\bconsider(?:s|ed|ing|ation)?\b|\bdraft\b", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"\b(?:remov(?:e|es|ed|ing|al)|lift(?:s|ed|ing)?|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?|suspension|exempt(?:s|ed|ing|ion|ions)?|eliminat(?:e|es|ed|ing|ion)|abolish(?:es|ed|ing)?|waiv(?:e|es|ed|er|ing)|expir(?:e|es|ed|y|ing))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Removal();

    [GeneratedRegex(@"\b(?:(?:cut|cuts|cutting)\b(?!" + TariffExtractor.CutGoodsNoun + @")|(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tion)|halv(?:e|es|ed|ing)|slash(?:es|ed|ing)?|eas(?:e|es|ed|ing))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Lowering();

    [GeneratedRegex(@"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|lift(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,8}?to\s+(?:\d|\w+\s+per))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Raising();
}
