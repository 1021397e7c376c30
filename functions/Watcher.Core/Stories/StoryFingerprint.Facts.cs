namespace Watcher.Core.Stories;

/// <summary>Lede facts compared: when two fact keys state one measure or event, and the products, rates and directions they name.</summary>
public sealed partial record StoryFingerprint
{
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
        // a customs union's common tariff, read as a member's where the lede names the member ("… siding with two producers in
        // Germany"), is one measure with the union's (see OneHome)
        if (!OneHome(imposerA, imposerB)) return false;
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
}
