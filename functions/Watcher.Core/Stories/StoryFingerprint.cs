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
    public IReadOnlyList<string> Facts { get => _facts; init { _facts = value; _parsed = null; _headlineParties = null; _namesLeaders = null; _budgetRead = false; } }
    private readonly IReadOnlyList<string> _facts = [];

    private ParsedFact[]? _parsed;

    /// <summary>The facts taken apart once (a lookup compares one item's facts with every candidate's).</summary>
    internal ParsedFact[] ParsedFacts => _parsed ??= [.. Facts.Select(ParsedFact.Of)];

    /// <summary>The headline's content words, normalised as in the signature (entities as "@" + country id, plurals folded):
    /// two headlines of one story share most of them even when one item is a headline alone.</summary>
    public IReadOnlyList<string> TitleWords { get => _titleWords; init { _titleWords = value; _titleSet = null; _salient = null; _topicWords = null; _titleFigures = null; _titleParties = null; _listedParties = null; _titleForums = null; _titleOrdinals = null; _editions = null; _titleStage = null; _titleTrade = null; _titleLaw = null; _titleVisit = null; _titleYears = null; _titleKinds = null; _headlineParties = null; _namesLeaders = null; _dutyKind = -1; _budgetRead = false; _forumDelegation = null; _attendsForum = null; } }
    private readonly IReadOnlyList<string> _titleWords = [];

    /// <summary>How many distinct content words the signature was made of (0 when unknown: a story indexed before it was kept).</summary>
    public int WordCount { get; init; }

    /// <summary>The countries and blocs the item names anywhere (a leader counts as their country), sorted.</summary>
    public IReadOnlyList<string> Entities { get => _entities; init { _entities = value; _entitySet = null; } }
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
            var tokens = Tokenizer.Tokenize(part);
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
    private int TitleKinds => _titleKinds ??= (TitleSet.Overlaps(TradeWords) ? TradeKind : 0) | (TitleSet.Overlaps(MeetingWords) ? MeetingKind : 0)
        | (HeadlineAction.IsRetaliation(TitleSet) ? RetaliationKind : 0);
    private int? _titleKinds;
    private const int TradeKind = 1, MeetingKind = 2, RetaliationKind = 4;
    private bool IsRetaliationHeadline => (TitleKinds & RetaliationKind) != 0;

    /// <summary>
    /// Two trade headlines share a word that says what the story is about (a product, a place, a number, a name), not
    /// only a country and the vocabulary every trade story uses: "Solar cell imports from China to attract anti-dumping
    /// duty" shares "China", "anti-dumping" and "duty" with any anti-dumping story on Chinese goods, and most of its
    /// words are contained in such an article. Headlines without trade words (a summit, a visit: their countries and
    /// forum are their topic) always pass.
    /// </summary>
    public bool HeadlinesShareATopicWord(StoryFingerprint other)
    {
        if (!IsTradeHeadline && !other.IsTradeHeadline) return true;
        foreach (var w in other.TitleSet)
            if (w[0] != '@' && !TradeWords.Contains(w) && !TradeStoryWords.Contains(w) && TitleSet.Contains(w)) return true;
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
    /// weeks later, not its copy: a call is no visit.</summary>
    private static bool OtherMeans(StoryFingerprint a, StoryFingerprint b) =>
        a.NamesCall && !b.NamesCall && (b.TitleVisit != HeadlineAction.Visit.None
            || b.TitleSet.Contains(Visit) || b.HeadlineRates.Any(r => !a.StatesRate(r)));

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
    /// tariff", "Lula's call with Trump", "Trump calls Xi"), not a request ("calls for", "calls on", "call to", "calls off").
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
    public bool IsDigestHeadline => _digest ??= TitleSet.Overlaps(DigestWords)
        || (TitleSet.Overlaps(DigestPeriodWords) && TitleSet.Overlaps(DigestReviewWords))
        || (TitleSet.Overlaps(PeriodicalWords) && TitleParties.Length >= DigestListedParties);
    private bool? _digest;

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
        // every country's budget changes its duties in the same words ("Budget 2027: changes to customs duties on agricultural
        // goods adopted" / "Union Budget 2027-28: changes in customs duty rates"): the budget is the instrument, not the topic
        "budget", "change");

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
        if (fingerprint.OccasionHeadline) fingerprint = fingerprint with { Occasion = OccasionOf(title, text) };
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
        var tokens = Tokenizer.Tokenize(text);
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

    /// <summary>
    /// Two fact keys agree when they state the same thing: the same measure (imposer, target, rate) on at least one
    /// common product (or a product only one of them names), at the same month (or a month only one of them knows).
    /// "The UK's 50% tariff on Brazilian EVs" and "…on Brazilian solar panels" are two measures, two stories.
    /// </summary>
    public static bool FactsAgree(string a, string b) => a == b || ParsedFact.Of(a).Agrees(ParsedFact.Of(b));

    internal sealed record ParsedFact(string Key, string Base, string[] Products, string? Date)
    {
        public bool IsMeasure => Key.StartsWith("m:", StringComparison.Ordinal);

        /// <summary>A measure's imposer, target and rate, read once (a lookup compares each fact with every candidate's).</summary>
        public (string Imposer, string Target, double Rate)? Measure { get; private init; }

        public static ParsedFact Of(string key)
        {
            var (b, products, date) = Parts(key);
            return new ParsedFact(key, b, products, date) { Measure = Split(b) };
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // as StoryMatcher.Score
        public bool Agrees(ParsedFact other)
        {
            if (ReferenceEquals(Key, other.Key) || Key == other.Key) return true;
            if (Date is not null && other.Date is not null && Date != other.Date) return false;
            if (Base == other.Base)
                return ProductsAgree(other);
            if (IsMeeting && other.IsMeeting) return SameMeeting(other);
            if (Measure is not { } mine || other.Measure is not { } theirs) return false;
            return (SameMeasure(mine, theirs) && NamedProductsAgree(other)) || (SameDistinctiveRate(mine, theirs, this, other) && ProductsAgree(other));
        }

        /// <summary>The two facts name one product (see <see cref="SameProduct"/>).</summary>
        public bool SharesProductWith(ParsedFact other) => Products.Any(x => other.Products.Any(y => SameProduct(x, y)));

        /// <summary>A product is named, not only goods in general.</summary>
        public bool NamesProduct => _namesProduct ??= Products.Any(p => ProductWords(p).Count > 0);
        private bool? _namesProduct;

        private bool ProductsAgree(ParsedFact other) =>
            Products.Length == 0 || other.Products.Length == 0 || Products.Any(x => other.Products.Any(y => SameProduct(x, y)));

        /// <summary>A meeting of two or more named participants ("e:Narendra Modi|Vladimir Putin").</summary>
        public bool IsMeeting => Key.StartsWith("e:", StringComparison.Ordinal) && Key.Contains('|', StringComparison.Ordinal);

        /// <summary>Both name a meeting, and every participant of the one naming fewer is among the other's ("Costa, von
        /// der Leyen and Xi" / "von der Leyen and Xi"): one outlet names a delegation's second leader, another does not.</summary>
        public bool SameMeeting(ParsedFact other)
        {
            if (!IsMeeting || !other.IsMeeting) return false;
            var (fewer, more) = Participants.Length <= other.Participants.Length ? (Participants, other.Participants) : (other.Participants, Participants);
            return fewer.All(more.Contains);
        }

        internal string[] Participants => _participants ??= Base[2..].Split('|');

        /// <summary>An event ("e:…": a meeting, a visit, a forum).</summary>
        public bool IsEvent => Key.StartsWith("e:", StringComparison.Ordinal);

        /// <summary>An event of one participant that is no leader the entity dictionary knows ("e:European Union" read from "The EU
        /// and Canada held their 21st summit"): a bloc or country read as a visitor, which says nothing about whose meeting it is.</summary>
        public bool IsLeaderless => _leaderless ??= IsEvent && !Key.Contains('|', StringComparison.Ordinal) && !LeaderCountries.ContainsKey(Base[2..]);
        private bool? _leaderless;

        /// <summary>This is one leader's visit or trip, no counterpart named ("e:Friedrich Merz"), and the other a meeting
        /// that leader attends ("e:Friedrich Merz|Xi Jinping"): the extractor read the host from one lede and not the other.</summary>
        public bool VisitWithin(ParsedFact other) =>
            IsEvent && !Key.Contains('|', StringComparison.Ordinal) && other.IsMeeting && other.Participants.Contains(Base[2..], StringComparer.Ordinal);
        private string[]? _participants;

        /// <summary>Both name a product (not goods in general) and two of them agree: what a measure stated a little
        /// differently (a rounded rate, every origin for one exporter) must share to be the same measure.</summary>
        private bool NamedProductsAgree(ParsedFact other) =>
            Products.Any(x => ProductWords(x).Count > 0 && other.Products.Any(y => ProductWords(y).Count > 0 && SameProduct(x, y)));
    }

    /// <summary>
    /// Each headline names the same two parties, in reverse order, and states its own lede measure's direction: its first
    /// party is the measure's imposer, its second the target ("Trump raises tariffs on Chinese goods to 125%" over US>CN /
    /// "China raises tariffs on US goods to 125%" over CN>US). A retaliation answering a measure, not one measure whose
    /// direction the extractor misread: a misread headline names the target first ("US chipmakers hit with Chinese duties")
    /// or one party only ("… Analog Chips Originating in the United States").
    /// </summary>
    public bool HeadlinesStateOppositeDirections(StoryFingerprint other)
    {
        if (HeadlineDirection is not var (ia, ta) || other.HeadlineDirection is not var (ib, tb)) return false;
        return ia == tb && ta == ib;
    }

    /// <summary>The headline's two parties in order, when they are imposer then target of one of its lede measures.</summary>
    private (string Imposer, string Target)? HeadlineDirection
    {
        get
        {
            if (!_headlineDirectionRead) (_headlineDirection, _headlineDirectionRead) = (ReadHeadlineDirection(), true);
            return _headlineDirection;
        }
    }
    private (string Imposer, string Target)? _headlineDirection;
    private bool _headlineDirectionRead;

    private (string Imposer, string Target)? ReadHeadlineDirection()
    {
        var parties = TitleParties.Distinct(StringComparer.Ordinal).ToArray();
        if (parties.Length != 2) return null;
        foreach (var f in ParsedFacts)
            if (f.Measure is var (i, t, _) && i == parties[0] && t == parties[1]) return (i, t);
        return null;
    }

    /// <summary>
    /// Two measures with one rate (or one rounding the other) between the same parties, an origin "*" standing for any
    /// party: what the extractor reads of a measure even when it names the product in the outlet's words. The other
    /// direction counts only where one of them names no product ("US lowers tariff on South Korean cars" read as Korea's
    /// 15% on goods): with the same named product both ways it is mirror retaliation ("China slaps 25% tariff on US
    /// plywood" / "US raises 25% tariff on Chinese plywood"), two measures.
    /// </summary>
    internal static bool SameRateSameParties(ParsedFact x, ParsedFact y)
    {
        if (x.Measure is not var (ia, ta, ra) || y.Measure is not var (ib, tb, rb)) return false;
        if (!(ra == rb || (ra == Math.Floor(ra) && Round(rb) == ra) || (rb == Math.Floor(rb) && Round(ra) == rb))) return false;
        if (ia == ib && (ta == tb || ta == "*" || tb == "*")) return true;
        var swapped = (ia == tb && (ta == ib || ta == "*")) || (ta == ib && tb == "*");
        // a distinctive rate ("61.7", "344") is one ruling's fingerprint: the extractor that swapped its parties may also have
        // read its goods from another phrase ("m:US>*:61.7#semiconductor corporation" / "m:CN>US:61.7#analog chip")
        return swapped && (!x.NamesProduct || !y.NamesProduct || DistinctiveFigure(ra.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not null);
    }

    /// <summary>
    /// The same imposer stating one measure in two ways: one rate rounded to a whole number ("up to 38 percent" for
    /// "38.02%"), or one item naming the exporter it hits ("India imposed a 30 percent tariff on yellow pea imports",
    /// read from Canada) where the other says every origin ("*"). Two named targets, or two rates further apart, differ.
    /// </summary>
    private static bool SameMeasure((string Imposer, string Target, double Rate) a, (string Imposer, string Target, double Rate) b)
    {
        var ((imposerA, targetA, rateA), (imposerB, targetB, rateB)) = (a, b);
        if (imposerA != imposerB) return false;
        if (targetA != targetB && targetA != "*" && targetB != "*") return false;
        return rateA == rateB || (Whole(rateA) && Round(rateB) == rateA) || (Whole(rateB) && Round(rateA) == rateB);

        static bool Whole(double r) => r == Math.Floor(r);
    }

    /// <summary>
    /// One rate with decimals ("24.6%", "19.8 percent") between the same parties, whichever of them the extractor read as
    /// the imposer ("China's 19.8% duty on EU pork" / "…on pork from the EU", "MinCIT … duties of 24.6% … originating in
    /// China" read with China as the imposer): such a rate is the fingerprint of one ruling. Round rates (10%, 25%) are
    /// shared by many measures and must agree party by party.
    /// </summary>
    private static bool SameDistinctiveRate((string Imposer, string Target, double Rate) a, (string Imposer, string Target, double Rate) b, ParsedFact factA, ParsedFact factB)
    {
        if (a.Rate != b.Rate || a.Rate == Math.Floor(a.Rate)) return false;
        // Two imposers of one rate on one origin are two rulings ("Brazil sets 14.5% … on Chinese tyres" / "Argentina sets
        // 14.5% … on Chinese tyres"), and so is one imposer's rate on two named origins ("Japan sets 12.5% tariff on Russian
        // furniture" / "… on Malaysian furniture"): only the same parties, every origin for one of them, or the parties'
        // roles swapped, are one. One party in common in another role is a misread clause when one measure names no
        // product ("21.6 percent for Chinese suppliers" in Korea's ruling on China and Japan, read as China's on Japan),
        // and a chain of rulings when both name theirs ("Indonesia sets 26.41% tariff on Malaysian coffee" / "The US sets
        // 26.41% tariff on Indonesian coffee": the peers' template stories with rates with decimals merged by the hundred).
        return Party(a.Imposer) && a.Imposer == b.Imposer && (a.Target == b.Target || !Party(a.Target) || !Party(b.Target))
            || Swapped(a, b) || Swapped(b, a);

        bool Swapped((string Imposer, string Target, double Rate) x, (string Imposer, string Target, double Rate) y) =>
            Party(x.Imposer) && x.Imposer == y.Target && (x.Target == y.Imposer || !Party(x.Target) || !factA.NamesProduct || !factB.NamesProduct);

        static bool Party(string id) => id != "*";
    }

    private static double Round(double rate) => Math.Round(rate, MidpointRounding.AwayFromZero);

    /// <summary>"m:KR>CN:38.02" → ("KR", "CN", 38.02); null for an event or a key without a rate.</summary>
    private static (string Imposer, string Target, double Rate)? Split(string key)
    {
        var colon = key.LastIndexOf(':');
        var arrow = key.IndexOf('>', StringComparison.Ordinal);
        if (!key.StartsWith("m:", StringComparison.Ordinal) || colon < 0 || arrow < 2 || arrow > colon) return null;
        if (!double.TryParse(key[(colon + 1)..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var rate)) return null;
        return (key[2..arrow], key[(arrow + 1)..colon], rate);
    }

    /// <summary>
    /// Products agree when their names share a word, allowing for inflection ("tomato" / "tomatoes", "graphite" /
    /// "graphite anodes"), or when either is generic ("goods", "imports"): only two named, different products disagree.
    /// </summary>
    private static bool SameProduct(string a, string b)
    {
        if (a == b) return true;
        var wa = ProductWords(a);
        var wb = ProductWords(b);
        return wa.Count == 0 || wb.Count == 0 || wa.Any(x => wb.Any(y => x == y || SameWord(x, y)))
            || wa.Any(x => Abbreviates(x, wb)) || wb.Any(y => Abbreviates(y, wa));
    }

    /// <summary>
    /// A short word is the initials of the other product's words, each word giving its first letter and perhaps more of its
    /// own ("msg" / "monosodium glutamate", "nbr" / "nitrile butadiene rubber", "pet" / "polyethylene terephthalate",
    /// "hrc" / "hot rolled coil"; a plural "s" dropped): outlets name chemicals and steel by the trade's abbreviation.
    /// </summary>
    internal static bool Abbreviates(string acronym, IReadOnlyList<string> words)
    {
        // short, and at most two letters from a word: a longer word spelt across others is a word ("lumber" / "lithium batteries")
        if (words.Count < 2 || acronym.Length is < 2 or > 5 || (acronym.Length == 5 && acronym[^1] != 's')) return false;
        if (acronym.Length > words.Count && acronym[^1] == 's' && Initials(acronym[..^1])) return true;
        return Initials(acronym);

        // A word with a vowel is a word ("pipes" / "plastic pellets", "gas" / "galvanized steel", "wine" / "wire netting"), unless
        // it is one of the trade's few voweled abbreviations, and then only for the name it abbreviates.
        bool Initials(string a) => a.AsSpan().IndexOfAny("aeiouy") < 0
            ? Matches(a, 0, 0)
            : VoweledAbbreviations.TryGetValue(a, out var name) && string.Join(' ', words).TrimEnd('s').StartsWith(name, StringComparison.Ordinal);

        // letters from position p on are spelt by words from w on: each word gives its initial, then perhaps one later letter of its own
        bool Matches(string a, int p, int w)
        {
            if (w == words.Count) return p == a.Length;
            var word = words[w];
            if (p >= a.Length || word.Length == 0 || a[p] != word[0]) return false;
            if (Matches(a, p + 1, w + 1)) return true;
            for (var i = 1; p + 1 < a.Length && i < word.Length; i++)
                if (word[i] == a[p + 1] && Matches(a, p + 2, w + 1)) return true;
            return false;
        }
    }

    /// <summary>Abbreviations with a vowel, and the one name each stands for (folded, singular).</summary>
    private static readonly Dictionary<string, string> VoweledAbbreviations = new(StringComparer.Ordinal)
    {
        ["pet"] = "polyethylene terephthalate", ["ev"] = "electric vehicle", ["abs"] = "acrylonitrile butadiene styrene",
        ["hdpe"] = "high density polyethylene", ["ldpe"] = "low density polyethylene", ["eps"] = "expanded polystyrene",
        ["tdi"] = "toluene diisocyanate", ["mdi"] = "methylene diphenyl diisocyanate",
    };

    /// <summary>One word inflects the other ("tomato" / "tomatoes"), or a compound ends in the other ("ferroalloy" /
    /// "alloy", "ferrosilicon" / "silicon").</summary>
    private static bool SameWord(string x, string y)
    {
        var shorter = Math.Min(x.Length, y.Length);
        if (shorter >= 4 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal))) return true;
        return shorter >= 5 && (x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal));
    }

    private static readonly HashSet<string> GenericProductWords = new(StringComparer.Ordinal)
    {
        "and", "other", "all", "most", "good", "goods", "product", "products", "import", "imports", "export", "exports", "item", "items",
        "doubled", "raised", "cut", "new",
        // where from and which, not what: "Chinese-origin wheels", "the subject goods", "certain concrete reinforcing bar"
        "origin", "origins", "subject", "certain",
        // who trades, not what: "13.9 percent for Japanese suppliers"
        "supplier", "suppliers", "exporter", "exporters", "producer", "producers", "manufacturer", "manufacturers", "company", "companies", "firm", "firms",
        // a trade-remedy ruling's classes of exporter, read as the product ("24.1% for cooperating exporting producers")
        "cooperating", "non", "exporting", "sampled", "sampling", "remaining",
        // the measure itself, read as its product ("Chinese anti-dumping duties of up to 41.2 pct" on Korean makers)
        "anti", "dumping", "duty", "duties", "tariff", "tariffs", "levy", "levies", "countervailing", "safeguard", "surcharge",
    };

    /// <summary>The product's words, its head noun (the last word) folded to its class ("light vehicle" → "light
    /// automobile"); a modifier keeps its word ("auto parts" are parts, not automobiles).</summary>
    private static List<string> ProductWords(string product)
    {
        var words = NamedProductWords(product).ToList();
        if (words.Count > 0 && product.EndsWith(words[^1], StringComparison.Ordinal) && ProductSynonyms.TryGetValue(words[^1], out var head)
            && (!AmbiguousHeads.TryGetValue(words[^1], out var modifiers) || words.Take(words.Count - 1).All(modifiers.Contains)))
            words[^1] = head;
        return words;
    }

    /// <summary>The words of a product phrase that name the product: longer than two letters and not generic ("goods",
    /// "exporters").</summary>
    private static IEnumerable<string> NamedProductWords(string product) =>
        product.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && !GenericProductWords.Contains(w));

    /// <summary>Head nouns that name one product class ("light vehicles", "cars", "autos" are all automobiles; trucks and
    /// buses are not).</summary>
    private static readonly Dictionary<string, string> ProductSynonyms = new(StringComparer.Ordinal)
    {
        // a class name no word starts or ends with, so that a modifier ("auto parts", "car batteries") never agrees with it
        ["car"] = "(automobile)", ["cars"] = "(automobile)", ["auto"] = "(automobile)", ["autos"] = "(automobile)", ["automobile"] = "(automobile)",
        ["automobiles"] = "(automobile)", ["vehicle"] = "(automobile)", ["vehicles"] = "(automobile)", ["evs"] = "(automobile)",
        // "e-bikes" (its "e" is no word), "electric bicycles", "bikes": one class; "bicycle parts" keep their head
        ["bike"] = "(bicycle)", ["bikes"] = "(bicycle)", ["ebike"] = "(bicycle)", ["ebikes"] = "(bicycle)", ["bicycle"] = "(bicycle)",
        ["bicycles"] = "(bicycle)",
        // chips are semiconductors only when nothing but a chip's kind modifies them ("potato chips", "wood chips" are not)
        ["chip"] = "(semiconductor)", ["chips"] = "(semiconductor)", ["microchip"] = "(semiconductor)", ["microchips"] = "(semiconductor)",
        ["semiconductor"] = "(semiconductor)", ["semiconductors"] = "(semiconductor)",
    };

    // (declared before AmbiguousHeads, which reads it: static fields are set in the order written)
    private static readonly HashSet<string> ChipModifiers = new(StringComparer.Ordinal)
    {
        "computer", "memory", "logic", "advanced", "legacy", "mature", "semiconductor", "imported",
    };

    /// <summary>Heads with another sense ("potato chips", "wood chips"): they fold to their class only alone or with these
    /// modifiers.</summary>
    private static readonly Dictionary<string, HashSet<string>> AmbiguousHeads = new(StringComparer.Ordinal)
    {
        ["chip"] = ChipModifiers, ["chips"] = ChipModifiers,
    };

    /// <summary>"m:GB>BR:50#electric vehicles,solar panels@2025-08" → ("m:GB>BR:50", [products], "2025-08").</summary>
    private static (string Base, string[] Products, string? Date) Parts(string key)
    {
        var at = key.IndexOf('@', StringComparison.Ordinal);
        var date = at < 0 ? null : key[(at + 1)..];
        var rest = at < 0 ? key : key[..at];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (rest, [], date) : (rest[..hash], rest[(hash + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries), date);
    }

    /// <summary>The part of a fact key every copy of the story states alike (no products, no date).</summary>
    internal static string FactBase(string key) => Parts(key).Base;

    /// <summary>
    /// The index key of a fact: an event's participants; a measure's imposer and its rate rounded to a whole number
    /// ("m:KR>CN:38.02" → "m:KR:38"), so that copies stating it a little differently (a rounded rate, one exporter
    /// for every origin; see <see cref="SameMeasure"/>) meet in one bucket.
    /// </summary>
    internal static string FactIndexKey(string key)
    {
        var b = FactBase(key);
        return Split(b) is var (imposer, _, rate) ? $"m:{imposer}:{Round(rate).ToString(System.Globalization.CultureInfo.InvariantCulture)}" : b;
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
    /// where they differ in more, or where that sentence's two forms compare otherwise with another sentence (equal, or by length).</summary>
    private static (string Read, string Written)? HeadlineEvidence(string shared, string whole)
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
                || a[i].Text.Length.CompareTo(read.Length) != a[i].Text.Length.CompareTo(written.Length)))
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
                || ForeignDutyHeadlineOfOutlet(titleWords, titleFigures, title, text, sourceCountry)))
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
        if (!titleWords.Contains(BudgetWord)) return false;
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
            ulong h = 1469598103934665603UL;
            foreach (var ch in word) h = (h ^ ch) * 1099511628211UL;
            for (var s = 0; s < hashes; s++)
            {
                var v = (uint)(Mix(h + (ulong)s * 0x9E3779B97F4A7C15UL) >> 32);
                if (v < sig[s]) sig[s] = v;
            }
        }
        return sig;
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
