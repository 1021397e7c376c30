using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Watcher.Core.Detection;
using Watcher.Core.Facts;
using Watcher.Core.Matching;

namespace Watcher.Core.Stories;

/// <summary>
/// What makes copies of one story find each other: a MinHash signature of the set of content words of headline and text
/// (stop words removed; names and numbers kept), cut into LSH bands, plus the normalised headline and the canonical URL.
/// Word sets rather than word shingles, because outlets rewrite a story's sentences but keep its names, numbers and nouns. Every key is a string the story index can store as a partition or row key.
/// </summary>
public sealed partial record StoryFingerprint(uint[] Signature, string? TitleKey, string? UrlKey)
{
    /// <summary>The normalised headline's key (an exact headline match is one story).</summary>
    public string? TitleKey { get => _titleKey; init { _titleKey = value; _titleKeyHash = value?.GetHashCode() ?? 0; } }
    private readonly string? _titleKey = TitleKey;

    /// <summary>The canonical link's key.</summary>
    public string? UrlKey { get => _urlKey; init { _urlKey = value; _urlKeyHash = value?.GetHashCode() ?? 0; } }
    private readonly string? _urlKey = UrlKey;

    /// <summary>The keys' hash codes (0 for none), kept beside them: a lookup compares its item's keys with every candidate's,
    /// and unequal hashes settle it without reading the candidate's strings.</summary>
    private readonly int _titleKeyHash = TitleKey?.GetHashCode() ?? 0, _urlKeyHash = UrlKey?.GetHashCode() ?? 0;

    /// <summary>Both have a headline key and it is the same.</summary>
    internal bool SameTitleKey(StoryFingerprint other) => _titleKeyHash == other._titleKeyHash && _titleKey is not null && _titleKey == other._titleKey;

    /// <summary>Both have a link key and it is the same.</summary>
    internal bool SameUrlKey(StoryFingerprint other) => _urlKeyHash == other._urlKeyHash && _urlKey is not null && _urlKey == other._urlKey;

    /// <summary>Facts the item's headline and lede state ("m:US>CA:35@2025-08" for a tariff measure with its month, "e:Donald Trump|Xi Jinping" for an
    /// event): a shared fact makes two rewrites of one story agree; two items whose facts all differ are different news.</summary>
    // The lookup caches below are dropped whenever their source property is set, so a `with` copy never carries a cache
    // built from the original's values.
    public IReadOnlyList<string> Facts { get => _facts; init { _facts = value; _parsed = null; _goodsNouns = null; _headlineParties = null; _namesLeaders = null; _budgetRead = false; } }
    private readonly IReadOnlyList<string> _facts = [];

    private ParsedFact[]? _parsed;

    /// <summary>The facts taken apart once (a lookup compares one item's facts with every candidate's).</summary>
    internal ParsedFact[] ParsedFacts => _parsed ??= [.. Facts.Select(ParsedFact.Of)];

    /// <summary>The headline's content words, normalised as in the signature (entities as "@" + country id, plurals folded):
    /// two headlines of one story share most of them even when one item is a headline alone.</summary>
    public IReadOnlyList<string> TitleWords { get => _titleWords; init { _titleWords = value; _titleSet = null; _goodsNouns = null; _salient = null; _topicWords = null; _titleFigures = null; _titleParties = null; _listedParties = null; _titleForums = null; _titleOrdinals = null; _editions = null; _titleStage = null; _titleTrade = null; _titleLaw = null; _titleVisit = null; _titleYears = null; _titleKinds = null; _headlineParties = null; _namesLeaders = null; _dutyKind = -1; _budgetRead = false; _forumDelegation = null; _attendsForum = null; } }
    private readonly IReadOnlyList<string> _titleWords = [];

    /// <summary>How many distinct content words the signature was made of (0 when unknown: a story indexed before it was kept).</summary>
    public int WordCount { get; init; }

    /// <summary>The countries and blocs the item names anywhere (a leader counts as their country), sorted.</summary>
    public IReadOnlyList<string> Entities { get => _entities; init { _entities = value; _entitySet = null; _budgetRead = false; } }
    private readonly IReadOnlyList<string> _entities = [];

    /// <summary>
    /// The countries whose measures and actions the item reports, sorted: the imposers of its lede measures, else its outlet's
    /// country ("Cooking oil duty hiked to 40pc" in a Zimbabwean paper, "Govt imposes anti-dumping duty on Chinese nylon yarn" in
    /// an Indian one). Empty when nothing says: no lede measure and an outlet of no country (a wire, an international
    /// outlet), or a story indexed before they were kept.
    /// </summary>
    public IReadOnlyList<string> HomeCountries { get => _homes; init { _homes = value; _homeArray = [.. value]; _firstHome = value.Count > 0 ? string.Intern(value[0]) : null; (_homeBits, _homeReach) = HomeMasks(value); } }
    private readonly IReadOnlyList<string> _homes = [];

    /// <summary><see cref="HomeCountries"/> and <see cref="LedeParties"/> copied into arrays, set with their lists: <see cref="HomesDiffer"/>
    /// reads them for every candidate pair its masks cannot settle, and indexing a list through its interface cost a
    /// dispatch per element.</summary>
    private readonly string[] _homeArray = [], _ledeArray = [];

    /// <summary>The first home, interned: two items of one home (most candidates a lookup's masks cannot tell apart) are told
    /// one home by comparing two references, without reading either's lists or strings.</summary>
    private readonly string? _firstHome;

    /// <summary>
    /// <see cref="HomeCountries"/> and <see cref="LedeParties"/> as 64-bit masks, one bit per id (a hash of it: two ids may
    /// share a bit), and the homes' reach: the bits of every id <see cref="OneHome"/> makes one home with a home (itself, its
    /// customs union's members, the unions it belongs to). Disjoint masks prove <see cref="HomesDiffer"/>'s loops would find
    /// nothing, in a few integer operations on the candidate's own fields (the loops read its lists and strings: several
    /// cache misses per candidate pair, of a lookup's 256). Set with their lists, so a `with` copy never carries stale ones.
    /// </summary>
    private readonly ulong _homeBits, _homeReach, _ledeBits;

    private static ulong Bit(string id)
    {
        var h = 2166136261u;
        foreach (var c in id) h = (h ^ c) * 16777619u;
        return 1UL << (int)(h % 64);
    }

    private static ulong Bits(IReadOnlyList<string> ids)
    {
        var bits = 0UL;
        for (var i = 0; i < ids.Count; i++) bits |= Bit(ids[i]);
        return bits;
    }

    private static (ulong Bits, ulong Reach) HomeMasks(IReadOnlyList<string> homes)
    {
        var reach = Bits(homes);
        for (var i = 0; i < homes.Count; i++)
            foreach (var (union, members) in CustomsUnions)
            {
                if (union == homes[i])
                    foreach (var member in members) reach |= Bit(member);
                if (members.Contains(homes[i])) reach |= Bit(union);
            }
        return (Bits(homes), reach);
    }

    /// <summary>The masks alone show <see cref="HomesDiffer"/> true: no home of one is one home with a home of the other, and no
    /// home of one is a lede party of the other. False when they cannot tell (the lists then decide).</summary>
    internal bool HomesDifferByMasks(StoryFingerprint other) =>
        _homeBits != 0 && other._homeBits != 0 && (_homeReach & other._homeBits) == 0 && (_homeBits & other._ledeBits) == 0 && (other._homeBits & _ledeBits) == 0;

