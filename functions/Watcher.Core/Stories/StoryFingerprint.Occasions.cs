using System.Text.RegularExpressions;

namespace Watcher.Core.Stories;

/// <summary>Which occasion a headline reports: its forum, edition, meeting, correction, stage of a ruling, and the measure it names.</summary>
public sealed partial record StoryFingerprint
{
    /// <summary>Both headlines name one forum ("BRICS summit opens in India" / "Modi welcomes BRICS leaders").</summary>
    public bool HeadlinesNameSameForum(StoryFingerprint other) => TitleForums.Any(other.TitleForums.Contains);

    /// <summary>A live blog's headline ("Live: Stocks, bonds, dollar — Friday's market moves"): it names the blog, not the
    /// stories its entries tell, so its words say nothing either way; its lede is its latest entry. Read from the raw headline
    /// when the fingerprint is made ("Live:", "Live updates -", "LIVE |"): "Live cattle exports rise" is a headline about
    /// cattle. Index rows written before it was kept read false.</summary>
    public bool IsLiveHeadline { get; init; }

    // also a desk's blog, named by its beat before "live" ("Markets live: Asian shares, dollar, oil", "Business live – …",
    // "Politics Live | …"); a verb before it is no blog ("Tariff portal goes live: what exporters must file")
    [GeneratedRegex(@"^\s*(?:(?:markets?|business|politics|stocks|economy|trade|tariffs?|world|news|finance|money)\s+)?live(?:\s+(?:updates?|blog|coverage))?\s*[:|–—-]|^\s*live\s+(?:updates?|blog)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LiveBlogHeadline();

    /// <summary>Both headlines name a meeting of one edition ("26th EU-China summit, Brussels: joint press release" / "Li Qiang
    /// co-chairs 26th China-EU leaders' meeting in Brussels"): a numbered meeting happens once.</summary>
    public bool HeadlinesNameSameEdition(StoryFingerprint other) =>
        NamesMeeting && other.NamesMeeting && TitleOrdinals.Length > 0 && TitleOrdinals.Any(other.TitleOrdinals.Contains);

    /// <summary>
    /// This meeting headline names every participant of a lede meeting of the other item, by their country or a word of their
    /// name ("Erdoğan hosts Malaysia's Anwar, eyes deeper defense ties" for "e:Anwar Ibrahim|Recep Tayyip Erdogan"; "Lee, Xi
    /// agree to speed up FTA talks at Beijing summit" for "e:Lee Jae-myung|Xi Jinping"), where its own lede reads no meeting:
    /// what <see cref="HeadlineNamesMeasureOf"/> is for a measure. Only leaders the entity dictionary knows count (a minister's
    /// meeting is not their leaders').
    /// </summary>
    public bool HeadlineNamesMeetingOf(StoryFingerprint other)
    {
        if (!NamesMeeting) return false;
        foreach (var fact in other.ParsedFacts)
        {
            if (!fact.IsMeeting) continue;
            var all = true;
            foreach (var name in fact.Participants)
                if (!LeaderCountries.TryGetValue(name, out var country) || (!(TitleParties.Contains(country) && CountriesStandForLeaders) && !NamedInHeadline(name)))
                {
                    all = false;
                    break;
                }
            if (all) return true;
        }
        return false;
    }

    /// <summary>The headline names a leader the entity dictionary knows, by name or title ("Xi", "the South Korean president"),
    /// read from the raw headline when the fingerprint is made: its words fold a leader into their country ("@KR"), as they
    /// fold "South Korean". Null for an index row written before it was kept.</summary>
    public bool? HeadlineNamesKnownLeader { get; init; }

    /// <summary>A country the headline names may stand for its leader at a meeting: the headline names a known leader, a
    /// leader's title ("president", "leaders") or a leaders' occasion ("summit", "state visit"); "South Korean business
    /// delegation visits Beijing" names the countries, not Lee and Xi. A row written before the leader bit was kept reads as
    /// before (the countries stand for their leaders).</summary>
    private bool CountriesStandForLeaders =>
        HeadlineNamesKnownLeader != false || TitleSet.Overlaps(LeaderTitleWords) || TitleSet.Overlaps(SummitWords);

    private static readonly HashSet<string> SummitWords = Folded("summit", "state");

    /// <summary>The text says it corrects or clarifies an earlier report of it ("correcting an earlier statement that had put
    /// the new rate at 18%", "An earlier version of this story misstated the rate"), read from the raw text when the
    /// fingerprint is made. False for an index row written before it was kept.</summary>
    public bool StatesCorrection { get; init; }

    [GeneratedRegex(@"\b(?:correct(?:s|ed|ing)?|clarif(?:y|ies|ied|ying)|revis(?:es|ed|ing))\s+(?:an?\s+|the\s+|its\s+)?(?:earlier|previous|prior|initial)\b|\b(?:an?|the)\s+(?:earlier|previous)\s+version\s+of\s+this\b|\b(?:misstated|misreported|incorrectly\s+(?:stated|said|reported|gave))\b|^\s*\(?correct(?:ion|ed|s)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionWording();

    /// <summary>This item corrects the other's lede measure: it says it corrects an earlier report, and its lede states the
    /// other's rate beside its own, between the same parties ("… to 15% from 20%, correcting an earlier statement that had put
    /// the new rate at 18%" / "US to cut tariff on Sri Lankan goods to 18 percent"): the corrected report is its story, not
    /// a second measure.</summary>
    internal bool CorrectsMeasureOf(StoryFingerprint other)
    {
        if (!StatesCorrection) return false;
        foreach (var theirs in other.ParsedFacts)
        {
            if (theirs.Measure is not var (ib, tb, rb) || !_rates.Contains(rb.ToString(System.Globalization.CultureInfo.InvariantCulture))) continue;
            foreach (var mine in ParsedFacts)
                if (mine.Measure is var (ia, ta, ra) && ra != rb && ia == ib && ta == tb) return true;
        }
        return false;
    }

    /// <summary>
    /// This item's lede states two or more rates, among them the rate of every lede measure the other item reads, each between
    /// parties one of this item's own lede measures names ("the additional tariff of 24% … will continue to be suspended …, while
    /// the additional tariff of 10% will be retained … the additional tariffs of 15% on chicken" read as the 15% / "China will
    /// continue to suspend the 24 percent additional tariff … and keep the 10 percent tariff … The 15 percent tariffs on US
    /// chicken" read as the 24% and 10%): one decision's schedule, of which the extractor read other lines from each lede, not
    /// two measures that disagree. A measure of each at one rate on other goods is one imposer's two measures of one template
    /// ("… a safeguard duty of 15% on imports of flat steel …" / "… of 15% on imports of ceramic tiles …"): they disagree.
    /// Asked both ways round by <see cref="StoryMatcher.Score"/>.
    /// </summary>
    internal bool StatesRatesOfMeasures(StoryFingerprint other)
    {
        if (RateValues.Length < 2) return false;
        var any = false;
        foreach (var theirs in other.ParsedFacts)
        {
            if (theirs.Measure is not var (ib, tb, rb)) continue;
            if (Array.IndexOf(RateValues, rb) < 0) return false;
            var sameParties = false;
            foreach (var mine in ParsedFacts)
            {
                if (mine.Measure is not var (ia, ta, ra) || ia != ib || ta != tb) continue;
                // one rate on other goods is another measure of one template (one imposer's safeguards on steel and on tiles)
                if (ra == rb && !mine.Agrees(theirs)) return false;
                sameParties = true;
            }
            if (!sameParties) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The lede's rates as numbers, read once per fingerprint.</summary>
    private double[] RateValues => _rateValues ??= [.. _rates.Select(r => double.TryParse(r, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN)];
    private double[]? _rateValues;

    /// <summary>This headline states its lede measure's rate as the top of a range ("anti-dumping duties of up to 95.2
    /// percent", "as high as 70.1%") and the other item states that figure too, its own lede measure being another rate of the
    /// list between the same parties on the same goods ("Fangda Carbon 41.3 percent; … other suppliers 95.2 percent"): one
    /// ruling, its top rate and one exporter's. A ruling restating the original's top rate in its headline is another
    /// occasion only the headlines tell (a review, an extension: see <see cref="HeadlinesNameOtherOccasion"/>).</summary>
    internal bool HeadlineTopRateListedBy(StoryFingerprint other)
    {
        // a review or extension restates the original ruling's top rate: only headlines that agree on being one tell the same ruling
        if (!HeadlineStatesTopRate || other._figures.Count == 0 || TitleSet.Overlaps(ReviewWords) != other.TitleSet.Overlaps(ReviewWords)) return false;
        foreach (var mine in ParsedFacts)
        {
            if (mine.Measure is not var (ia, ta, ra)) continue;
            var rate = ra.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!TitleFigures.Contains(rate) || !other.FigureSet.Contains(rate)) continue;
            foreach (var theirs in other.ParsedFacts)
                if (theirs.Measure is var (ib, tb, rb) && rb != ra && rb < ra && ia == ib && (ta == tb || ta == "*" || tb == "*")
                    && mine.NamesProduct && theirs.NamesProduct && mine.SharesProductWith(theirs)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ReviewWords = Folded(
        "extend", "extension", "review", "expiry", "renew", "renewal", "prolong", "maintain", "keep", "continue", "retain", "reimpose");

    /// <summary>The headline states a rate as the top of a range ("duties of up to 95.2 percent", "as high as 70.1%", "ranging
    /// … to 35%"), read from the raw headline when the fingerprint is made ("up" is no headline word). False for an index row
    /// written before it was kept.</summary>
    public bool HeadlineStatesTopRate { get; init; }

    [GeneratedRegex(@"\b(?:up\s+to|as\s+(?:high|much)\s+as|top\s+rate\s+of|maximum\s+of|a\s+high\s+of|\d+(?:\.\d+)?\s*(?:%|percent|pct|per\s+cent)?\s*(?:-|–|to)\s*)\s*\d+(?:\.\d+)?\s*(?:%|percent|pct|per\s+cent)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopRateWording();

    /// <summary>A headline about a ministers' meeting ("SCO foreign ministers meet …"), not the leaders' summit days later.</summary>
    public bool IsMinisterialHeadline => (TitleSet.Contains(Minister) && !TitleSet.Contains(Prime)) || TitleSet.Contains(Ministerial);

    // Folded as headline words are (see Folded): "prime" is "prim" there.
    private static readonly string Visit = Fold("visit"), Minister = Fold("minister"), Prime = Fold("prime"), Ministerial = Fold("ministerial");

    /// <summary>The headline names leaders: a leader's title ("leaders", "president", "prime minister") or a participant of
    /// its lede meeting by a word of their name ("Carney looks to Europe for trade as he meets EU leaders"); officials' trade
    /// talks ("Japan, Finland hold trade talks in Tokyo") name none.</summary>
    public bool HeadlineNamesLeaders => _namesLeaders ??= TitleSet.Overlaps(LeaderTitleWords)
        || ParsedFacts.Where(f => f.IsEvent).SelectMany(f => f.Participants).Any(NamedInHeadline);
    private bool? _namesLeaders;

    /// <summary>The headline names leaders (<see cref="HeadlineNamesLeaders"/>) or an occasion only leaders hold (a summit, a
    /// visit, a state visit); a meeting headline naming neither ("LeBlanc, Ebrard meet in Mexico City") is officials'.</summary>
    public bool IsLeadersMeetingHeadline => HeadlineNamesLeaders || TitleSet.Overlaps(LeadersOccasionWords);

    private static readonly HashSet<string> LeadersOccasionWords = Folded("summit", "visit", "state");

    private static readonly HashSet<string> LeaderTitleWords = Folded("leader", "president", "premier", "chancellor", "prime", "king");

    /// <summary>The headline names a meeting ("summit", "talks", "visit", "leaders gather", "hosts").</summary>
    public bool NamesMeeting => (TitleKinds & MeetingKind) != 0;

    /// <summary>A headline about a meeting of leaders, not a trade measure or trade talks: it names a meeting word, no
    /// trade word, and not "trade" ("US, China trade talks resume in Geneva" is officials negotiating, often in the week
    /// the leaders meet).</summary>
    public bool IsMeetingHeadline => NamesMeeting && !IsTradeHeadline;

    private static readonly HashSet<string> MeetingWords = Folded(
        "summit", "visit", "talk", "meet", "meeting", "host", "welcome", "receive", "greet", "arrive", "hold", "held", "call", "state", "leader", "gather");

    private static bool OtherForums(StoryFingerprint a, StoryFingerprint b)
    {
        var (fa, fb) = (a.TitleForums, b.TitleForums);
        if (fa.Length == 0 && fb.Length == 0) return false;
        // one meeting headline puts the meeting at a forum the other item never mentions, the other names none: a meeting on
        // the forum's sidelines and one on a visit the other headline names ("Modi meets Albanese on G20 sidelines in Johannesburg" / "Albanese welcomed
        // by Modi in New Delhi on state visit"), however alike their ledes
        if (fa.Length == 0 || fb.Length == 0)
        {
            var (forums, other) = fa.Length > 0 ? (fa, b) : (fb, a);
            return a.IsMeetingHeadline && b.IsMeetingHeadline && other.TitleSet.Contains(Visit) && !forums.Any(other.EntitySet.Contains);
        }
        return !fa.Any(f => fb.Contains(f) || b.EntitySet.Contains(f)) && !fb.Any(f => fa.Contains(f) || a.EntitySet.Contains(f));
    }

    private static bool OtherEditions(StoryFingerprint a, StoryFingerprint b)
    {
        var (ea, eb) = (a.Editions, b.Editions);
        return ea.Length > 0 && eb.Length > 0 && !ea.Any(eb.Contains);
    }

    /// <summary>The editions the item names: its headline's, else, under a meeting headline, the one its lede's first sentence
    /// names ("EU-China summit in Brussels ends without breakthrough" over "The 26th EU-China summit ended in Brussels …"; a
    /// headline often names the meeting without its number, and the next edition a year later has the same parties, host
    /// words and agenda).</summary>
    private string[] Editions => _editions ??= TitleOrdinals.Length > 0 ? TitleOrdinals : LedeEdition is { } e && NamesMeeting ? [e] : [];
    private string[]? _editions;

    /// <summary>The edition of a meeting the lede's first sentence names: an ordinal ("26th", or "Third" before a name; not
    /// "first", nor the "eighth" of "Thirty-Eighth") up to four words before a meeting's noun ("the 26th EU-China summit", "the 70th Ordinary
    /// Session", "the third ASEAN-GCC summit"), as <see cref="TitleOrdinals"/> writes it ("26th", "3rd"). Read from the raw text
    /// when the fingerprint is made (its words are not kept), so an index row carries it; rows written before it was kept read
    /// none.</summary>
    public string? LedeEdition { get => _ledeEdition; init { _ledeEdition = value; _editions = null; } }
    private readonly string? _ledeEdition;

    internal static string? LedeEditionOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var first = SentenceEnd().Match(text);
        var sentence = first.Success ? text[..first.Index] : text;
        var match = LedeEditionWording().Match(sentence);
        if (!match.Success) return null;
        var ordinal = (match.Groups[1].Success ? match.Groups[1] : match.Groups[2]).Value.ToLowerInvariant();
        return OrdinalWords.TryGetValue(Fold(ordinal), out var n) ? n : ordinal;
    }

    // an ordinal in words only before a name ("the third ASEAN-GCC summit", "the Second Central Asia–GCC Summit"): "their second
    // summit of the year", "a third meeting in a month" count meetings, they name no edition.
    // A date is no edition: an ordinal beside a month, right after a weekday, or after "on (the)" ("on October 30th at the APEC summit",
    // "on 11th October at the informal summit", "arrived on the 31st for the APEC summit", "On the 26th leaders opened the
    // ASEAN summit"). The words between an edition and its meeting's noun are the meeting's name ("the 17th BRICS leaders'
    // summit", "the 70th ordinary session"), never an article, a preposition, a verb of meeting or a unit of time or of
    // counting ("the 2nd day of the G20 summit", "the 3rd round of talks at the summit"), and a meeting with or between persons
    // is counted, not numbered ("the 40th meeting of the two leaders", "his 12th meeting with Xi").
    [GeneratedRegex(@"(?<![\w-])(?<!\bon\s+(?:the\s+)?)(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.?,?\s+(?:the\s+)?)(?<!\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)(?:(\d{1,3}(?:st|nd|rd|th))(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\b)(?:\s+(?!" + EditionGap + @"(?![\w'’-]))[\w'’-]+){0,4}?|(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?!" + EditionGap + @"(?![\w'’–-]))(?-i:[A-Z])[\w'’–-]*){1,4})\s+(?:summit|meeting|session|conference|dialogue|plenary|ministerial|congress|convention|forum)s?\b(?!\s+(?:with|between)\s|\s+of\s+(?:the\s+two|both|their)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LedeEditionWording();

    /// <summary>Words that never stand between an edition and its meeting's noun: articles, prepositions, verbs of meeting, units of
    /// time and of counting, months.</summary>
    private const string EditionGap = "(?:the|a|an|at|for|of|on|in|to|from|during|after|before|ahead|by|with|and|as|since|"
        + "day|days|round|rounds|time|times|anniversary|year|years|week|weeks|month|months|"
        + "met|meet|meets|opened|opens|open|arrived|arrive|arrives|began|begin|begins|held|hold|holds|gathered|gather|gathers|"
        + "attended|attend|attends|hosted|host|hosts|joined|join|joins|convened|convene|convenes|ended|end|ends|closed|close|closes|"
        + "january|february|march|april|may|june|july|august|september|october|november|december)";

    private string[] TitleOrdinals => _titleOrdinals ??= [.. TitleWords.Where((w, i) => IsOrdinal(w) && (!OrdinalWords.ContainsKey(w) || BeforeEdition(i)))
        .Select(w => OrdinalWords.TryGetValue(w, out var n) ? n : w)];

    /// <summary>An ordinal in words names an edition only right before a forum's or meeting's name ("Second Central Asia-GCC
    /// Summit", "third ASEAN-GCC summit", "fifth session"), never "third countries", "second time", "second round of tariffs".</summary>
    private bool BeforeEdition(int ordinal)
    {
        for (var i = ordinal + 1; i < TitleWords.Count && i <= ordinal + 4; i++)
        {
            var w = TitleWords[i];
            if (EditionWords.Contains(w) || ForumOf(w) is not null) return true;
            if (w[0] != '@' && !EditionNameWords.Contains(w)) return false;
        }
        return false;
    }

    private static readonly HashSet<string> EditionWords = Folded("summit", "meeting", "forum", "session", "conference", "dialogue", "plenary", "ministerial", "congress", "convention", "council");
    private static readonly HashSet<string> EditionNameWords = Folded("central", "asia", "gulf", "africa", "arab", "pacific", "leaders", "annual", "ministerial", "gcc", "trade", "economic", "business", "investment");

    private string[]? _titleOrdinals;

    /// <summary>"48th", "2nd", "33rd": the edition of a recurring summit or meeting.</summary>
    private static bool IsOrdinal(string word) =>
        (word.Length >= 3 && char.IsDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && word[..^2].All(char.IsDigit))
        || OrdinalWords.TryGetValue(word, out _);

    /// <summary>An edition in words ("Second Central Asia-GCC Summit"), read as its number; "first" is left out ("first visit",
    /// "first quarter" say when, not which edition).</summary>
    private static readonly Dictionary<string, string> OrdinalWords = new[] { "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" }
        .Select((w, i) => (Fold(w), (i + 2) switch { 2 => "2nd", 3 => "3rd", var n => n + "th" })).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    private static bool OtherStages(StoryFingerprint a, StoryFingerprint b)
    {
        var (sa, sb) = (a.TitleStage, b.TitleStage);
        return sa != 0 && sb != 0 && sa != sb;
    }

    /// <summary>1 for a headline that names a provisional (preliminary, interim, stopgap) measure, 2 for a definitive (final,
    /// permanent) one, 0 for neither. A headline naming both is the definitive stage when it says so in a word only that stage
    /// uses ("… imposing a definitive anti-dumping duty and definitively collecting the provisional duty", "provisional
    /// duties made permanent"); with "final" alone it says nothing ("EU sets provisional duties, final ruling due in June").</summary>
    private static int Stage(HashSet<string> words, IReadOnlyList<string> ordered)
    {
        var (provisional, definitive) = (words.Overlaps(ProvisionalWords), words.Overlaps(DefinitiveWords) || ConfirmsRuling(words, ordered));
        if (provisional && definitive) return words.Overlaps(OnlyDefinitiveWords) ? 2 : 0;
        return provisional ? 1 : definitive ? 2 : 0;
    }

    private int TitleStage => _titleStage ??= Stage(TitleSet, TitleWords);
    private int? _titleStage;

    private static readonly HashSet<string> ProvisionalWords = Folded("provisional", "provisionally", "preliminary", "interim", "stopgap", "temporary");
    private static readonly HashSet<string> OnlyDefinitiveWords = Folded("definitive", "definitively", "permanent", "permanently", "finalise", "finalize");
    private static readonly HashSet<string> DefinitiveWords = [.. OnlyDefinitiveWords, .. Folded("final")];

    /// <summary>
    /// A trade-remedy ruling "confirms" its duties when it makes the provisional ones definitive ("EU confirms anti-dumping
    /// duties on Asian epoxy resins", "Brussels confirms glass fibre duties after investigation"); "China confirms provisional
    /// duties on EU brandy" names both and says nothing, as "final" does. Only a headline confirming a measure: one confirming
    /// a probe reports the probe ("Beijing confirms anti-dumping probe into European pork", "Ankara confirms safeguard
    /// investigation …": the first of a duty and a probe after "confirms" is what it confirms), and one confirming when a
    /// measure applies reports the measure's start, at whatever stage ("Commission confirms duties on Chinese biodiesel will
    /// apply from Friday", "… to take effect …").
    /// </summary>
    private static bool ConfirmsRuling(HashSet<string> words, IReadOnlyList<string> ordered)
    {
        if (!words.Overlaps(ConfirmWords) || words.Overlaps(TakesEffectWords)) return false;
        var safeguard = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!ConfirmWords.Contains(ordered[i])) continue;
            for (var j = i + 1; j < ordered.Count; j++)
            {
                if (ConfirmedMeasureWords.Contains(ordered[j])) return true;
                if (InquiryWords.Contains(ordered[j])) return false;
                safeguard |= SafeguardWords.Contains(ordered[j]);
            }
        }
        return safeguard;
    }

    private static readonly HashSet<string> ConfirmWords = Folded("confirm", "confirms", "confirmed");
    private static readonly HashSet<string> ConfirmedMeasureWords = Folded("duty", "duties", "tariff", "tariffs", "levy", "levies", "measure", "measures", "quota", "quotas");
    private static readonly HashSet<string> SafeguardWords = Folded("safeguard", "safeguards");
    private static readonly HashSet<string> InquiryWords = Folded("probe", "probes", "investigation", "investigations", "inquiry", "enquiry");
    private static readonly HashSet<string> TakesEffectWords = Folded(
        "apply", "applies", "applied", "effect", "effective", "kick", "kicks", "start", "starts", "begin", "begins", "enter", "enters", "force", "date");

    /// <summary>The forums a headline names (blocs other than the EU, which is a party): "@G20", or an acronym the entity
    /// dictionary does not read as a name on its own ("SCO").</summary>
    private string[] TitleForums => _titleForums ??= ReadTitleForums();
    private string[]? _titleForums;

    /// <summary>The headline's forums: by a word (<see cref="ForumOf"/>), by the forum's full name written out ("Pacific Islands
    /// Forum", "East African Community": the entity dictionary reads neither), and by an abbreviation that names other things
    /// too ("EAC", "PIF", "CIS", "AES", "MSG") only where the headline names one of the forum's members ("Ruto arrives in Arusha
    /// for EAC summit"; not "Saudi PIF chief arrives in Riyadh", the US Election Assistance Commission's "EAC meeting").</summary>
    private string[] ReadTitleForums()
    {
        List<string>? forums = null;
        foreach (var word in TitleWords)
            if (ForumOf(word) is { } f && (forums ??= []).IndexOf(f) < 0) forums.Add(f);
        foreach (var (id, words) in ForumNames.ByFullName)
            if ((forums is null || forums.IndexOf(id) < 0) && ContainsRun(TitleWords, words)) (forums ??= []).Add(id);
        foreach (var (word, id) in ForumNames.Ambiguous)
            if ((forums is null || forums.IndexOf(id) < 0) && TitleSet.Contains(word) && TitleParties.Any(p => Watcher.Core.Entities.ForumMembership.IsMember(id, p)))
                (forums ??= []).Add(id);
        return forums is null ? [] : [.. forums];
    }

    private static bool ContainsRun(IReadOnlyList<string> words, string[] run)
    {
        for (var i = 0; i + run.Length <= words.Count; i++)
        {
            var j = 0;
            while (j < run.Length && words[i + j] == run[j]) j++;
            if (j == run.Length) return true;
        }
        return false;
    }

    private static string? ForumOf(string word)
    {
        if (ForumNames.ByWord.TryGetValue(word, out var forum)) return forum;
        var id = word[0] == '@' ? word[1..] : word.Length >= 3 && word.All(char.IsAsciiLetterLower) ? word.ToUpperInvariant() : null;
        return id is not null && id != "EU" && Watcher.Core.Entities.EntityCatalog.Find(id)?.Kind == Watcher.Core.Entities.EntityKind.Bloc ? id : null;
    }

    /// <summary>The catalogue's forums (beyond its trade blocs) whose id is their own abbreviation ("ECOWAS", "SADC", "CELAC"),
    /// read from a headline word as the blocs are ("ECOWAS summit opens in Abuja"); not those whose id is no name of theirs or
    /// names other things ("AES", "CIS", "EAC", "MSG", "Commonwealth").</summary>
    private static class ForumNames
    {
        // by the headline word as folded ("ECOWAS" is "ecowa" there); not "PIF", which headlines use for Saudi Arabia's Public
        // Investment Fund as often as for the Pacific Islands Forum ("Saudi PIF chief arrives in Riyadh for investment summit")
        internal static readonly Dictionary<string, string> ByWord = Watcher.Core.Entities.EntityCatalog.Forums
            .Where(f => f.Id != "PIF" && f.Aliases.Any(a => a.Alias == f.Id)).ToDictionary(f => Fold(f.Id.ToLowerInvariant()), f => f.Id, StringComparer.Ordinal);

        /// <summary>The forums' names of two words or more, as headline words ("Pacific Islands Forum": pacific, island, forum).</summary>
        internal static readonly (string Id, string[] Words)[] ByFullName = [.. Watcher.Core.Entities.EntityCatalog.Forums
            .SelectMany(f => f.Aliases.Select(a => (f.Id, Words: ContentWords(a.Alias).Words.ToArray())))
            .Where(t => t.Words.Length >= 2)];

        /// <summary>The abbreviations that are a forum's id but no name of it the dictionary reads (they name other things too),
        /// of forums whose members are known: read only beside a member.</summary>
        internal static readonly (string Word, string Id)[] Ambiguous = [.. Watcher.Core.Entities.EntityCatalog.Forums
            .Where(f => f.Id.Length >= 3 && f.Id.All(char.IsAsciiLetterUpper) && Watcher.Core.Entities.ForumMembership.IsKnown(f.Id)
                && (f.Id == "PIF" || !f.Aliases.Any(a => a.Alias == f.Id)))
            .Select(f => (Fold(f.Id.ToLowerInvariant()), f.Id))];

    }

    private static bool NamesOwnProduct(StoryFingerprint a, StoryFingerprint b)
    {
        foreach (var fact in a.ParsedFacts)
            foreach (var product in fact.Products)
                foreach (var word in NamedProductWords(product))
                {
                    var folded = Fold(word);
                    if (a.TitleSet.Contains(folded) && !b.TitleSet.Contains(folded)) return true;
                }
        return false;
    }

    /// <summary>
    /// This item's headline names a lede measure of the other item without its rate: its imposer, its target (unless the
    /// measure is on every origin) and a word of its product ("China confirms brandy duties on EU" for "China … anti-dumping
    /// duties of up to 34.9 percent on brandy imported from the EU"). A headline with a rate states its own fact instead.
    /// </summary>
    public bool HeadlineNamesMeasureOf(StoryFingerprint other)
    {
        if (Facts.Count > 0) return false;
        foreach (var fact in other.ParsedFacts)
        {
            if (!fact.IsMeasure || fact.Measure is not var (imposer, target, _)) continue;
            // the target may go unnamed where the outlet is its own country's press and the headline names no other party
            // ("Prairie growers welcome canola reprieve from Beijing", over a text on Canadian canola seed)
            // A home's headline alone naming no party, stating an every-origin measure's rate and naming its goods ("Customs duty
            // on incense to rise to 15%" from a Saudi outlet, beside "Saudi Arabia will raise the customs duty on imported
            // incense … to 15 percent"): its home is whose measure it states. A headline alone says too little to name the
            // imposer otherwise (NamesImposer); here its home, the rate and the goods all agree.
            var homeBrief = target == "*" && Entities.Count == 0 && HeadlineOnly && HomeCountries.Contains(imposer)
                && fact.Measure is { Rate: var briefRate and > 0 } && StatesRate(briefRate.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!(homeBrief || NamesImposer(imposer, target)) || (target != "*" && !TitleParties.Contains(target)
                    && !(EntitySet.Contains(target) && TitleParties.All(p => p == imposer)))) continue;
            // an item that names no country is taken for the other's imposer's release only when it states that measure's rate
            // or none: its own rates for the goods are its own government's decision ("Budget 2027: Duty on electric vehicles
            // cut": "reduced to 10 per cent from 25 per cent", beside "FG cuts import duty on electric vehicles to 20%")
            if (Entities.Count == 0 && _rates.Count > 0 && fact.Measure is { Rate: var rate and > 0 }
                && !StatesRate(rate.ToString(System.Globalization.CultureInfo.InvariantCulture))) continue;
            foreach (var product in fact.Products)
                foreach (var word in NamedProductWords(product))
                    if (TitleSet.Contains(Fold(word))) return true;
        }
        return false;
    }

    /// <summary>The headline names the imposer, or says it another way ("Commission", "Centre", "MinCIT") in an item that
    /// names it elsewhere and whose headline names no other party.</summary>
    private bool NamesImposer(string imposer, string target) =>
        (TitleParties.Contains(imposer) && !(ListedParties.Contains(imposer) && ListedParties.Contains(target)))
        || (EntitySet.Contains(imposer) && TitleParties.All(p => p == imposer || p == target))
        // a government's own release names no country at all ("Tariffs on clothing and footwear to go": "the Government will
        // remove the remaining 10 per cent tariffs"): its imposer is the one the other item names. Not a headline alone,
        // which says too little to tell whose measure it is.
        || (Entities.Count == 0 && WordCount > StoryMatcher.ShortWords);

    /// <summary>Headline words (folded as <see cref="Fold"/> does) that make a headline a trade headline.</summary>
    private static readonly HashSet<string> TradeWords = Folded(
        "tariff", "duty", "anti", "dump", "antidump", "countervail", "subsidy", "safeguard", "import", "export", "levy", "tax", "surcharge", "trade",
        "customs");

    /// <summary>Other headline words every trade story may use: what is done, by whom, how much in general.</summary>
    private static readonly HashSet<string> TradeStoryWords = Folded(
        "impose", "slap", "raise", "hike", "cut", "lower", "increase", "extend", "approve", "announce", "confirm", "final", "provisional", "plan",
        "propose", "set", "deal", "government", "govt", "ministry", "minister", "official", "good", "product", "measure", "percent", "per", "cent",
        "up", "top", "new", "hit", "face",
        // what a government does to a duty, as releases and agencies word it ("Government applies provisional anti-dumping duty
        // on steel nails from China" / "Vietnam applies anti-dumping duties on PET resin from China": the verb was their only
        // shared "topic" word, and two rulings on two goods by two importers merged)
        "apply", "adopt", "issue", "publish", "decide", "introduce", "enforce", "finalise", "finalize", "definitive", "definitively",
        "preliminary", "interim", "stopgap", "temporary", "permanent", "additional",
        // the procedure, named by every ruling of every case ("Commerce announces affirmative preliminary determinations in
        // the countervailing duty investigations of …"): they took a long headline's six topic words from its product and parties
        "affirmative", "determination", "investigation", "probe", "inquiry", "ruling",
        // the instrument and its units, named by every quota, schedule and budget-line story of one imposer ("Philippines sets
        // tariff-rate quota for rice imports at 350,000 tonnes" / "… for sugar imports at 350,000 tonnes"; "Customs tariff
        // schedule amended for chapter 72" / "… for chapter 39"): they made two goods' headlines share a "topic" ("customs" is a trade word)
        "quota", "rate", "tonne", "ton", "schedule", "amend", "amendment", "chapter",
        // the notice that publishes a measure, and the procedure that extends one ("Anti-circumvention notice: imports of copper tubes")
        "notice", "notification", "gazette", "circumvention",
        // and the act that decides it, as a ministry titles it ("Resolution imposing definitive anti-dumping duties on imports of
        // hairbrushes …" / "RESOLUTION concluding the anti-dumping investigation on imports of portable cooler boxes …"; session 30)
        "resolution", "decree",
        // every country's budget changes its duties in the same words ("Budget 2027: changes to customs duties on agricultural
        // goods adopted" / "Union Budget 2027-28: changes in customs duty rates"): the budget is the instrument, not the topic
        "budget", "change",
        // the note that a headline reached the feed translated ("Indecopi imposes anti-dumping duties on latex balloons from China
        // (translated)" / "Commission imposes definitive anti-dumping duties on polypropylene twine from China and Türkiye
        // (translated)"): how the outlet's headline was read, not what it tells; it was two importers' rulings' one shared "topic"
        "translated",
        // where the goods come from, as every trade-remedy notice words it ("… on imports of 'Pentaerythritol' originating in or
        // exported from China PR and Thailand" / "… on imports of hairbrushes originating in China"): two importers' rulings on
        // two goods shared it as their one "topic" word (session 30, cluster40)
        "originate", "originating", "origin");

    /// <summary>A word list, written as a reader spells it, as headline words are compared: folded (<see cref="Fold"/>), so that "trade", "surcharge",
    /// "measure" and "state" match the headline words they fold to ("trad", "surcharg", "measur", "stat"). Written as a
    /// reader spells them, they never did: "trade" was a topic word of every trade headline and a pair key with it.</summary>
    internal static HashSet<string> Folded(params string[] words) => new(words.Select(Fold), StringComparer.Ordinal);

    /// <summary>Every party <paramref name="a"/>'s headline names is named somewhere in <paramref name="b"/>.</summary>
    private static bool NamesOnly(StoryFingerprint a, StoryFingerprint b)
    {
        // an item read for a country names it by its outlet ("Import duty on chicken and pork slashed to 5%" in a Mongolian paper
        // beside "Mongolia cuts customs tax on pork, poultry to 5 percent")
        // a member of a forum whose meeting both headlines name, at that meeting as its delegation ("Japan PM arrives in Vietnam
        // for APEC summit" beside the host's "APEC Economic Leaders' Meeting opens in Phu Quoc"): see StoryForum.cs
        foreach (var e in a.TitleParties) if (!b.EntitySet.Contains(e) && !b.HomeCountries.Contains(e) && !a.DelegationAtForumOf(b, e)) return false;
        return true;
    }

    // Sets built once per fingerprint: a lookup compares one item with every candidate the index returns.
    private HashSet<string>? _titleSet, _entitySet;
    private string[]? _titleParties;
    private HashSet<string> TitleSet => _titleSet ??= TitleWords.ToHashSet(StringComparer.Ordinal);
    private HashSet<string> EntitySet => _entitySet ??= Entities.ToHashSet(StringComparer.Ordinal);
    private string[] TitleParties => _titleParties ??= [.. TitleEntities()];

    /// <summary>
    /// The parties the headline names only in a list of parties, each time beside another ("… pipe and tube exported from
    /// China, Korea and Malaysia", "EU-China summit"): listed together, they are origins or partners alike, and none of them
    /// is named as the one who imposes a measure on another of them ("S. Korea extends anti-dumping duties on Chinese
    /// stainless steel pipes" is not the Australian ruling on pipe from China and Korea). Read once per fingerprint.
    /// </summary>
    private string[] ListedParties => _listedParties ??= ReadListedParties();
    private string[]? _listedParties;

    private string[] ReadListedParties()
    {
        List<string>? listed = null, alone = null;
        for (var i = 0; i < TitleWords.Count; i++)
        {
            if (TitleWords[i][0] != '@') continue;
            var party = TitleWords[i][1..];
            var beside = (i > 0 && TitleWords[i - 1][0] == '@') || (i + 1 < TitleWords.Count && TitleWords[i + 1][0] == '@');
            if (beside) (listed ??= []).Add(party);
            else (alone ??= []).Add(party);
        }
        return listed is null ? [] : [.. listed.Where(p => alone is null || !alone.Contains(p)).Distinct(StringComparer.Ordinal)];
    }
}
