using System.Text.RegularExpressions;
using Watcher.Core.Detection;

namespace Watcher.Core.Stories;

/// <summary>How two headlines compare: the words, parties, goods, bodies, means, duty kinds and times each names.</summary>
public sealed partial record StoryFingerprint
{
    /// <summary>Both headlines name one word of what the story is about other than a party: a product, a place, a name
    /// ("U.S., EU strike steel quota deal" / "Commission welcomes arrangement with the United States on steel").</summary>
    public bool HeadlinesShareAWordOfTheirTopic(StoryFingerprint other)
    {
        // every salient word, not only the six the index pairs: a long headline's product may come seventh ("Cognac makers
        // relieved as Beijing spares them from brandy duties"), and the answer must not depend on which item asks
        foreach (var w in TopicTitleWords)
            if (other.TitleSet.Contains(w)) return true;
        return false;
    }

    /// <summary>Every salient headline word other than a party, read once per fingerprint (a lookup scores up to 256 candidates).</summary>
    private string[] TopicTitleWords => _topicWords ??= [.. TitleWords.Where(w => w[0] != '@' && IsSalient(w)).Distinct(StringComparer.Ordinal)];
    private string[]? _topicWords;

    /// <summary>The two headlines share a word that says what the story is about: a party, a product, a place, a name (not
    /// trade or meeting vocabulary, not a number). A headline sharing none ("Bergen shipyard orders rise in May") reports
    /// another story, whatever measure its lede recalls.</summary>
    public bool HeadlinesRelated(StoryFingerprint other) => HeadlinesShareASalientWord(other, except: null);

    /// <summary><see cref="HeadlinesRelated"/> with words that do not count (<see cref="HeadlinesShareOnlyABudgetsWords"/>: a
    /// budget's own words): one definition of "a word of their own" for both.</summary>
    private bool HeadlinesShareASalientWord(StoryFingerprint other, Func<string, bool>? except)
    {
        var mine = TitleSet;
        foreach (var w in other.TitleSet)
            if (mine.Contains(w) && IsSalient(w) && (except is null || !except(w))) return true;
        return false;
    }

    /// <summary>A headline about something other than trade or diplomacy: it names no country or bloc, no trade word and no
    /// meeting ("Bergen shipyard orders rise in May"). A measure its lede recalls is background.</summary>
    public bool HeadlineOffTopic =>
        TitleWords.Count >= MinTitleWords && !TitleWords.Any(w => w[0] == '@') && !IsTradeHeadline && !NamesMeeting;

    /// <summary>The most headline words whose pairs are index keys.</summary>
    public const int SalientWords = 6;

    /// <summary>
    /// The headline's words that say what the story is about — its parties, products, places and names, not the
    /// vocabulary every trade or meeting story uses, nor numbers (a rate is in the fact keys; "25" is in a quarter of all
    /// trade headlines, and its pairs made lookups read big buckets) — sorted, at most <see cref="SalientWords"/>. Two headlines of one
    /// story in other words, or a headline alone and its article's headline, share a pair of them ("Trump spares Aussie
    /// beef from tariffs" / "US exempts Australian beef from 10% tariff": @AU and beef) where they share no headline band.
    /// </summary>
    internal string[] SalientTitleWords => _salient ??= [.. TitleWords.Where(IsSalient).Distinct(StringComparer.Ordinal).Take(SalientWords).Order(StringComparer.Ordinal)];
    private string[]? _salient;

    private static bool IsSalient(string word) =>
        word.Length >= 2 && !char.IsDigit(word[0]) && !TradeWords.Contains(word) && !TradeStoryWords.Contains(word) && !MeetingWords.Contains(word)
        && !HeadlineAction.IsMonth(word);

    /// <summary>Headlines shorter than this (in content words) are too generic to compare.</summary>
    public const int MinTitleWords = 3;

    /// <summary>The Jaccard similarity of the two headlines' content words (0 when either is too short).</summary>
    public double TitleSimilarity(StoryFingerprint other)
    {
        if (TitleWords.Count < MinTitleWords || other.TitleWords.Count < MinTitleWords) return 0;
        var mine = TitleSet;
        var shared = 0;
        foreach (var w in other.TitleSet) if (mine.Contains(w)) shared++;
        return (double)shared / (mine.Count + other.TitleSet.Count - shared);
    }

    /// <summary>The countries and blocs the shorter item's headline names are all named somewhere in the longer item, or are its
    /// home by its outlet (see <see cref="HomeCountries"/>): a
    /// headline about Indonesia's duty is not the story of an article that never mentions Indonesia, and headlines that
    /// agree on everything but the country ("…on Canadian steel" / "…on Mexican steel") are different news.</summary>
    /// Between two full articles (both longer than a headline) only headlines that each name a party the other never
    /// mentions disagree: a release that says "the government" where the wire copy says "India" is still India's story.
    public bool EntitiesCompatible(StoryFingerprint other)
    {
        if (Math.Min(WordCount, other.WordCount) > StoryMatcher.ShortWords) return NamesOnly(this, other) || NamesOnly(other, this);
        var (shorter, longer) = WordCount <= other.WordCount ? (this, other) : (other, this);
        return NamesOnly(shorter, longer);
    }