    /// <summary>Both items say whose measures they report, and no country is in both (a customs union's member's and the union's
    /// are one, see <see cref="OneHome"/>):
    /// the same goods' duty in two countries, which neither item may name ("Govt raises duty on imported cooking oil" in
    /// Harare and in Lilongwe).</summary>
    public bool HomesDiffer(StoryFingerprint other)
    {
        // (index loops: a foreach over an IReadOnlyList boxes its enumerator, and this runs for every candidate pair)
        if (HomesDifferByMasks(other)) return true;
        if (_firstHome is not null && ReferenceEquals(_firstHome, other._firstHome)) return false; // one home (OneHome of a country and itself)
        var (mine, theirs) = (_homeArray, other._homeArray);
        if (mine.Length == 0 || theirs.Length == 0) return false;
        for (var i = 0; i < mine.Length; i++)
            for (var j = 0; j < theirs.Length; j++)
                if (OneHome(mine[i], theirs[j])) return false;
        // an item whose headline or lede names the other's country may report that country's measure (a misread imposer, the
        // exporters' side); a country named further down is background ("… weeks after India imposed its own duty")
        for (var i = 0; i < mine.Length; i++) if (Array.IndexOf(other._ledeArray, mine[i]) >= 0) return false;
        for (var j = 0; j < theirs.Length; j++) if (Array.IndexOf(_ledeArray, theirs[j]) >= 0) return false;
        return true;
    }

    /// <summary>A home of this item is one home with a home of <paramref name="other"/> (<see cref="OneHome"/>): one government's
    /// items, as the budget rules need them (both must say whose measures they report; <see cref="HomesDiffer"/> asks the opposite
    /// and lets lede parties decide).</summary>
    internal bool SharesAHome(StoryFingerprint other)
    {
        for (var i = 0; i < HomeCountries.Count; i++)
            for (var j = 0; j < other.HomeCountries.Count; j++)
                if (OneHome(HomeCountries[i], other.HomeCountries[j])) return true;
        return false;
    }

    /// <summary>The item's text adds no word to its headline (a headline-only brief), as far as its words tell.</summary>
    internal bool HeadlineOnly => WordCount <= TitleWords.Count;

    /// <summary>The countries and blocs the headline and the text's first sentence name (a leader counts as their country),
    /// sorted; empty for a story indexed before they were kept.</summary>
    public IReadOnlyList<string> LedeParties { get => _ledeParties; init { _ledeParties = value; _ledeArray = [.. value]; _ledeBits = Bits(value); } }
    private readonly IReadOnlyList<string> _ledeParties = [];

    /// <summary>Two homes are one when they are one country, or a customs union and one of its members (a member's paper reports
    /// the union's common tariff as its own: "Chicken import duty raised to 62%" in Gaborone beside "SACU raises duty on imported
    /// chicken to 62%"). Two members are two homes. For this check only: a union named as the owner of a rate is no story party.</summary>
    private static bool OneHome(string a, string b) =>
        a == b || (CustomsUnions.TryGetValue(a, out var members) && members.Contains(b)) || (CustomsUnions.TryGetValue(b, out members) && members.Contains(a));