    /// <summary>Both headlines name at least two parties, and every party of the headline that names fewer is named
    /// in the other headline too ("Putin, Modi start talks" / "Putin arrives in New Delhi for summit with Modi as US
    /// pressure mounts").</summary>
    public bool HeadlinesNameSameParties(StoryFingerprint other)
    {
        var (fewer, more) = HeadlineParties.Length <= other.HeadlineParties.Length ? (HeadlineParties, other.HeadlineParties) : (other.HeadlineParties, HeadlineParties);
        return fewer.Length >= 2 && fewer.All(more.Contains);
    }

    /// <summary>The parties the headline names, with the country of a lede meeting's participant it names by one word of
    /// their name only ("Lee arrives in Beijing for state visit" over a lede naming Lee Jae-myung: Korea), which the
    /// entity dictionary does not read alone (a surname is shared by many people).</summary>
    private string[] HeadlineParties => _headlineParties ??= [.. TitleParties.Concat(ParsedFacts.Where(f => f.IsEvent).SelectMany(f => f.Participants)
        .Where(NamedInHeadline).Select(name => LeaderCountries.GetValueOrDefault(name)).OfType<string>()).Distinct(StringComparer.Ordinal)];
    private string[]? _headlineParties;

    private bool NamedInHeadline(string name)
    {
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (word.Length >= 3 && TitleSet.Contains(Fold(word.ToLowerInvariant()))) return true;
        return false;
    }

    private static readonly Dictionary<string, string> LeaderCountries = Watcher.Core.Entities.EntityCatalog.All
        .Where(e => e.Kind == Watcher.Core.Entities.EntityKind.Leader && e.Country is not null)
        .GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Country!, StringComparer.Ordinal);

    /// <summary>The headline names a forum (a bloc other than the EU: "G20", "APEC", "SCO").</summary>
    public bool NamesForum => TitleForums.Length > 0;

    /// <summary>
    /// Two meeting headlines name the same meeting's parties: those of one are among the other's, which names two or more,
    /// all of them named somewhere in the first item ("Prime Minister welcomes President of Chile", over a text naming New
    /// Zealand / "Chilean President in Wellington for talks with Luxon"). Headlines naming different guests disagree.
    /// </summary>
    public bool HeadlinesNameOneMeetingsParties(StoryFingerprint other)
    {
        var (fewer, more) = TitleParties.Length <= other.TitleParties.Length ? (this, other) : (other, this);
        return fewer.TitleParties.Length >= 1 && more.TitleParties.Length >= 2
            && fewer.TitleParties.All(more.TitleParties.Contains) && more.TitleParties.All(fewer.EntitySet.Contains);
    }

    /// <summary>The headline names a trade word; a meeting's outcome names none ("Tinubu, Erdogan sign nine agreements").</summary>
    public bool IsTradeHeadline => (TitleKinds & TradeKind) != 0;

    /// <summary>Whether the headline has trade, meeting and retaliation words, read once per fingerprint (a lookup scores up to 256 candidates).</summary>
    private int TitleKinds => _titleKinds ??= (TitleSet.Overlaps(TradeWords) ? TradeKind : 0) | (TitleSet.Overlaps(MeetingWords) || TitleSet.Overlaps(ForeignSummitWords) ? MeetingKind : 0)
        | (HeadlineAction.IsRetaliation(TitleSet) ? RetaliationKind : 0);
    private int? _titleKinds;
    private const int TradeKind = 1, MeetingKind = 2, RetaliationKind = 4;
    private bool IsRetaliationHeadline => (TitleKinds & RetaliationKind) != 0;

    /// <summary>
    /// Two trade headlines share a word that says what the story is about (a product, a place, a number, a name), not
    /// only a country and the vocabulary every trade story uses: "Solar cell imports from China to attract anti-dumping
    /// duty" shares "China", "anti-dumping" and "duty" with any anti-dumping story on Chinese goods, and most of its
    /// words are contained in such an article. Headlines in another language naming a duty share that vocabulary in their
    /// own words ("droit de douane sur les", see <see cref="IsForeignDutyPhraseWord"/>). Headlines without trade words (a
    /// summit, a visit: their countries and forum are their topic) always pass.
    /// </summary>
    public bool HeadlinesShareATopicWord(StoryFingerprint other)
    {
        if (!IsTradeHeadline && !other.IsTradeHeadline && !(NamesForeignDuty && other.NamesForeignDuty)) return true;
        foreach (var w in other.TitleSet)
            if (w[0] != '@' && !TradeWords.Contains(w) && !TradeStoryWords.Contains(w) && !IsForeignDutyPhraseWord(w) && TitleSet.Contains(w)) return true;
        return false;
    }

    /// <summary>
    /// Two trade headlines written alike (a third of their words shared), naming no party but the imposer, that share no word
    /// of their topic, each naming one of its own: one imposer's template told for two goods or two schedules ("Safeguard measures on imports of aluminium
    /// foil" / "… of float glass"; "… quota for rice imports at 350,000 tonnes" / "… for sugar imports …"). What they share
    /// is parties, trade vocabulary and figures, which every one of that imposer's every-origin measures repeats. A word
    /// inflected or abbreviated in the other headline ("msg" / "monosodium glutamate") is shared.
    /// </summary>
    public bool HeadlinesNameOnlyOtherTopics(StoryFingerprint other)
    {
        // every-origin headlines name their imposer at most (a measure on one partner's goods is told by the partner's name)
        if (!IsTradeHeadline || !other.IsTradeHeadline || TitleParties.Length > 1 || other.TitleParties.Length > 1
            || TitleSimilarity(other) < StoryMatcher.TitleBar) return false;
        var (mine, theirs) = (TopicTitleWords, other.TopicTitleWords);
        if (mine.Length == 0 || theirs.Length == 0) return false;
        foreach (var w in mine)
            foreach (var o in theirs)
                if (w == o || SameWord(w, o)) return false;
        foreach (var w in mine) if (Abbreviates(w, theirs)) return false;
        foreach (var o in theirs) if (Abbreviates(o, mine)) return false;
        return true;
    }

    /// <summary>
    /// Each headline names a product of its own lede measures that the other headline does not ("Colombia raises 10%
    /// tariff on Indian cement" / "… on Indian coffee"): two measures, two stories, however much of a wire template
    /// their texts share.
    /// </summary>
    public bool HeadlinesNameOtherProducts(StoryFingerprint other) => NamesOwnProduct(this, other) && NamesOwnProduct(other, this);

    /// <summary>
    /// One trade headline names the goods of its own lede measure, and the other names none of their words but goods of its
    /// own, a word the first headline lacks ("… on hydrogen peroxide from China" / "… on polyester film from China, UAE",
    /// where the second lede states no rate the extractor reads): one imposer's rulings on two goods.
    /// </summary>
    public bool HeadlinesNameOtherGoods(StoryFingerprint other) => NamesOtherGoods(this, other) || NamesOtherGoods(other, this);

    private static bool NamesOtherGoods(StoryFingerprint a, StoryFingerprint b)
    {
        if (!a.IsTradeHeadline || !b.IsTradeHeadline) return false;
        var named = false;
        foreach (var fact in a.ParsedFacts)
            foreach (var product in fact.Products)
                foreach (var word in NamedProductWords(product))
                {
                    var folded = Fold(word);
                    if (b.TitleSet.Contains(folded)) return false;
                    named |= a.TitleSet.Contains(folded);
                }
        if (!named) return false;
        foreach (var w in b.SalientTitleWords)
            if (w[0] != '@' && !a.TitleSet.Contains(w)) return true;
        return false;
    }

    /// <summary>This headline names a word of a product of the other item's lede measures ("EU locks in sweetener duties: what
    /// the sucralose tariffs mean" for "m:EU>CN:119.6#sucralose").</summary>
    /// <remarks>Only the headline's main clause counts: a product named after "after", "following", "amid" or "despite" is
    /// the background the news follows ("US hits Canadian lumber with 35% duty after steel"), not a second name of its goods.</remarks>
    public bool HeadlineNamesProductOf(StoryFingerprint other)
    {
        var main = TitleWords.Count;
        if (TitleMainWords is { } m && m < main) main = m;
        foreach (var fact in other.ParsedFacts)
            foreach (var product in fact.Products)
                foreach (var word in NamedProductWords(product))
                {
                    var folded = Fold(word);
                    for (var i = 0; i < main; i++) if (TitleWords[i] == folded) return true;
                }
        return false;
    }

    /// <summary>How many of <see cref="TitleWords"/> come before a background clause of the headline ("… after steel", "…
    /// following …", "amid …", "despite …"); null for all (also index rows written before it was kept).</summary>
    public int? TitleMainWords { get; init; }

    /// <summary>The raw headline announces its tariff action ahead ("EU to slap …", "moves to raise …"; see
    /// <see cref="HeadlineAction.AnnouncesAhead"/>). Index rows written before it was kept read false.</summary>
    public bool HeadlineAnnouncesAhead { get; init; }

    private static int? MainWordsOf(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var match = BackgroundClause().Match(title);
        if (!match.Success) return null;
        return ContentWords(StoryKeys.NormalizedTitleText(title[..match.Index])).Words.Count;
    }

    [GeneratedRegex(@"iz(?=[eai])", RegexOptions.CultureInvariant)]
    private static partial Regex AmericanIz();

    [GeneratedRegex(@"\b(?:after|following|amid|despite)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundClause();

    /// <summary>A trade headline naming a tariff measure, not only trade ("Indonesia, Vietnam agree to boost trade to US$18
    /// billion" names none: a visit's outcome).</summary>
    public bool IsMeasureHeadline => IsTradeHeadline && TitleSet.Any(w => TradeWords.Contains(w) && w != TradeWord);

    private static readonly string TradeWord = Fold("trade");

    /// <summary>Both headlines name exactly one party, the same (the host of the forum they name: "Philippines opens 49th ASEAN
    /// Summit" / "… as leaders meet in Philippines"), and one forum, the same.
    /// A headline naming a second or compound forum ("Gulf leaders join ASEAN-GCC summit as meetings continue in Malaysia")
    /// names another meeting at that host.</summary>
    public bool HeadlinesNameSameHost(StoryFingerprint other) => TitleParties.Length == 1 && other.TitleParties.Length == 1 && TitleParties[0] == other.TitleParties[0]
        && TitleForums.Length == 1 && other.TitleForums.Length == 1;

    /// <summary>This headline names a product of its own lede measures that the other headline does not ("US raises duties
    /// on Canadian softwood lumber to 35%" / "Trump raises tariff on Canadian goods to 35%").</summary>
    public bool HeadlineNamesOwnProduct(StoryFingerprint other) => NamesOwnProduct(this, other);

    /// <summary>
    /// The two headlines name different occasions, so the items are different news however alike their words and
    /// leaders: another forum that neither item mentions ("Putin, Xi arrive in Bishkek for SCO summit" / "BRICS summit
    /// opens in India with Putin on screen": the same leaders attend both), another edition ("48th ASEAN summit" /
    /// "49th ASEAN summit"), or another stage of one trade case ("provisional duties" / "definitive duties": the same
    /// imposer, target and product months apart).
    /// </summary>
    public bool HeadlinesNameOtherOccasion(StoryFingerprint other) =>
        OtherForums(this, other) || OtherEditions(this, other) || OtherStages(this, other) || OtherYears(this, other)
        || OtherActions(this, other) || OtherVisitTimes(this, other) || Answers(this, other) || Answers(other, this) || OtherMinistries(this, other)
        || SideMeeting(this, other) || SideMeeting(other, this) || OtherMeans(this, other) || OtherMeans(other, this)
        || OtherBodies(this, other) || OtherBodies(other, this);

    /// <summary><paramref name="a"/>'s trade item is a legislature's vote ("Parliament backs …", "MEPs vote to double …", "Senate
    /// passes …") and <paramref name="b"/>'s a council's, cabinet's or the member governments' adoption ("Council gives final green
    /// light …", "EU countries give final approval …"): two stages of one law, weeks apart, each its news, whatever measure both
    /// ledes read. Each item's stage is its headline's body, or, under a headline naming none ("Turkish steelmakers brace for
    /// EU's 50% tariff above quota"), the body its lede has act (<see cref="LedeBody"/>: "… after the European Parliament approved
    /// on Tuesday a 50% tariff"); one of the two headlines must name its body. One trade headline will do: a release may name
    /// its law by its aim alone ("Steel: Parliament backs new measure to protect EU producers from global overcapacity").</summary>
    private static bool OtherBodies(StoryFingerprint a, StoryFingerprint b) =>
        (a.IsTradeHeadline || b.IsTradeHeadline) && a.StageBody == Body.Legislature && b.StageBody == Body.Executive
        && (a.HeadlineBody != Body.None || b.HeadlineBody != Body.None);

    /// <summary>Which body acts at a stage of a law: a legislature voting, or a council, cabinet or the member governments adopting.</summary>
    public enum Body { None, Legislature, Executive }

    /// <summary>The body the lede's opening has act: a legislature or a council, cabinet or governments named right before a verb
    /// of voting or adopting ("The European Parliament on Tuesday approved …", "EU governments on Monday gave final approval …",
    /// "… after lawmakers passed …"); none when it names both kinds so ("The Council adopted the law the Parliament approved in
    /// January") or neither. Index rows written before it was kept read none.</summary>
    public Body LedeBody { get; init; }

    private Body HeadlineBody => NamesLegislature ? Body.Legislature : NamesExecutiveBody ? Body.Executive : Body.None;

    private Body StageBody => HeadlineBody is var headline and not Body.None ? headline : LedeBody;

    /// <summary>How many runs of characters other than a space <paramref name="span"/> holds (what splitting it at spaces and
    /// dropping empty entries counts), without making the strings.</summary>
    private static int SpaceSeparatedWords(ReadOnlySpan<char> span)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in span)
        {
            if (c == ' ') inWord = false;
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }

    /// <summary>The body acting in the opening of <paramref name="text"/>: its first sentences, up to a dozen words (a release's
    /// "Plenary session. Press release." is no sentence of news).</summary>
    internal static Body LedeBodyOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Body.None;
        var end = 0;
        var words = 0;
        foreach (Match sentence in SentenceEnd().Matches(text))
        {
            words += SpaceSeparatedWords(text.AsSpan(end, sentence.Index - end));
            end = sentence.Index + sentence.Length;
            if (words >= 12) break;
        }
        if (words < 12) end = text.Length;
        var opening = text[..end];
        var legislature = LegislatureActs().IsMatch(opening);
        var executive = ExecutiveActs().IsMatch(opening);
        return legislature == executive ? Body.None : legislature ? Body.Legislature : Body.Executive;
    }

    [GeneratedRegex(@"[.!?](?:\s+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // up to three words between the body and its verb ("on Tuesday", "on Monday gave", "today")
    private const string ActVerb = @"(?:\s+\S+){0,3}?\s+(?:approved|adopted|passed|voted|backed|endorsed|ratified|cleared|gave|signed off|rubber-stamped)\b";

    [GeneratedRegex(@"\b(?:parliament|parliamentarians|MEPs|MPs|lawmakers|legislators|legislature|senate|senators|congress|deputies|assembly|house of representatives)" + ActVerb,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegislatureActs();

    [GeneratedRegex(@"\b(?:council|cabinet|ministers|governments|(?:EU|member) countries|member states)" + ActVerb,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExecutiveActs();

    /// <summary>The headline names a legislature: "Parliament", "MEPs", "Senate"; an assembly only as a house ("National
    /// Assembly", "People's Assembly", not "car assembly kits"); deputies only as a chamber or voting ("Chamber of Deputies",
    /// "deputies vote", not "deputy minister").</summary>
    private bool NamesLegislature
    {
        get
        {
            if (TitleSet.Overlaps(LegislatureWords)) return true;
            for (var i = 0; i < TitleWords.Count; i++)
            {
                var w = TitleWords[i];
                if (w == Assembly && i > 0 && AssemblyKindWords.Contains(TitleWords[i - 1])) return true;
                if (w == Deputy && ((i > 0 && TitleWords[i - 1] == Chamber) || (i + 1 < TitleWords.Count && VoteWords.Contains(TitleWords[i + 1])))) return true;
            }
            return false;
        }
    }

    /// <summary>The headline names a council, cabinet or the member governments; countries only as members ("EU countries",
    /// "member countries", not "tariffs on countries buying Russian oil").</summary>
    private bool NamesExecutiveBody
    {
        get
        {
            if (TitleSet.Overlaps(ExecutiveBodyWords)) return true;
            for (var i = 1; i < TitleWords.Count; i++)
                if (TitleWords[i] == Country && (TitleWords[i - 1][0] == '@' || TitleWords[i - 1] == Member)) return true;
            return false;
        }
    }

    private static readonly HashSet<string> LegislatureWords = Folded(
        "parliament", "parliamentary", "mep", "meps", "mps", "lawmaker", "lawmakers", "legislator", "legislators", "legislature",
        "senate", "senators", "congress");

    private static readonly string Assembly = Fold("assembly"), Deputy = Fold("deputies"), Chamber = Fold("chamber"), Country = Fold("countries"), Member = Fold("member");
    private static readonly HashSet<string> AssemblyKindWords = Folded("national", "general", "legislative", "people", "people's", "peoples", "federal", "constituent", "state");
    private static readonly HashSet<string> VoteWords = Folded("vote", "votes", "voted", "approve", "approves", "approved", "pass", "passes", "passed", "back", "backs", "backed", "reject", "rejects", "rejected");

    private static readonly HashSet<string> ExecutiveBodyWords = Folded("council", "cabinet", "governments", "ministers");

    /// <summary>The rates this item's lede states, as <see cref="Rates"/> and its lede measures read them.
    /// A rate stated as a distinctive figure anywhere in the item counts ("up to 95.2 percent" listed further down), and so
    /// does one the other rounds ("38%" / "38.02 percent").</summary>
    private bool StatesRate(string rate)
    {
        if (_rates.Contains(rate) || (_figures.Count > 0 && FigureSet.Contains(rate))) return true;
        var value = double.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var r in _rates)
            if (Rounds(double.Parse(r, System.Globalization.CultureInfo.InvariantCulture), value)) return true;
        foreach (var f in ParsedFacts)
            if (f.Measure is { } m && Rounds(m.Rate, value)) return true;
        return false;

        static bool Rounds(double x, double y) => Math.Abs(x - y) < 1 && (x == Math.Floor(x) || y == Math.Floor(y)) || x == y;
    }

    /// <summary>This headline states a rate, and the other item's lede states a measure but none of the headline's rates ("MPs pass 25pc duty on imported sugar" / "… a customs duty at the rate of 20 percent shall be applied to
    /// white sugar"): the headline's rate is its news, and the other item's news is another rate.</summary>
    public bool HeadlineRateNotIn(StoryFingerprint other)
    {
        // a ruling's top rate ("up to 95.2 percent") is one of the rates of the list another item states
        if (HeadlineStatesTopRate) return false;
        var any = false;
        foreach (var r in HeadlineRates)
        {
            if (other.StatesRate(r)) return false;
            any = true;
        }
        if (!any) return false;
        // the other's lede must state a measure: a percentage alone may be inflation or a market share ("food inflation
        // falling to 18.2 percent"), and its duty may be stated in words ("a fifth of the value")
        foreach (var f in other.ParsedFacts) if (f.Measure is not null) return true;
        // or its trade headline states a rate of its own: a duty's rate, read even where no imposer is named and so no
        // measure is ("Import duty of 20% to be imposed on white sugar" beside "MPs pass 25pc duty on imported sugar")
        return other.IsTradeHeadline && other.HeadlineRates.Length > 0 && !other.HeadlineStatesTopRate;
    }

    /// <summary><paramref name="a"/>'s headline names leaders' call ("Lula and Trump talk by phone about tariffs", "Xi, Putin
    /// hold video call") and <paramref name="b"/>'s names no call but the leaders meeting ("Trump hosts Lula at White House") or
    /// a rate the call's item never states ("… obtains reduction of US tariff to 15%"): the call and the visit or decision it
    /// led to are two occasions, whatever leaders and tariff they share. A visit the other headline announces ahead or names as
    /// a visit ("Norway's PM to meet Trump at White House in April", "Prime Minister to visit Washington") is the call's sequel,
    /// weeks later, not its copy: a call is no visit. Nor is a leader's trip there ("President heads to Washington over 20%
    /// tariff", <see cref="NamesTrip"/>; session 29, cluster39).</summary>
    private static bool OtherMeans(StoryFingerprint a, StoryFingerprint b) =>
        a.NamesCall && !b.NamesCall && (b.TitleVisit != HeadlineAction.Visit.None
            || b.TitleSet.Contains(Visit) || b.NamesTrip || b.HeadlineRates.Any(r => !a.StatesRate(r)));

    /// <summary>The headline names a trip to a country: a verb of travel just before the country, its capital or its seat ("heads
    /// to Washington", "flies to Beijing", "leaves for Hanoi": the headline's words drop "to" and "for", and name the place by its
    /// country), or a trip before or after it ("trip to Washington", "President's Washington trip"). A verb of travel before
    /// anything else is no trip ("heads of state meet", "Bill heads to Senate").</summary>
    private bool NamesTrip
    {
        get
        {
            for (var i = 0; i + 1 < TitleWords.Count; i++)
            {
                if (TravelWords.Contains(TitleWords[i]) && TitleWords[i + 1][0] == '@') return true;
                // session 33 (cluster48): a call's copy joined the visit's story through "President's Washington trip"
                if (TitleWords[i][0] == '@' && TripWords.Contains(TitleWords[i + 1])) return true;
            }
            return false;
        }
    }

    private static readonly HashSet<string> TravelWords = Folded(
        "head", "heads", "headed", "heading", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies",
        "flew", "depart", "departs", "departed", "leave", "leaves", "leaving", "trip", "trips");

    private static readonly HashSet<string> TripWords = Folded("trip", "trips");

    /// <summary>The headline names a call, not a meeting in person ("talk by phone", "phone call", "video call").</summary>
    /// A "video" first in the headline and not before a call noun is a media label ("VIDEO: Modi receives Putin"); a "call"
    /// is a call unless a request ("calls for", "calls on", "call to": stop words the words drop, so the word after must be
    /// a call's: "Trump call focused on …", "calls Xi", a call at the end).</summary>
    private bool NamesCall
    {
        get
        {
            for (var i = 0; i < TitleWords.Count; i++)
            {
                var w = TitleWords[i];
                if (w == Video) { if (i > 0 || (i + 1 < TitleWords.Count && CallNouns.Contains(TitleWords[i + 1]))) return true; }
                else if (CallWords.Contains(w)) return true;
            }
            return _namesCallNoun;
        }
    }

    /// <summary>The raw headline names a call as a noun or a leader calling another ("Carney says Trump call focused on 35%
    /// tariff", "Lula's call with Trump", "Trump calls Xi"), not a request ("calls for", "calls on", "call to", "calls off"); or
    /// the headline's leaders talk and the lede says by phone (<see cref="TalksHeldByPhone"/>).
    /// Index rows written before it was kept read false.</summary>
    public bool HeadlineNamesCall { get => _namesCallNoun; init => _namesCallNoun = value; }
    private bool _namesCallNoun;

    // a leader who "speaks with" or "spoke with" another is on the phone ("PM speaks with President of Brazil", "Prime Minister
    // spoke with the US President about tariffs"): a meeting in person is "meets", "holds talks with"
    [GeneratedRegex(@"\bcalls?\b(?!\s+(?:for|on|to|off|out|in|up|back|it|them|him|her|time|into)\b)(?!\s*$)|\bcall\s*$|\b(?:speaks|spoke|spoken)\s+with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallNoun();

    private static readonly string Video = Fold("video");
    private static readonly HashSet<string> CallNouns = Folded("call", "calls", "conference", "link", "chat", "talk", "talks", "meeting", "summit");
    private static readonly HashSet<string> CallWords = Folded("phone", "phones", "phoned", "telephone", "telephoned", "videoconference");

    /// <summary>The rates the headline states (of <see cref="Rates"/>, the numbers among the headline's words).</summary>
    /// <remarks>Read once per fingerprint: it is asked of every candidate pair a lookup scores.</remarks>
    private string[] HeadlineRates => _headlineRates ??= [.. _rates.Where(r => TitleSet.Contains(r) || TitleSet.Contains(r + "pc"))];
    private string[]? _headlineRates;

    /// <summary>Each headline names a kind of duty the other does not: an excise (a tax on goods sold at home), an import or
    /// customs duty, an export duty ("Kenya raises excise duty on sugar confectionery" / "Kenya hikes import duty on sweets"):
    /// one government's two measures on one good, two stories.</summary>
    public bool HeadlinesNameOtherDutyKind(StoryFingerprint other) =>
        DutyKind != 0 && other.DutyKind != 0 && DutyKind != other.DutyKind;

    /// <summary>The headline's kind of duty, read once: 1 an excise, 2 an export duty (no import named), 3 an import or customs
    /// duty, 0 none named.</summary>
    private int DutyKind
    {
        get
        {
            if (_dutyKind < 0)
                _dutyKind = !TitleSet.Overlaps(DutyWords) ? 0
                    : TitleSet.Contains(Excise) ? 1
                    : TitleSet.Contains(Export) && !TitleSet.Contains(Import) ? 2
                    : TitleSet.Contains(Import) || TitleSet.Contains(Customs) ? 3 : 0;
            return _dutyKind;
        }
    }

    private int _dutyKind = -1;
    private static readonly string Excise = Fold("excise"), Export = Fold("export"), Import = Fold("import"), Customs = Fold("customs");
    private static readonly HashSet<string> DutyWords = Folded("duty", "duties", "tariff", "tariffs", "tax", "levy", "cess", "excise");

    /// <summary>
    /// A digest's headline: a period's review, a weekly brief, a round-up ("GCC trade policy review, Q4 2026: …", "Trade policy
    /// in the first quarter of 2027: a quarterly review", "Trade Brief, Dec. 1: …", "Week in trade: …"). Its lede restates
    /// the period's decisions, each another story's; none of them is the digest's own news.
    /// </summary>
    /// <remarks>A periodical's name ("Trade Remedies Weekly: Vietnam's thread duties, Japan's pipe fittings, India's citrate",
    /// "Tariff Monthly — Kenya, Ghana, Peru") is a digest when its headline lists three or more parties, one story each; a
    /// weekly or monthly figure of one country ("China's weekly soybean purchases fall") is news of its own.</remarks>
    public bool IsDigestHeadline => (_digest ??= TitleSet.Overlaps(DigestWords)
        || (TitleSet.Overlaps(DigestPeriodWords) && TitleSet.Overlaps(DigestReviewWords))
        || (TitleSet.Overlaps(PeriodicalWords) && TitleParties.Length >= DigestListedParties)) || IsBudgetRoundup;
    private bool? _digest;

    /// <summary>A round-up: a lede that states the measures of three or more imposers, each country's own duty in a clause of its own
    /// ("Zambia raised its duty on … to 25%; Zimbabwe's Treasury put a 40% duty on …; Ghana lifted …"). Like a digest's, its lede
    /// restates other stories' decisions; read with one imposer it named none of them, read clause by clause (session 31,
    /// extract59) it names each, and joined the one country's story it shares a measure with.</summary>
    public bool IsRoundUp => HomeCountries.Count >= RoundUpImposers;

    /// <summary>How many imposers a lede's measures name to be a round-up of their stories.</summary>
    private const int RoundUpImposers = 3;

    // a quarter alone is the period a rate applies to ("Power tariffs unchanged for Q1 - ERA"); with a review word it names the
    // review ("GCC trade policy review, Q4 2026: …")
    private static readonly HashSet<string> DigestWords = Folded("roundup", "recap", "digest", "newsletter");
    private static readonly HashSet<string> PeriodicalWords = Folded("weekly", "fortnightly", "monthly");

    /// <summary>How many parties a periodical's headline lists to be a digest of their stories.</summary>
    private const int DigestListedParties = 3;
    private static readonly HashSet<string> DigestPeriodWords = Folded("week", "weekly", "month", "monthly", "quarter", "quarterly", "year", "yearly", "q1", "q2", "q3", "q4");
    private static readonly HashSet<string> DigestReviewWords = Folded("review", "brief", "briefing", "wrap", "round", "highlights");

    /// <summary><paramref name="a"/>'s headline names a forum's side meeting (its business, youth or civil-society forum,
    /// its CEOs or parliamentarians: "BRICS business forum meets in Brazil ahead of leaders", "G20 youth summit gathers in
    /// India") and <paramref name="b"/>'s the forum's meeting itself: another gathering, whatever host and forum they share.</summary>
    private static bool SideMeeting(StoryFingerprint a, StoryFingerprint b) =>
        a.NamesMeeting && b.NamesMeeting && a.HeadlinesNameSameForum(b) && a.TitleSet.Overlaps(SideMeetingWords) && !b.TitleSet.Overlaps(SideMeetingWords);

    private static readonly HashSet<string> SideMeetingWords = Folded("business", "youth", "civil", "ceo", "ceos", "parliamentary", "parliamentarians", "academic");

    /// <summary>Each headline names a party the other item never mentions ("Mexico imposes anti-dumping duties on Chinese
    /// seamless steel pipes" / "Colombia imposes …"; "… on Vietnamese solar glass" / "… on Malaysian solar glass"): two
    /// importers' or two origins' rulings, however much of one template their texts share. A distinctive figure one headline
    /// states and the other item states too is one ruling's, told for two of its origins ("Korean nitrile rubber makers hit
    /// with Chinese anti-dumping duties of up to 41.2 pct" / "China to impose anti-dumping duties on nitrile rubber from ROK,
    /// Japan"): the lede facts decide those.</summary>
    public bool HeadlinesNameOtherParties(StoryFingerprint other) =>
        !NamesOnly(this, other) && !NamesOnly(other, this) && !HeadlineFigureIn(other) && !other.HeadlineFigureIn(this);

    /// <summary>Both headlines state a year and none in common ("G7 summit 2025: …" / "G7 summit 2026: …").</summary>
    private static bool OtherYears(StoryFingerprint a, StoryFingerprint b)
    {
        var (ya, yb) = (a.TitleYears, b.TitleYears);
        return ya.Length > 0 && yb.Length > 0 && !ya.Any(yb.Contains);
    }

    private string[] TitleYears => _titleYears ??= [.. TitleWords.Where(w => w.Length == 4 && w.All(char.IsAsciiDigit) && w[0] is '1' or '2' && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is >= 1950 and <= 2100)];
    private string[]? _titleYears;

    /// <summary>Two trade headlines say opposite things were done (see <see cref="HeadlineAction"/>): a duty raised and one
    /// cut, an investigation opened and a duty decided, a measure extended and one imposed or cut, except under headlines naming
    /// one budget, whose speech extends some reliefs as it cuts or raises other duties ("Budget 2029: Import duty on electric
    /// motorcycles waived until 2030" / "Budget 2029: … e-motorcycle duty exemption extended").</summary>
    private static bool OtherActions(StoryFingerprint a, StoryFingerprint b) =>
        a.IsTradeHeadline && b.IsTradeHeadline && (HeadlineAction.Conflict(a.TitleTrade, a.TitleStage, b.TitleTrade, b.TitleStage)
                && !(a.TitleTrade == HeadlineAction.Trade.Extended != (b.TitleTrade == HeadlineAction.Trade.Extended) && a.HeadlinesNameSameBudget(b))
            || HeadlineAction.ProposalAndDecision(a.TitleLaw, a.TitleTrade, a.HeadlineAnnouncesAhead, a.TitleStage, b.TitleLaw, b.TitleTrade, b.HeadlineAnnouncesAhead, b.TitleStage));

    /// <summary>Two ministers' meetings of different portfolios (see <see cref="HeadlineAction.OtherPortfolios"/>).</summary>
    private static bool OtherMinistries(StoryFingerprint a, StoryFingerprint b) =>
        a.IsMinisterialHeadline && b.IsMinisterialHeadline && HeadlineAction.OtherPortfolios(a.TitleWords, b.TitleWords);

    /// <summary>Two meeting headlines, one placing the meeting ahead ("Kremlin says Putin will visit India in December")
    /// and one reporting it going on ("Putin arrives in New Delhi for talks with Modi"): the announcement and the visit.</summary>
    private static bool OtherVisitTimes(StoryFingerprint a, StoryFingerprint b) =>
        a.NamesMeeting && b.NamesMeeting
        && (a.TitleVisit, b.TitleVisit) is (HeadlineAction.Visit.Announced, HeadlineAction.Visit.Happening) or (HeadlineAction.Visit.Happening, HeadlineAction.Visit.Announced);

    /// <summary><paramref name="a"/>'s headline reports its first party answering the party <paramref name="b"/>'s headline has act ("India
    /// retaliates against US with tariffs on almonds" / "US doubles tariffs on Indian goods"), which <paramref name="b"/>'s
    /// headline does not: the answer and the measure it answers are two decisions of two governments.</summary>
    private static bool Answers(StoryFingerprint a, StoryFingerprint b) =>
        a.IsTradeHeadline && b.IsTradeHeadline && a.IsRetaliationHeadline && !b.IsRetaliationHeadline
        && a.TitleParties.Length > 0 && b.TitleParties.Length > 0 && b.HeadlineActor is var actor && a.TitleParties[0] != actor && a.TitleParties.Contains(actor);

    /// <summary>Who acts in the headline: the imposer of a lede measure the headline names, else its first party (a headline
    /// may put the target first: "American farmers brace as China slaps 15% tariff on US soybeans").</summary>
    private string HeadlineActor
    {
        get
        {
            foreach (var fact in ParsedFacts)
                if (fact.Measure is { } m && m.Imposer.Length > 0 && TitleParties.Contains(m.Imposer)) return m.Imposer;
            return TitleParties[0];
        }
    }

    private HeadlineAction.Trade TitleTrade => _titleTrade ??= HeadlineAction.TradeOf(TitleSet, TitleWords, TitleStage);
    private HeadlineAction.Trade? _titleTrade;

    /// <summary>The headline's stage in the making of a law (<see cref="HeadlineAction.LawOf"/>). A budget's duty change announced
    /// ahead ("Budget 2027/28: Customs duty on imported apples to be doubled to 20pc") is the government's plan laid before its
    /// legislature, a proposal as "Budget proposes …" is, which the finance bill passed weeks later decides, often otherwise
    /// ("Finance Bill passed: apple duty set at 15 percent, not 20").</summary>
    private HeadlineAction.Law TitleLaw => _titleLaw ??= HeadlineAction.LawOf(TitleSet, TitleWords) is var law
        && HeadlineAnnouncesAhead && HeadlineBudget is not null && !law.HasFlag(HeadlineAction.Law.DecisionWords)
            ? law | HeadlineAction.Law.ProposalWords | HeadlineAction.Law.Proposal : law;
    private HeadlineAction.Law? _titleLaw;

    private HeadlineAction.Visit TitleVisit => _titleVisit ??= HeadlineAction.VisitOf(TitleSet, TitleWords);
    private HeadlineAction.Visit? _titleVisit;
}