    /// <summary>Customs unions with a common external tariff, by their entity ids, and their members: the European Union, SACU,
    /// the East African Community, Mercosur, the GCC, the Eurasian Economic Union, CARICOM (its common market) and ECOWAS (its CET;
    /// Mali, Burkina Faso and Niger left in 2025). Not the African Union (no customs union; and "AU" is Australia).</summary>
    private static readonly Dictionary<string, HashSet<string>> CustomsUnions = new(StringComparer.Ordinal)
    {
        ["EU"] = new(StringComparer.Ordinal)
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL",
            "PT", "RO", "SK", "SI", "ES", "SE",
        },
        ["SACU"] = new(StringComparer.Ordinal) { "ZA", "BW", "NA", "LS", "SZ" },
        ["EAC"] = new(StringComparer.Ordinal) { "KE", "UG", "TZ", "RW", "BI", "SS", "CD", "SO" },
        ["MERCOSUR"] = new(StringComparer.Ordinal) { "AR", "BR", "PY", "UY", "BO" },
        ["GCC"] = new(StringComparer.Ordinal) { "SA", "AE", "KW", "QA", "BH", "OM" },
        ["EAEU"] = new(StringComparer.Ordinal) { "RU", "BY", "KZ", "KG", "AM" },
        ["CARICOM"] = new(StringComparer.Ordinal) { "AG", "BS", "BB", "BZ", "DM", "GD", "GY", "HT", "JM", "MS", "KN", "LC", "VC", "SR", "TT" },
        ["ECOWAS"] = new(StringComparer.Ordinal) { "BJ", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "NG", "SN", "SL", "TG" },
    };

    /// <summary>The distinctive figures the item states ("26.41", "38.4", "6000"): numbers with decimals, and whole numbers
    /// above 100 that are not years or round hundreds. One decision's rates, quotas and amounts; round rates (10%, 25%) and
    /// dates are shared by many stories. Sorted, at most <see cref="MaxFigures"/>; empty for a story indexed before they were kept.</summary>
    public IReadOnlyList<string> Figures { get => _figures; init { _figures = value; _figureSet = null; _decimalFigures = null; } }
    private readonly IReadOnlyList<string> _figures = [];

    /// <summary>How many of <see cref="Figures"/> have decimals ("18.74", "212.88"), counted once per fingerprint.</summary>
    private int DecimalFigures => _decimalFigures ??= _figures.Count(f => f.Contains('.'));
    private int? _decimalFigures;

    /// <summary>Fewest figures with decimals each item must state for <see cref="StatesOtherFigures"/> to tell.</summary>
    public const int MinOwnDecimalFigures = 2;

    /// <summary>
    /// Each item states two or more figures with decimals and none of them is the other's, nor any of its whole figures: a
    /// ruling's margins, a decree's specific rates, copied by every outlet that reports that decision ("212.88% on Chinese
    /// ladders, 18.74% on Indonesian ones" / "41.6% for Hai Duong Ceramics and 118.77% for other Vietnamese exporters"). Two
    /// of one agency's releases written from one template share most of their words and none of their figures.
    /// </summary>
    public bool StatesOtherFigures(StoryFingerprint other) =>
        DecimalFigures >= MinOwnDecimalFigures && other.DecimalFigures >= MinOwnDecimalFigures && SharedFigures(other) == 0;

    /// <summary>
    /// The two items name other goods: both items' lede measures name goods and none of one is the other's, in its facts or its
    /// headline; or, where either reads no goods in its facts, both headlines name goods after their last trade word ("… Dumping
    /// of Porcelain Dinnerware from …" / "… Antidumping Duty Investigations of Aluminum Ladders from …") and share none of them.
    /// With <see cref="StatesOtherFigures"/>, two decisions; two outlets' copies of one decision often quote different firms' rates
    /// ("17.0% for BYD, 18.8% for Geely" / "7.8% for Tesla, 20.7% for the others"), but of one goods. Headlines that name no goods
    /// say nothing either way. Run per candidate pair only where <see cref="StatesOtherFigures"/> holds.
    /// </summary>
    public bool LedesNameOtherGoods(StoryFingerprint other)
    {
        var (mine, theirs) = (ParsedFacts.Where(f => f.NamesProduct).ToList(), other.ParsedFacts.Where(f => f.NamesProduct).ToList());
        if (mine.Count > 0 && theirs.Count > 0)
        {
            foreach (var a in mine)
                foreach (var b in theirs)
                    if (a.SharesProductWith(b)) return false;
            return !HeadlineNamesProductOf(other) && !other.HeadlineNamesProductOf(this);
        }
        var (goods, otherGoods) = (HeadlineGoodsWords(), other.HeadlineGoodsWords());
        if (goods.Count == 0 || otherGoods.Count == 0) return false;
        foreach (var w in goods)
            foreach (var o in otherGoods)
                if (w == o || SameWord(w, o)) return false;
        foreach (var w in goods) if (Abbreviates(w, otherGoods)) return false;
        foreach (var o in otherGoods) if (Abbreviates(o, goods)) return false;
        return true;
    }

    /// <summary>The headline's salient words other than parties after its last trade word ("on Vietnamese steel coils" → steel,
    /// coil): the goods a trade headline names, as its object.</summary>
    private List<string> HeadlineGoodsWords()
    {
        var last = -1;
        for (var i = 0; i < TitleWords.Count; i++)
            if (TradeWords.Contains(TitleWords[i])) last = i;
        var goods = new List<string>();
        if (last < 0) return goods;
        for (var i = last + 1; i < TitleWords.Count; i++)
            if (TitleWords[i][0] != '@' && IsSalient(TitleWords[i])) goods.Add(TitleWords[i]);
        return goods;
    }

    private HashSet<string>? _figureSet;
    private HashSet<string> FigureSet => _figureSet ??= _figures.ToHashSet(StringComparer.Ordinal);

    /// <summary>The most figures a fingerprint keeps (the first ones the item states).</summary>
    public const int MaxFigures = 12;

    /// <summary>The percentage rates the headline and the text's first two sentences state ("15", "25", "18.5"), round ones
    /// included, in the order stated, at most <see cref="MaxRates"/>: one rate is shared by many stories, but a decision's
    /// schedule ("18% for Bangladesh, 15% for Sri Lanka, 25% for Myanmar"; "15% in quota, 25% above it") is its own, and
    /// every outlet copies it. Empty for a story indexed before they were kept.</summary>
    public IReadOnlyList<string> Rates { get => _rates; init { _rates = value; _rateValues = null; } }
    private readonly IReadOnlyList<string> _rates = [];

    public const int MaxRates = 8;

    /// <summary>How many rates both items' ledes state.</summary>
    public int SharedRates(StoryFingerprint other)
    {
        var shared = 0;
        foreach (var r in _rates)
            foreach (var o in other._rates)
                if (r == o) { shared++; break; }
        return shared;
    }

    /// <summary>The rates a headline and lede state: a number followed by "%", "pc", or a percent word (<see cref="PercentWords"/>,
    /// <see cref="PercentPhrases"/>), up to 100.</summary>
    internal static List<string> RatesOf(string? title, string? text)
    {
        var rates = new List<string>();
        var lede = string.Join(" ", SentenceSplitter.Split(text ?? string.Empty).Take(LedeRateSentences).Select(x => x.Text));
        foreach (var part in new[] { title ?? string.Empty, lede })
        {
            var tokens = Tokenizer.TokenizeItemText(part);
            for (var i = 0; i < tokens.Count && rates.Count < MaxRates; i++)
            {
                var word = tokens[i].Text;
                // "25pc", "10pc": East African, British and Pacific outlets' percent, written as one word
                var pc = word.Length > 2 && word.EndsWith("pc", StringComparison.OrdinalIgnoreCase);
                if (pc) word = word[..^2];
                if (!char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1])) continue;
                var percent = pc || (tokens[i].End < part.Length && part[tokens[i].End] == '%')
                    || (i + 1 < tokens.Count && PercentWords.Contains(tokens[i + 1].Text))
                    || (i + 2 < tokens.Count && PercentPhrases.Contains(tokens[i + 1].Text + " " + tokens[i + 2].Text));
                if (!percent || !double.TryParse(word, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
                    || value <= 0 || value > 100) continue;
                var rate = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!rates.Contains(rate)) rates.Add(rate);
            }
        }
        return rates;
    }

    private const int LedeRateSentences = 2;

    /// <summary>A percent written as a word after the number: English, and the words of the languages outlets write headlines in
    /// ("40 procent", "20 odsto", "15 persen"), whose headlines alone are read for their rate (StoryForeignCopy.cs).</summary>
    private static readonly HashSet<string> PercentWords = new(StringComparer.Ordinal)
    {
        "percent", "pct", "procent", "procento", "procenta", "prozent", "odsto", "posto", "persen",
    };

    /// <summary>A percent written as two words after the number ("per cent", "por ciento", "por cento", "pour cent", "per cento").</summary>
    private static readonly HashSet<string> PercentPhrases = new(StringComparer.Ordinal)
    {
        "per cent", "por ciento", "por cento", "pour cent", "per cento",
    };

    /// <summary>How many distinctive figures both items state.</summary>
    public int SharedFigures(StoryFingerprint other)
    {
        if (_figures.Count == 0 || other._figures.Count == 0) return 0;
        var set = FigureSet;
        var shared = 0;
        foreach (var f in other._figures) if (set.Contains(f)) shared++;
        return shared;
    }

    /// <summary>A distinctive figure this item's headline states is stated by the other item too ("Commerce sets CVD rates up
    /// to 26.41% on Indonesian MSG" / "…PT Miwon Indonesia facing the steepest rate of 26.41%"): the headline's figure is
    /// the story's own, not background.</summary>
    public bool HeadlineFigureIn(StoryFingerprint other)
    {
        if (other._figures.Count == 0) return false;
        foreach (var f in TitleFigures)
            if (other.FigureSet.Contains(f)) return true;
        return false;
    }

    /// <summary>The distinctive figures the headline's words state, read once per fingerprint (a lookup scores up to 256 candidates).</summary>
    private string[] TitleFigures => _titleFigures ??= [.. TitleWords.Where(w => w.Length > 0 && char.IsAsciiDigit(w[0])).Select(DistinctiveFigure).OfType<string>()];
    private string[]? _titleFigures;

    /// <summary>The figure a number word states, if it is distinctive: "26.41" → "26.41", "6000t" → "6000", "chf80" → null
    /// (round), "2026" → null (a year), "25" → null.</summary>
    internal static string? DistinctiveFigure(string word)
    {
        var start = 0;
        while (start < word.Length && start < 3 && char.IsAsciiLetter(word[start])) start++;
        var end = word.Length;
        while (end > start && char.IsAsciiLetter(word[end - 1])) end--;
        if (end <= start || !char.IsAsciiDigit(word[start]) || !char.IsAsciiDigit(word[end - 1])) return null;
        var number = word[start..end];
        if (!double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)) return null;
        if (value != Math.Floor(value)) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (value <= 100 || value is >= 1900 and <= 2100 || (value < 1000 && value % 50 == 0)) return null;
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Words before a number that make it a reference, not a figure of the story: "Section 232" and "Regulation No.
    /// 1234" are named by every story under that law.</summary>
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal)
    {
        "section", "sections", "article", "articles", "chapter", "paragraph", "subsection", "rule", "regulation", "decree", "resolution",
        "no", "number", "nr", "heading", "subheading", "hs", "code", "act", "order", "notification", "case", "docket", "annex", "part", "title", "law",
    };

    public const int Hashes = 128;

    /// <summary>Headline bands: MinHash of <see cref="TitleWords"/>, 8 bands of 2 rows, so two headlines with half their
    /// words in common share a band 90 % of the time.</summary>
    public const int TitleBands = 8;
    public const int Bands = 32;
    /// <summary>Two hashes per band: a pair of texts with 30% of their words in common shares a band 94% of the time.
    /// The bands use the first 64 hashes; all 128 estimate the similarity.</summary>
    public const int Rows = 2;

    /// <summary>Band keys ("b03-1f9a…"), then "t-…" for the headline and "u-…" for the URL, headline bands ("h…"), lede
    /// facts ("f-…"), distinctive figures ("g-38.4"), a home's rates ("r-…", StoryForeignCopy.cs), a home's headline words ("w-…")
    /// and headline word pairs ("p-…"): copies share at least one.
    /// Computed once per fingerprint (a baseline's item is looked up in three indexes and added to three): kept by
    /// instance, so a <c>with</c> copy computes its own.</summary>
    public IReadOnlyList<string> Keys() => KeyCache.GetValue(this, static f => [.. f.ComputeKeys()]);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StoryFingerprint, string[]> KeyCache = [];

    private IEnumerable<string> ComputeKeys()
    {
        for (var b = 0; b < Bands; b++)
        {
            ulong h = 1469598103934665603UL;
            for (var r = 0; r < Rows; r++) h = (h ^ Signature[b * Rows + r]) * 1099511628211UL;
            yield return $"b{b:D2}-{h:x16}";
        }
        if (TitleKey is not null) yield return TitleKey;
        if (UrlKey is not null) yield return UrlKey;
        if (TitleWords.Count >= MinTitleWords)
        {
            var titleSignature = MinHash(TitleWords, TitleBands * Rows);
            for (var b = 0; b < TitleBands; b++)
                yield return $"h{b}-{(ulong)titleSignature[b * Rows] << 32 | titleSignature[b * Rows + 1]:x16}";
        }
        foreach (var fact in Facts.Select(FactIndexKey).Distinct(StringComparer.Ordinal))
            yield return "f-" + KeyHash(fact);
        // A decision's distinctive figures are copied by every outlet however it rewords the rest ("Trade Remedies Update:
        // CBSA issues preliminary determination in rebar investigation" / "Ottawa slaps provisional duties of up to 38.4% on
        // Spanish rebar" share no band, no headline word pair and no fact the extractor read, but "38.4"). Few stories
        // share one, so the key costs a lookup one small bucket per figure; the score still decides.
        foreach (var figure in Figures)
            yield return "g-" + figure;
        foreach (var key in BudgetKeys())
            yield return key;
        foreach (var key in ForumKeys())
            yield return key;
        foreach (var key in OccasionKeys())
            yield return key;
        foreach (var key in BilateralKeys())
            yield return key;
        foreach (var key in HomeRateKeys())
            yield return key;
        var salient = SalientTitleWords;
        // One home's measure on one thing: its copies name the thing in their headlines however else they word them
        // ("Vietnam imposes anti-dumping duty of up to 24% on Thai, Malaysian fibreboard" / "MoIT slaps anti-dumping duty on
        // fibreboard imports"; "The Government lowers import tariffs on footwear and sportswear" / "Argentina slashes tariffs
        // on sneakers, sportswear"), and share no headline word pair, no band and no lede fact when one is a headline alone.
        // A home's items on one product in the index's week are few, so the key costs a lookup one small bucket per word;
        // the score still decides (the guards keep a cut apart from the rise it reverses, another duty kind, other goods).
        foreach (var home in HomeCountries)
            foreach (var word in salient)
                if (word[0] != '@') yield return "w-" + KeyHash(home + "|" + word);
        for (var i = 0; i < salient.Length; i++)
            for (var j = i + 1; j < salient.Length; j++)
                yield return "p-" + KeyHash(salient[i] + "|" + salient[j]);
    }

    /// <summary>The estimated share of the smaller item's words that the other item also has (from the MinHash similarity
    /// and the two word counts): a headline alone is almost wholly contained in its article. 0 when a count is unknown.</summary>
    public double Containment(StoryFingerprint other)
    {
        if (WordCount == 0 || other.WordCount == 0) return 0;
        var j = Similarity(other);
        var shared = j * (WordCount + other.WordCount) / (1 + j);
        return Math.Min(1, shared / Math.Min(WordCount, other.WordCount));
    }

    /// <summary>The parties a headline names: countries and the EU (a forum such as APEC or the G20 is where, not who).</summary>
    private IEnumerable<string> TitleEntities() => TitleWords.Where(w => w[0] == '@').Select(w => w[1..])
        .Where(id => id == "EU" || Watcher.Core.Entities.EntityCatalog.Find(id)?.Kind != Watcher.Core.Entities.EntityKind.Bloc);

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public double Similarity(StoryFingerprint other) => (double)SameHashes(Signature, other.Signature) / Hashes;

    /// <summary><see cref="Similarity"/> &lt; <paramref name="bar"/>, read from the first half of the signatures when even
    /// equal second halves could not lift it to the bar (most candidates of a lookup share far fewer hashes).</summary>
    public bool SimilarityBelow(StoryFingerprint other, double bar) =>
        (double)(SameHashes(Signature, other.Signature, Hashes / 2) + Hashes / 2) / Hashes < bar || Similarity(other) < bar;

    /// <summary>How many of the first <see cref="Hashes"/> positions hold the same hash, several at a time (a story
    /// lookup compares up to 256 candidates' signatures).</summary>
    internal static int SameHashes(uint[] a, uint[] b, int count = Hashes)
    {
        var x = System.Runtime.InteropServices.MemoryMarshal.Cast<uint, int>(a.AsSpan(0, count));
        var y = System.Runtime.InteropServices.MemoryMarshal.Cast<uint, int>(b.AsSpan(0, count));
        var equal = System.Numerics.Vector<int>.Zero; // -1 in a lane per equal pair
        var i = 0;
        for (; i <= x.Length - System.Numerics.Vector<int>.Count; i += System.Numerics.Vector<int>.Count)
            equal += System.Numerics.Vector.Equals(new System.Numerics.Vector<int>(x[i..]), new System.Numerics.Vector<int>(y[i..]));
        var same = -System.Numerics.Vector.Sum(equal);
        for (; i < x.Length; i++) if (x[i] == y[i]) same++;
        return same;
    }

    /// <summary>What tells one copy of a story from another in the index: a hash of its signature (a copy added again
    /// gets the same tag).</summary>
    public string CopyTag => Short(SignatureBase64())[..12];

    public string SignatureBase64()
    {
        var bytes = new byte[Hashes * 4];
        Buffer.BlockCopy(Signature, 0, bytes, 0, bytes.Length);
        return Convert.ToBase64String(bytes);
    }

    public static uint[] ParseSignature(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        if (bytes.Length != Hashes * 4) throw new FormatException($"a story signature has {Hashes * 4} bytes, not {bytes.Length}");
        var sig = new uint[Hashes];
        Buffer.BlockCopy(bytes, 0, sig, 0, bytes.Length);
        return sig;
    }

    /// <param name="sourceCountry">The outlet's country (sources.json <c>country</c>), or null: the home of an item that states no
    /// lede measure (see <see cref="HomeCountries"/>).</param>
    public static StoryFingerprint Of(string? title, string? text, string? link, string? sourceCountry = null) =>
        Of(title, text, link, sourceCountry, null);

    /// <param name="reading">The poll's reading of the item's text (<see cref="ItemText"/>), which the fingerprint's measures are
    /// finished from where it reads that text without an outlet country (see <see cref="StatedMeasures"/>).</param>
    internal static StoryFingerprint Of(string? title, string? text, string? link, string? sourceCountry, TariffExtractor.ItemReading? reading)
    {
        var (facts, ledeEnd) = Read(title, text, reading);
        var (titleWords, titleEntities, titleFigures) = ContentWords(StoryKeys.NormalizedTitleText(title));
        var ledeParties = new List<string>(titleEntities);
        var (textWords, textEntities, textFigures) = ContentWords(text, ledeEnd, ledeParties);
        ledeParties.Sort(StringComparer.Ordinal);
        var entities = titleEntities.Union(textEntities, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var normalizedTitle = StoryKeys.NormalizedTitle(title);
        var canonical = StoryKeys.CanonicalUrl(link);
        var words = titleWords.Union(textWords, StringComparer.Ordinal).ToList();
        var fingerprint = new StoryFingerprint(MinHash(words, Hashes),
            normalizedTitle.Split(' ').Length >= 4 ? "t-" + Short(normalizedTitle) : null,
            canonical is null ? null : "u-" + Short(canonical))
        {
            Facts = facts,
            LedeParties = ledeParties,
            HomeCountries = HomesOf(facts, titleWords, titleFigures, sourceCountry, title, text, ledeEnd),
            TitleWords = titleWords,
            WordCount = words.Count,
            Figures = [.. titleFigures.Concat(textFigures).Distinct(StringComparer.Ordinal).Take(MaxFigures).Order(StringComparer.Ordinal)],
            Rates = RatesOf(title, text),
            IsLiveHeadline = title is not null && LiveBlogHeadline().IsMatch(title),
            HeadlineStatesTopRate = title is not null && TopRateWording().IsMatch(title),
            StatesCorrection = (title is not null && CorrectionWording().IsMatch(title)) || (text is not null && CorrectionWording().IsMatch(text)),
            HeadlineNamesKnownLeader = StoryKeys.NormalizedTitleText(title) is { Length: > 0 } headline
                && Watcher.Core.Entities.EntityFinder.Find(headline).Any(m => m.Entity.Kind == Watcher.Core.Entities.EntityKind.Leader),
            TitleMainWords = MainWordsOf(title),
            HeadlineAnnouncesAhead = HeadlineAction.AnnouncesAhead(title),
            HeadlineNamesCall = !string.IsNullOrWhiteSpace(title) && CallNoun().IsMatch(StoryKeys.NormalizedTitleText(title)),
            LedeBody = LedeBodyOf(text),
            LedeEdition = LedeEditionOf(text),
            Entities = entities,
        };
        // A forum's occasion is compared and indexed only under a headline naming a meeting or the forum (SameForumOccasion and
        // OccasionKeys ask OccasionHeadline of both items): the lede is read for it there, not for every item on the poll's path.
        IReadOnlyList<string> occasion = fingerprint.OccasionHeadline ? OccasionOf(title, text) : [];
        // the name a headline gives its summit ("n:AOSIS"), under any headline naming one (StorySummitName.cs)
        if (SummitNameMarks(title, text) is { Count: > 0 } names) occasion = [.. occasion, .. names];
        if (occasion.Count > 0) fingerprint = fingerprint with { Occasion = occasion };
        // talks the lede says were by phone are a call, as the headline naming one is (StoryCallLede.cs)
        if (fingerprint.TalksHeldByPhone(text)) fingerprint = fingerprint with { HeadlineNamesCall = true };
        // a visit, a call or talks between two countries, named by office or from either side (StoryBilateral.cs)
        return fingerprint.BilateralOf(title, sourceCountry) is { } bilateral ? fingerprint with { Bilateral = bilateral } : fingerprint;
    }

    /// <summary>
    /// The distinct content words of a text, normalised so that rewrites agree: every name of a country, bloc or leader
    /// becomes "@" + its country id ("Beijing", "Chinese", "Xi" → "@CN"), plurals fold ("duties" → "duty"), stop words go.
    /// </summary>
    internal static (List<string> Words, List<string> Entities, List<string> Figures) ContentWords(string? text) => ContentWords(text, 0, null);

    /// <param name="ledeEnd">Where the lede ends in <paramref name="text"/>: the parties named before it are added to
    /// <paramref name="ledeParties"/>.</param>
    private static (List<string> Words, List<string> Entities, List<string> Figures) ContentWords(string? text, int ledeEnd, List<string>? ledeParties)
    {
        if (string.IsNullOrWhiteSpace(text)) return ([], [], []);
        var figures = new List<string>();
        var tokens = Tokenizer.TokenizeItemText(text);
        var words = new List<string>();
        var entities = new List<string>();
        var mentions = Watcher.Core.Entities.EntityFinder.Find(text, tokens);
        var next = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (next < mentions.Count && mentions[next].FirstToken == i)
            {
                // a currency written with its country's code ("US$1.43/kg", "A$2 billion", "HK$5"): an amount, not a party
                if (tokens[mentions[next].LastToken].End is var end && end < text.Length && text[end] == '$')
                {
                    i = mentions[next].LastToken;
                    next++;
                    continue;
                }
                var id = mentions[next].CountryId;
                words.Add("@" + id);
                entities.Add(id);
                if (mentions[next].Start < ledeEnd && ledeParties?.Contains(id) == false) ledeParties.Add(id);
                // a forum named by a description ("Asia-Pacific leaders", "Southeast Asian summit"): its last word says
                // who or what meets, as it would beside the forum's name
                if (mentions[next] is { Form: Watcher.Core.Entities.MentionForm.Role, Entity.Kind: Watcher.Core.Entities.EntityKind.Bloc } described
                    && tokens[described.LastToken].Text is var tail && !StopWords.Contains(tail)) words.Add(Fold(tail));
                i = mentions[next].LastToken;
                next++;
                continue;
            }
            while (next < mentions.Count && mentions[next].FirstToken < i) next++;
            var word = tokens[i].Text;
            if (!StopWords.Contains(word))
            {
                words.Add(Fold(AmericanSpelling(word)));
                // the outlet's word and the plain one: two texts that both word it their own way keep what they share
                if (OutletWordings.TryGetValue(word, out var plain) && !RemovesARestriction(tokens, i, word)) words.AddRange(plain);
            }
            if (char.IsAsciiDigit(word[0]) || char.IsAsciiDigit(word[^1]))
                if (DistinctiveFigure(word) is { } figure && (i == 0 || !ReferenceWords.Contains(tokens[i - 1].Text))) figures.Add(figure);
        }
        return (words.Distinct(StringComparer.Ordinal).ToList(), entities.Distinct(StringComparer.Ordinal).ToList(), figures);
    }

    /// <summary>
    /// A light inflection fold, so that rewrites agree on their verbs and nouns: plurals ("duties" → "duty", "taxes" →
    /// "tax"), verb endings ("imposes", "imposed", "imposing", "impose" → "impos"; "slapped" → "slap"; "applied" →
    /// "apply"); numbers and short words stay.
    /// </summary>
    internal static string Fold(string word)
    {
        if (word.Length <= 3 || char.IsDigit(word[0])) return word;
        // American and British spellings fold alike: "fertilizer" / "fertiliser", "organization" / "organisation"
        if (word.Length >= 5 && word.Contains("iz", StringComparison.Ordinal)) word = AmericanIz().Replace(word, "is");
        if ((word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("ses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)) return Stem(word[..^2]);
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length >= 7) return Undouble(word[..^3]);
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length >= 6) return Undouble(word[..^2]);
        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length >= 6) return Stem(word[..^1]);
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal)) return Stem(word[..^1]);
        return Stem(word);

        // "impose" → "impos", as "imposed" and "imposing" fold to
        static string Stem(string w) => w.Length >= 5 && w[^1] == 'e' && !w.EndsWith("ee", StringComparison.Ordinal) ? w[..^1] : w;

        // "slapp" → "slap", "cutt" → "cut"
        static string Undouble(string w) => w.Length >= 4 && w[^1] == w[^2] && "bdgmnpt".Contains(w[^1]) ? w[..^1] : w;
    }

    internal static IReadOnlyList<string> FactKeys(string? title, string? text, TariffExtractor.ItemReading? reading = null) => Read(title, text, reading).Facts;

    /// <summary>The item's lede facts, and where the text's first sentence ends.</summary>
    private static (List<string> Facts, int LedeEnd) Read(string? title, string? text, TariffExtractor.ItemReading? reading)
    {
        // The lede (headline and first sentence) says what the story is about; facts further down, even in the second
        // sentence, are often background ("…seen as retaliation for Canada's 100% tariff on EVs") that many different
        // stories repeat.
        var first = SentenceSplitter.Split(text ?? string.Empty) is [var s, ..] ? s : (Sentence?)null;
        var lede = first?.Text ?? string.Empty;
        var article = string.IsNullOrWhiteSpace(lede) ? title ?? string.Empty : (title ?? string.Empty) + ".\n" + lede;
        // Measures are read from the whole item (a headline's imposer may be named only further down) but only those the
        // headline or the lede state count.
        var whole = WholeText(title, text);
        var ledeSentences = SentenceSplitter.Split(article).Select(x => x.Text).ToHashSet(StringComparer.Ordinal);
        var extracted = MatchBudget.OrElse(() => StatedMeasures(title, text, whole, reading), []);
        var measures = extracted.Where(m => ledeSentences.Contains(m.Evidence)).Select(Key);
        var events = MatchBudget.OrElse(() => EventExtractor.Extract(article), []).Select(e => "e:" + string.Join('|', e.Participants.Order(StringComparer.Ordinal))).ToList();
        var facts = measures.Concat(events).ToList();
        // A lede that states no fact at all ("Analysis.", "The Commission has today imposed safeguard measures on …") leaves
        // the story's measure to the next sentences: the first of the opening sentences that states one counts.
        if (facts.Count == 0 && !string.IsNullOrWhiteSpace(text))
        {
            var opening = SentenceSplitter.Split(text).Skip(1).Take(OpeningSentences - 1).Select(x => x.Text);
            var stated = opening.Select(o => extracted.Where(m => m.Evidence == o).ToList()).FirstOrDefault(ms => ms.Count > 0);
            if (stated is not null) facts.AddRange(stated.Select(Key));
        }
        var keys = facts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (keys, first is { } f ? f.Start + f.Text.Length : 0);
    }

    /// <summary>The text the fingerprint reads its measures from: the headline, a full stop, the body's head.</summary>
    internal static string WholeText(string? title, string? text) =>
        string.IsNullOrWhiteSpace(text) ? title ?? string.Empty : (title ?? string.Empty) + ".\n" + MatchBudget.Head(text);

    /// <summary>The text of an item as a poll composes it for its facts (the headline trimmed, a line break, the body).</summary>
    internal static string ItemText(string? title, string body) => string.IsNullOrEmpty(title) ? body : title.Trim() + "\n" + body;

    /// <summary>
    /// The measures of the whole item (<paramref name="whole"/>: the headline, a full stop, the body's head) as each sentence states
    /// them. The item's facts read the same words composed without the full stop (<see cref="ItemText"/>); where the two texts split
    /// into the same sentences but the headline's last one, and that sentence stands to every other as its own form does (equal to
    /// none of them, shorter or longer than each alike: the tests <see cref="TariffExtractor"/> puts evidence to), the measures are
    /// read from the facts' text — the poll's own reading of it when it has one without an outlet country — and the headline's
    /// evidence is given back in the fingerprint's form. Otherwise (no headline or body, a head cut short, a headline with spaces
    /// around it) the fingerprint reads its own text.
    /// </summary>
    internal static List<TariffMeasure> StatedMeasures(string? title, string? text, string whole, TariffExtractor.ItemReading? reading)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(text) || title.Length + 1 + text.Length > MatchBudget.MaxText
            || title.Length != title.Trim().Length)
            return TariffExtractor.Extract(whole, headlineRestated: false);
        var shared = ItemText(title, text);
        if (HeadlineEvidence(shared, whole) is not { } headline) return TariffExtractor.Extract(whole, headlineRestated: false);
        var measures = (reading is not null && reading.Reads(shared, null) ? reading : new TariffExtractor.ItemReading(shared, null)).Measures(headlineRestated: false);
        for (var i = 0; i < measures.Count; i++)
            if (string.Equals(measures[i].Evidence, headline.Read, StringComparison.Ordinal)) measures[i] = measures[i] with { Evidence = headline.Written };
        return measures;
    }

    /// <summary>The one sentence of <paramref name="shared"/> that <paramref name="whole"/> writes otherwise, and its form there; null
    /// where they differ in more, or where that sentence's two forms compare otherwise with another sentence (equal, or by length).
    /// Lengths are compared only with a sentence where a rate may be written: the extractor compares evidence lengths between two
    /// measures only (<c>Merge</c>), and every measure's evidence is a sentence it read a rate from (<c>SentenceSigns.Rate</c>), so a
    /// sentence without one ("Exporters warned of lost contracts worth millions.") is never compared by length, and its length
    /// tying the headline's no longer costs a second reading of the item (about one farm item in eight: session 30, perf40).</summary>
    internal static (string Read, string Written)? HeadlineEvidence(string shared, string whole)
    {
        var a = SentenceSplitter.Split(shared);
        var b = SentenceSplitter.Split(whole);
        if (a.Count != b.Count) return null;
        var at = -1;
        for (var i = 0; i < a.Count; i++)
        {
            if (string.Equals(a[i].Text, b[i].Text, StringComparison.Ordinal)) continue;
            if (at >= 0) return null;
            at = i;
        }
        if (at < 0) return null;
        var (read, written) = (a[at].Text, b[at].Text);
        for (var i = 0; i < a.Count; i++)
            if (i != at && (string.Equals(a[i].Text, read, StringComparison.Ordinal) || string.Equals(a[i].Text, written, StringComparison.Ordinal)
                || (a[i].Text.Length.CompareTo(read.Length) != a[i].Text.Length.CompareTo(written.Length) && !TariffExtractor.NoRateWritten(a[i].Text))))
                return null;
        return (read, written);
    }

    /// <summary>The imposers of an item's lede measures, else the outlet's country (see <see cref="HomeCountries"/>), sorted. A
    /// meeting is both sides' news: an item whose lede reads one, or whose headline names a meeting and no trade measure, has no
    /// home by its outlet. Nor has an item whose headline and first sentence state no decision of an unnamed own government, as
    /// the extractor reads one (<see cref="TariffExtractor.HomeOf"/>): a foreign duty seen from the exporters' side ("Shrimp
    /// exporters brace for 25% duty"), the outlet's country named only as the origin ("Tariffs on Canadian steel doubled"), a
    /// duty that only "takes effect", a customs union's tariff.</summary>
    private static List<string> HomesOf(List<string> facts, List<string> titleWords, List<string> titleFigures, string? sourceCountry, string? title, string? text, int ledeEnd)
    {
        var homes = new List<string>();
        var meeting = titleWords.Any(MeetingWords.Contains) && !titleWords.Any(TradeWords.Contains);
        foreach (var fact in facts)
        {
            if (fact.StartsWith("e:", StringComparison.Ordinal)) meeting = true;
            else if (fact.StartsWith("m:", StringComparison.Ordinal) && fact.IndexOf('>', StringComparison.Ordinal) is > 2 and var arrow
                && fact[2..arrow] is var imposer && !homes.Contains(imposer)) homes.Add(imposer);
        }
        if (homes.Count == 0 && !meeting && sourceCountry is { Length: > 0 }
            && LedeOf(title, text, ledeEnd) is var lede
            && !HeadlineOpensWithOtherCountry(title, sourceCountry)
            && (MatchBudget.OrElse(() => TariffExtractor.HomeOf(lede, sourceCountry), null) == sourceCountry || OwnBudget(titleWords, title, text, ledeEnd, sourceCountry)
                || ForeignDutyHeadlineOfOutlet(titleWords, titleFigures, title, text, sourceCountry) || DutyToRateHeadlineOfOutlet(title, text, sourceCountry)))
            homes.Add(OwnUnionNamed(lede, sourceCountry) ?? sourceCountry);
        homes.Sort(StringComparer.Ordinal);
        return homes;
    }

    /// <summary>
    /// A budget is its government's own: a headline naming a budget ("Budget Speech 2027: Tax measures (extract)", "Budget 2027:
    /// Pork import duty to rise to 40 percent") over a headline and first sentence that name no country but the outlet's reports
    /// the outlet's country's budget, whether or not the extractor reads a measure from its lede ("Madam Speaker, the cost of
    /// building a home remains too high …"). Two such items from outlets of different countries are two budgets, however alike
    /// a budget speech's words and headline. A budget headline naming another country ("Kenya's budget raises duty on sugar"
    /// in a Ugandan paper), or a lede naming one ("… Ghana's finance minister said"), is left to the extractor.
    /// </summary>
    private static bool OwnBudget(List<string> titleWords, string? title, string? text, int ledeEnd, string sourceCountry)
    {
        if (!titleWords.Any(IsBudgetWord)) return false;
        var firstSentenceEnd = ledeEnd > 0 ? ledeEnd : FirstSentenceEnd(text);
        var lede = LedeOf(title, text, firstSentenceEnd);
        foreach (var m in Watcher.Core.Entities.EntityFinder.Find(lede))
        {
            var country = m.Entity.Kind == Watcher.Core.Entities.EntityKind.Leader ? m.Entity.Country : m.Entity.Id;
            if (country is not null && country != sourceCountry) return false;
        }
        return true;
    }

    /// <summary>
    /// The headline opens with another country's name, as its subject ("Vanuatu lifts duties on instant noodles, biscuits" in a New
    /// Zealand outlet, "Kenya's budget raises duty on sugar" in a Ugandan one): the decision is that country's, not the outlet's,
    /// whatever the extractor reads. A country's adjective ("Chinese nylon yarn faces duty") names goods, not an actor.
    /// </summary>
    private static bool HeadlineOpensWithOtherCountry(string? title, string outlet)
    {
        if (string.IsNullOrWhiteSpace(title)) return false;
        var headline = StoryKeys.NormalizedTitleText(title);
        var mentions = Watcher.Core.Entities.EntityFinder.Find(headline);
        if (mentions.Count == 0) return false;
        var first = mentions[0];
        return first.Form is Watcher.Core.Entities.MentionForm.Noun or Watcher.Core.Entities.MentionForm.Capital
            && first.Entity.Kind == Watcher.Core.Entities.EntityKind.Country && first.CountryId != outlet
            && headline.AsSpan(0, first.Start).Trim().IsEmpty;
    }

    private static readonly string BudgetWord = Fold("budget");

    /// <summary>Where the text's first sentence ends (0 for no text).</summary>
    private static int FirstSentenceEnd(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : Watcher.Core.Facts.SentenceSplitter.Split(text) is { Count: > 0 } s ? s[0].Start + s[0].Text.Length : 0;

    /// <summary>The customs union of the outlet's country that the lede names ("Govt extends EAC duty waiver on imported sugar" in
    /// a Kenyan paper): the decision the outlet reads as its country's is the union's common tariff, one home with every member's
    /// (<see cref="OneHome"/>). The union stays out of the item's parties (EntityFinder names no EAC or ECOWAS).</summary>
    private static string? OwnUnionNamed(string lede, string outlet)
    {
        foreach (Match m in CustomsUnionName().Matches(lede))
            foreach (var (union, members) in CustomsUnions)
                if (m.Groups[union].Success && members.Contains(outlet)) return union;
        return null;
    }

    // each union in a group named by its id in CustomsUnions
    [GeneratedRegex(@"\b(?:(?<EU>(?-i:EU)|European\s+Union)|(?<SACU>(?-i:SACU)|Southern\s+African\s+Customs\s+Union)|(?<EAC>(?-i:EAC)|East\s+African\s+Community)|(?<MERCOSUR>Mercosur|Mercosul)|(?<GCC>(?-i:GCC)|Gulf\s+Cooperation\s+Council)|(?<EAEU>(?-i:EAEU|EEU)|Eurasian\s+Economic\s+Union)|(?<CARICOM>CARICOM|Caribbean\s+Community)|(?<ECOWAS>(?-i:ECOWAS)|Economic\s+Community\s+of\s+West\s+African\s+States))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CustomsUnionName();

    /// <summary>The headline and the text's first sentence, as <see cref="Read"/> joins them.</summary>
    private static string LedeOf(string? title, string? text, int ledeEnd) =>
        text is null || ledeEnd <= 0 || string.IsNullOrWhiteSpace(text[..ledeEnd]) ? title ?? string.Empty : (title ?? string.Empty) + ".\n" + text[..ledeEnd].Trim();

    /// <summary>How many of the text's first sentences may stand in for a lede that states no fact.</summary>
    private const int OpeningSentences = 3;

    private static string Key(TariffMeasure m) =>
        $"m:{m.Imposer}>{m.Target}:{m.Rate?.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        + (Products(m) is { Length: > 0 } p ? "#" + p : string.Empty)
        + (m.Date is { Length: >= 7 } d ? "@" + d[..7] : string.Empty);

    private static string Products(TariffMeasure m) =>
        string.Join(',', m.Products.Select(p => AmericanSpellings(ForeignGoods.InEnglish(TariffExtractor.Canonical(p)))).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>
    /// Goods whose British and American names differ in spelling only ("tyres" / "tires", "aluminium" / "aluminum",
    /// "sulphur" / "sulfur", "fibre" / "fiber"), spelt one way in headline words and fact keys alike, when the fingerprint is
    /// made: an outlet's spelling is no other product. ("-ise" / "-ize" is folded by <see cref="Fold"/>.)
    /// </summary>
    internal static string AmericanSpelling(string word) => BritishSpellings.GetValueOrDefault(word, word);

    private static string AmericanSpellings(string product) =>
        product.Contains(' ', StringComparison.Ordinal) ? string.Join(' ', product.Split(' ').Select(AmericanSpelling)) : AmericanSpelling(product);

    /// <summary>
    /// The words outlets pick among for one thing when they rewrite a story, each read as a plain content word as well as
    /// itself (folded as <see cref="Fold"/> does): what is done to a duty ("hikes", "increases" → "raise"; "slashes", "reduces", "trims" →
    /// "cut"; "abolishes", "removes", "waives" → "scrap", not a ban's removal), and goods named by a common word or an abbreviation ("sweets",
    /// "candy" → "confectionery"; "EVs" → "electric vehicle"; "automobiles", "autos" → "car"). A headline alone in one
    /// outlet's words is then contained in the other outlet's article ("Customs duties on imported sweets doubled" / "Import
    /// duty on confectionery … raised to 20%"), and a headline rewritten by another desk shares its words. Read once per
    /// fingerprint, when its words are made. Countries, capitals, demonyms and leaders are one party already
    /// (<see cref="Watcher.Core.Entities.EntityFinder"/>). Not folded, measured (session 16): "tariff"/"levy" into "duty" (a
    /// telecom's "data tariffs" joined a duty story) and "slaps" into "imposes" (two anti-dumping headlines alone, on other
    /// goods, shared all their words but the goods).
    /// </summary>
    private static readonly Dictionary<string, string[]> OutletWordings = BuildOutletWordings();

    /// <summary>A removal whose object is a ban or a limit, not a duty ("Indonesia removes ban on coal exports", "removed the
    /// import quota", "lifting curbs"): a ban's end is no duty scrapped, and "removes ban" is not folded into "scrap". The object
    /// is read within the next three words ("removes export ban", "removed the temporary import ban").</summary>
    private static bool RemovesARestriction(IReadOnlyList<Token> tokens, int i, string word)
    {
        if (!RemovalWords.Contains(word)) return false;
        for (var j = i + 1; j < tokens.Count && j <= i + 3; j++)
            if (RestrictionWords.Contains(tokens[j].Text)) return true;
        return false;
    }

    private static readonly HashSet<string> RemovalWords = new(StringComparer.Ordinal)
    {
        "abolish", "abolishes", "abolished", "abolishing", "remove", "removes", "removed", "removing", "eliminate", "eliminates",
        "eliminated", "eliminating", "waive", "waives", "waived", "waiving",
    };

    private static readonly HashSet<string> RestrictionWords = new(StringComparer.Ordinal)
    {
        "ban", "bans", "embargo", "embargoes", "curb", "curbs", "quota", "quotas", "restriction", "restrictions", "prohibition",
        "prohibitions", "moratorium", "cap", "caps", "limit", "limits", "licensing", "licence", "license", "licences", "licenses",
        "sanction", "sanctions",
    };

    private static Dictionary<string, string[]> BuildOutletWordings()
    {
        var classes = new (string Plain, string[] Words)[]
        {
            // (not "rise"/"rose"/"rising": what rises is most often a quantity, "Chinese EV exports rise 20% despite EU tariffs",
            // not a duty someone raised)
            ("raise", ["raises", "raised", "raising", "hike", "hikes", "hiked", "hiking", "increase", "increases", "increased", "increasing"]),
            // (verbs only: a noun recalls the measure as another story's background, "… said Indonesia's removal of its 5% tariff
            // on Australian beef would lift demand for cattle"; nor the adjective "lower", "lower tariffs", "lower growth forecast";
            // "cuts" folds to "cut" itself, verb or noun)
            ("cut", ["cutting", "lowers", "lowered", "lowering", "reduce", "reduces", "reduced", "reducing",
                "slash", "slashes", "slashed", "slashing", "trim", "trims", "trimmed", "trimming"]),
            ("scrap", ["scraps", "scrapped", "scrapping", "abolish", "abolishes", "abolished", "abolishing", "remove", "removes",
                "removed", "removing", "eliminate", "eliminates", "eliminated", "eliminating", "waive", "waives", "waived", "waiving"]),
            ("confectionery", ["sweets", "candy", "candies", "confectionary"]),
            ("electric vehicle", ["ev", "evs"]),
            ("car", ["cars", "automobile", "automobiles", "auto", "autos"]),
        };
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (plain, surface) in classes)
        {
            // (no British spellings among them: that table is made after this one)
            string[] folded = [.. plain.Split(' ').Select(Fold)];
            foreach (var w in surface) map[w] = folded;
        }
        return map;
    }

    private static readonly Dictionary<string, string> BritishSpellings = new(StringComparer.Ordinal)
    {
        ["tyre"] = "tire", ["tyres"] = "tires", ["aluminium"] = "aluminum", ["sulphur"] = "sulfur", ["sulphate"] = "sulfate",
        ["sulphates"] = "sulfates", ["sulphuric"] = "sulfuric", ["fibre"] = "fiber", ["fibres"] = "fibers", ["fibreboard"] = "fiberboard",
    };

    internal static uint[] MinHash(IReadOnlyList<string> words, int hashes)
    {
        var sig = new uint[hashes];
        Array.Fill(sig, uint.MaxValue);
        foreach (var word in words)
        {
            var h = WordHash(word);
            for (var s = 0; s < hashes; s++)
            {
                var v = SlotHash(h, s);
                if (v < sig[s]) sig[s] = v;
            }
        }
        return sig;
    }

    private static ulong WordHash(string word)
    {
        ulong h = 1469598103934665603UL;
        foreach (var ch in word) h = (h ^ ch) * 1099511628211UL;
        return h;
    }

    private static uint SlotHash(ulong wordHash, int slot) => (uint)(Mix(wordHash + (ulong)slot * 0x9E3779B97F4A7C15UL) >> 32);

    /// <summary>The item's words may include <paramref name="word"/>: no slot of its signature is above the word's own hash there.
    /// A word the item has never fails; one it lacks passes only if every slot's minimum is below its hash (for an item of n words,
    /// about (n / (n + 1))^128: 2% at 30 words, 6% at 45).</summary>
    internal bool MayHaveWord(string word)
    {
        var h = WordHash(word);
        for (var s = 0; s < Signature.Length; s++)
            if (SlotHash(h, s) < Signature[s]) return false;
        return true;
    }

    /// <summary>
    /// A fact's or headline pair's key: 128 bits of two FNV-1a lanes, mixed. These keys live only in memory (every index
    /// computes them again from the stored facts and headline words; only the "t-" and "u-" keys are stored, as SHA-256),
    /// so they need no cryptographic hash: a SHA-256 each cost a baseline more than all its band keys.
    /// </summary>
    private static string KeyHash(string s)
    {
        ulong a = 1469598103934665603UL, b = 0x9E3779B97F4A7C15UL;
        foreach (var ch in s)
        {
            a = (a ^ ch) * 1099511628211UL;
            b = (b ^ ch) * 0xff51afd7ed558ccdUL;
        }
        return $"{Mix(a):x16}{Mix(b ^ (ulong)s.Length):x16}";
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "from", "at", "as", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "said", "says", "say", "it", "its", "this",
        "that", "these", "those", "after", "before", "over", "under", "than", "more", "most", "up", "down", "out", "into", "about", "their", "his",
        "her", "they", "he", "she", "we", "our", "not", "no", "also", "which", "who", "whom", "while", "new", "if", "so", "such", "there", "then",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "next", "week", "year", "day", "one", "two",
    };

    private static string Short(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..24];
}
