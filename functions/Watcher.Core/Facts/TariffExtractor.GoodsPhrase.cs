using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A positive reader of goods phrases: a noun phrase whose head is a trade-goods noun (a closed list of heads in the manner of
/// the tariff schedule's chapters: metals and their forms, vehicles and parts, machinery, chemicals and plastics, textiles,
/// wood and paper, food and farm goods, energy), its modifiers the lower-case words before it, up to a determiner, a
/// preposition, a verb or a country. A measure read with only "goods" whose rate's own clause names such a phrase is on it:
/// "Imports of diesel engines are freed from the 10% tariff", "Feed millers will import more feed wheat, which carries a tariff
/// of 7 percent", "electric vehicles would now attract 20 per cent duty, while frozen fish …".
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>A measure read with only "goods" takes the goods its rate's clause names (see the type's summary); a measure worded
    /// on a country's whole trade ("on Canadian goods", "all imports") keeps "goods".</summary>
    private static void GoodsOfTheRateClause(List<TariffMeasure> result)
    {
        for (var i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (!IsGeneric(m.Products) || m.Rate is not { } rate) continue;
            var s = BlankCodes(m.Evidence);
            if (WholeTrade(s, m.Target)) continue;
            if ((ClauseGoods(s, rate, m.RateUnit) ?? LabelGoods(s)) is { Count: > 0 } goods) result[i] = m with { Products = goods };
        }
    }

    /// <summary>"Newsprint: customs duty cut to 10% from 25%", "Steel scrap: 5% customs duty withdrawn", "- LED TV panels: duty cut to
    /// 1%": a line of a budget's or a schedule's list that opens with a short name and a colon, the tariff right after it, is on the
    /// goods it names. Not a country or a firm ("Paraguay: imports …"), not a label of the kind of article ("Analysis:", "Budget
    /// 2027:"), and only when the words after the colon begin with the tariff or its rate ("Key change: …" names no goods).</summary>
    private static List<string>? LabelGoods(string s)
    {
        var m = GoodsLabel().Match(s);
        if (!m.Success) return null;
        var label = m.Groups["p"].Value;
        if (label.Split(' ').Any(w => !IsProductWord(w) || ArticleLabel().IsMatch(w) || LabelNotGoods().IsMatch(w))) return null;
        if (EntityFinder.Find(label).Count > 0) return null;
        return [label];
    }

    /// <summary>A line's opening name (up to four words) and colon, the tariff noun or its rate right after.</summary>
    [GeneratedRegex(@"^\s*(?:[-•*–]\s*)?(?<p>[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3}):\s+(?=(?:[0-9.]+\s*(?:%|per\s*cent|percent)\s+)?(?:(?:basic|additional|regulatory|supplementary)\s+)?(?:(?:customs|import)\s+)?(?:dut(?:y|ies)|tariffs?|levy|levies)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsLabel();

    /// <summary>Words of a list line's label that name a change or a section, not goods ("What changes:", "Key points:", "Other
    /// items:", "New rates:"), or the people who speak about it ("Farmers: duty cut … will ruin us", "Importers: …").</summary>
    [GeneratedRegex(@"^(?:farmers|growers|consumers|traders|importers|exporters|industry|manufacturers|producers|workers|unions?|businesses|retailers|analysts|experts|economists|officials|critics|residents|users|buyers|sellers|dealers|millers|processors|shoppers|motorists|households|families|parents|doctors|lawyers|MPs|senators|opposition|lobby|what|key|main|other|new|changes?|points?|items?|rates?|highlights?|measures?|proposals?|summary|details?|note|notes|background|context|effect|impact|why|how|who|when|where|bottom|line|headline|update|section|part|chapter|annex|schedule|table|list|also|plus|meanwhile|elsewhere|separately|finally)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelNotGoods();

    /// <summary>The goods phrases of the clause a rate stands in: between the rates before and after it and the clause breaks
    /// around it; the last list of goods before the rate (its subject), else the first after it (its object).</summary>
    internal static List<string>? ClauseGoods(string s, double rate, string unit)
    {
        var rates = RateParser.Find(s);
        var at = rates.FindIndex(r => r.Value == rate && r.Unit == unit);
        if (at < 0 || rates.FindLastIndex(r => r.Value == rate && r.Unit == unit) != at) return null;
        var r0 = rates[at];
        var start = at > 0 ? rates[at - 1].End : 0;
        var end = at + 1 < rates.Count ? rates[at + 1].Start : s.Length;
        foreach (Match b in RateClauseBreak().Matches(s))
        {
            if (b.Index + b.Length <= r0.Start) start = Math.Max(start, b.Index + b.Length);
            else if (b.Index >= r0.End) { end = Math.Min(end, b.Index); break; }
        }
        // "Trump doubles tariffs on India to 50% over Russian oil purchases": what a measure answers is no goods of it
        if (ReasonAfterRate().Match(s, r0.End) is { Success: true } reason && reason.Index < end) end = reason.Index;
        if (start >= r0.Start || end <= r0.End) return null;
        var lists = GoodsLists(s, start, end);
        var before = lists.LastOrDefault(l => l.End <= r0.Start);
        var chosen = before.Items is not null ? before : lists.FirstOrDefault(l => l.Start >= r0.End);
        return chosen.Items;
    }

    /// <summary>The goods phrases in s[start..end), joined into lists where "and", "or" or a comma alone stands between two.</summary>
    internal static List<(int Start, int End, List<string> Items)> GoodsLists(string s, int start, int end)
    {
        var mentions = EntityFinder.Find(s);
        var idioms = GoodsIdiom().Matches(s);
        var phrases = new List<(int Start, int End, string Text)>();
        foreach (Match w in GoodsWord().Matches(s[..end], start))
        {
            if (!IsGoodsHead(s, w, mentions)) continue;
            // "a game of chicken", "a taste of its own medicine", "a bargaining chip": goods words of a figure of speech
            if (idioms.Any(x => x.Index <= w.Index && x.Index + x.Length >= w.Index + w.Length)) continue;
            // the modifiers: lower-case product words right before the head (the sentence's first word may be capitalised)
            var from = w.Index;
            var cursor = w.Index;
            while (true)
            {
                var prev = GoodsPreviousWord().Match(s[start..cursor]);
                if (!prev.Success) break;
                var word = prev.Groups["w"].Value;
                var index = start + prev.Groups["w"].Index;
                var first = s[..index].Trim().Length == 0;
                if (!(char.IsLower(word[0]) || (first && word.Skip(1).All(c => !char.IsUpper(c))))) break;
                if (NoGoodsModifier().IsMatch(word) || !IsProductWord(word) || mentions.Any(x => x.Start < index + word.Length && x.End > index)) break;
                from = index;
                cursor = index;
            }
            // "down to the wire", "a WTO panel", "fuel to the row": a head of another sense names goods only with a modifier
            if (from == w.Index && NeedsModifier.Contains(GoodsKey.Singular(w.Value.ToLowerInvariant()))) continue;
            // "India will scrap the duty", "plans to ship", "as it toys with": a head that is a verb too, unmodified, in a verb's place
            if (from == w.Index && VerbSense.Contains(GoodsKey.Singular(w.Value.ToLowerInvariant())) && InVerbPlace(s, start, w)) continue;
            phrases.Add((from, w.Index + w.Length, s[from..(w.Index + w.Length)]));
        }
        var lists = new List<(int Start, int End, List<string> Items)>();
        foreach (var p in phrases)
        {
            // a head that is also the first modifier of the next phrase ("ceramic" / "ceramic wall tiles") started both at one place:
            // the longer phrase takes the shorter's place in its list
            if (lists.Count > 0 && p.Start < lists[^1].End)
            {
                if (p.End > lists[^1].End)
                    lists[^1] = (Math.Min(lists[^1].Start, p.Start), p.End, [.. lists[^1].Items[..^1], p.Text]);
                continue;
            }
            if (lists.Count > 0 && GoodsListJoin().IsMatch(s.AsSpan(lists[^1].End..p.Start)))
                lists[^1] = (lists[^1].Start, p.End, [.. lists[^1].Items, p.Text]);
            else lists.Add((p.Start, p.End, [p.Text]));
        }
        return lists;
    }

    /// <summary>A word is a goods head: on the closed list (singular or plural), lower case (or the sentence's first word), inside no
    /// name ("Tata Steel", "Oil India"), and not the modifier of a word about the trade's people, places or figures ("steel
    /// industry", "oil prices", "rice farmers", "steel mills", "the steel ministry") nor of another head ("steel pipes").</summary>
    private static bool IsGoodsHead(string s, Match w, IReadOnlyList<Mention> mentions)
    {
        var word = w.Value;
        var first = s[..w.Index].Trim().Length == 0;
        if (!(word.All(c => char.IsLower(c) || c == '-') || (first && word.Skip(1).All(char.IsLower)))) return false;
        if (!GoodsHeads.Contains(GoodsKey.Singular(word.ToLowerInvariant()))) return false;
        if (mentions.Any(x => x.Start < w.Index + w.Length && x.End > w.Index)) return false;
        var next = GoodsNextWord().Match(s, w.Index + w.Length);
        if (next.Success && next.Index == w.Index + w.Length)
        {
            var after = next.Groups["w"].Value.ToLowerInvariant();
            if (NotGoodsAfter().IsMatch(after)) return false;
            // "steel pipes", "wine bottles": the head is the later word
            if (GoodsHeads.Contains(GoodsKey.Singular(after))) return false;
        }
        return true;
    }

    /// <summary>The word before is an auxiliary, "not" or a subject pronoun ("will scrap", "it toys"), or the word after is a
    /// determiner ("plans to scrap the", "ships its"): the head is a verb there ("to" alone is no sign: "apply to steel").</summary>
    private static bool InVerbPlace(string s, int start, Match w)
    {
        var prev = GoodsPreviousWord().Match(s[start..w.Index]);
        if (prev.Success && VerbBefore().IsMatch(prev.Groups["w"].Value)) return true;
        var next = GoodsNextWord().Match(s, w.Index + w.Length);
        return next.Success && next.Index == w.Index + w.Length && ObjectAfterVerb().IsMatch(next.Groups["w"].Value);
    }

    [GeneratedRegex(@"^(?:will|would|shall|should|can|could|may|might|must|not|never|did|does|do|it|he|she|they|we|who)$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"^(?:the|its|their|his|her|our|your|them|him|us)$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectAfterVerb();

    /// <summary>Figures of speech whose words are goods words (written from general English usage).</summary>
    [GeneratedRegex(@"\bgames?\s+of\s+chicken\b|\b(?:taste|dose)\s+of\s+(?:(?:its|their|his|her|our|your|my)\s+)?own\s+medicine\b|\bbargaining\s+chips?\b|\bblue[-\s]chips?\b|\bhot\s+potato(?:es)?\b|\bsmall\s+potatoes\b|\bsour\s+grapes\b|\bbread[-\s]and[-\s]butter\b|\bspill(?:s|ed|ing)?\s+the\s+beans\b|\bapples\s+(?:and|to|with)\s+(?:oranges|apples)\b|\blow[-\s]hanging\s+fruit\b|\bchicken[-\s]and[-\s]egg\b|\bnest\s+eggs?\b|\bcash\s+cows?\b|\biron(?:s|ed|ing)?\s+out\b|\biron\s+(?:fist|grip|curtain|lady|will)\b|\bsteel(?:s|ed|ing)?\s+(?:itself|themselves|himself|herself|ourselves)\b|\bnerves\s+of\s+steel\b|\boil\s+(?:the|its)\s+wheels\b|\bolive\s+branch\b|\bdrop\s+in\s+the\s+ocean\b|\bsalt\s+in\s+the\s+wounds?\b|\bfuel(?:s|led|ed|ling|ing)?\s+(?:the|a|an|fears|concerns|speculation|inflation|tensions)\b|\bfish(?:ing)?\s+for\b|\bmilk(?:s|ed|ing)?\s+(?:it|the\s+situation)\b|\bgravy\s+train\b|\bcherry[-\s]pick", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsIdiom();

    [GeneratedRegex(@"[A-Za-z][a-z-]*[a-z]")]
    private static partial Regex GoodsWord();

    [GeneratedRegex(@"(?<w>[A-Za-z][\w-]*)\s+$")]
    private static partial Regex GoodsPreviousWord();

    [GeneratedRegex(@"\G\s+(?<w>[A-Za-z][\w-]*)")]
    private static partial Regex GoodsNextWord();

    /// <summary>What stands between two goods phrases of one list: a comma, "and", "or", "as well as".</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+|&\s+)$")]
    private static partial Regex GoodsListJoin();

    /// <summary>Where a rate's clause ends: a semicolon, a colon, a dash, a contrast or a second clause ("while", "whereas", "but").</summary>
    [GeneratedRegex(@";|:\s|\s[-–—]\s|,?\s(?:while|whereas|but|although|though)\s")]
    private static partial Regex RateClauseBreak();

    /// <summary>A reason or occasion after a rate: "over", "amid", "after", "following", "despite", "because of", "as a penalty for",
    /// "in retaliation for", "in response to", "for buying …", "for its …"; or a clause about a party after it (", home to …",
    /// ", which …", ", where …", ", whose …": "imports from Vietnam, home to large rice farms").</summary>
    [GeneratedRegex(@"\s(?:over|amid|after|following|despite|because|as\s+a\s+penalty|in\s+retaliation|in\s+response|for\s+(?:its|their|his|her|(?!(?:clothing|packaging|bedding|roofing|flooring|tubing|fencing|casing|seasoning|dressing|filling|plumbing)\b)[a-z]+ing\b))\s|,\s*(?:home\s+to|which|where|whose)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonAfterRate();

    /// <summary>Words that end the modifiers of a goods head: determiners, quantifiers, prepositions, auxiliaries and the trade's
    /// own words ("import", "duty", "tariff-free").</summary>
    [GeneratedRegex(@"^(?:the|a|an|of|on|for|to|from|into|in|at|by|with|and|or|its|their|his|her|our|all|some|any|more|most|other|such|this|that|these|those|new|extra|additional|further|import|imports|export|exports|duty|duties|tariff|tariffs|levy|quota|will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|has|have|had|said|says|than|as|per|each|every|only|also|now|still|not|no|certain|about|which|who|while|what|own|worries|hits|hurts|threatens|spares|exempts|covers|targets|includes|excludes|affects|lifts|raises|cuts|boosts|curbs|bans|blocks|favours|favors|protects|shields|squeezes|rattles|(?:tariff|duty|quota|levy|tax)-free)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoGoodsModifier();

    /// <summary>A word after a goods noun that makes it the modifier of the trade's people, places, bodies or figures.</summary>
    [GeneratedRegex(@"^(?:industry|industries|sector|sectors|price|prices|output|production|market|markets|maker|makers|producer|producers|grower|growers|farmer|farmers|miller|millers|mill|mills|plant|plants|factory|factories|worker|workers|union|unions|firm|firms|company|companies|group|giant|giants|lobby|association|council|board|ministry|minister|department|agency|authority|commission|exporter|exporters|importer|importers|trader|traders|dealer|dealers|processor|processors|raiser|raisers|breeder|breeders|rancher|ranchers|smelter|smelters|refiner|refiners|refinery|refineries|mine|mines|miner|miners|purchase|purchases|buyer|buyers|sales|demand|supply|supplies|shortage|glut|stocks|reserves|futures|index|tycoon|baron|war|wars|deal|deals|talks|policy|policies|quota|quotas|rules|regime|scheme|subsidy|subsidies|tariff|tariffs|duty|duties|levy|levies|safeguard|town|belt|state|region|country|province|city|farm|farms|rival|rivals|shop|shops|store|stores|chain|chains|giant|brand|brands|boss|bosses|stock|shares)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotGoodsAfter();

    /// <summary>Heads with another sense in everyday English ("a WTO panel", "down to the wire", "a growth engine", "adding fuel"), or
    /// a container that counts other goods ("premium Australian bottles" of wine):
    /// goods only with a modifier of their own ("solar panels", "steel wire", "diesel engines", "jet fuel").</summary>
    private static readonly HashSet<string> NeedsModifier = new(StringComparer.Ordinal)
    {
        "plate", "wire", "rod", "tube", "coil", "film", "engine", "motor", "cable", "panel", "module", "machine", "fuel", "feed",
        "meal", "seed", "chip", "crane", "pump", "bottle",
    };

    /// <summary>Heads that are verbs too ("scrap a duty", "ship goods", "toy with", "fuel fears", "iron out"): without a modifier of
    /// their own, not goods in a verb's place (<see cref="InVerbPlace"/>).</summary>
    private static readonly HashSet<string> VerbSense = new(StringComparer.Ordinal)
    {
        "scrap", "nail", "screw", "bolt", "ship", "pump", "crane", "film", "tile", "cement", "fuel", "feed", "seed", "oil", "paper",
        "fish", "milk", "pipe", "tube", "foil", "plate", "coil", "panel", "chip", "bottle", "sack", "tire", "toy", "iron", "steel",
        "wire", "cable", "machine", "motor", "ladder", "pulp", "grain", "corn", "sugar", "butter", "egg", "honey", "pulse", "meal",
    };

    /// <summary>The word, singular or plural, is on the closed list of goods heads ("tyre", "paper", "footwear"; not "Eskom", "bank",
    /// "airline"): what a gate that needs a goods word asks (HomeCountry's goods word's tariff; fix19e).</summary>
    internal static bool IsGoodsHeadWord(string word) => GoodsHeads.Contains(GoodsKey.Singular(word.ToLowerInvariant()));

    /// <summary>Trade-goods heads, singular (in the manner of the tariff schedule's chapters), written from general knowledge.</summary>
    private static readonly HashSet<string> GoodsHeads = new(StringComparer.Ordinal)
    {
        // base metals and their forms
        "steel", "iron", "aluminium", "aluminum", "copper", "nickel", "zinc", "titanium", "magnesium", "ferroalloy", "alloy", "coil",
        "plate", "rebar", "wire", "rod", "pipe", "tube", "foil", "extrusion", "billet", "slab", "ingot", "scrap",
        "nail", "screw", "bolt", "fastener", "cookware", "ladder",
        // furniture and bedding (chapter 94)
        "seating", "sofa", "mattress",
        // vehicles, parts, machinery, electrical goods
        "vehicle", "car", "automobile", "truck", "motorcycle", "scooter", "bicycle", "tractor", "harvester", "trailer", "engine",
        "tire", "tyre", "battery", "ship", "aircraft", "machinery", "machine", "robot", "appliance", "pump", "compressor", "turbine",
        "generator", "motor", "transformer", "cable", "panel", "module", "inverter", "chip", "semiconductor", "wafer", "smartphone",
        "laptop", "computer", "television", "refrigerator", "conditioner", "excavator", "crane",
        // chemicals, plastics, rubber, glass, building materials
        "chemical", "fertiliser", "fertilizer", "urea", "resin", "film", "polymer", "plastic", "polyethylene", "polypropylene",
        "rubber", "glass", "ceramic", "tile", "cement", "pharmaceutical", "medicine", "vaccine", "cosmetic",
        // textiles, clothing, leather
        "fibre", "fiber", "yarn", "fabric", "garment", "apparel", "clothing", "footwear", "shoe", "leather", "cotton", "wool", "silk",
        "jute", "denim",
        // wood, paper, packaging, furniture, toys
        "pulp", "paper", "paperboard", "timber", "lumber", "plywood", "fibreboard", "fiberboard", "furniture", "toy", "sack", "bottle",
        // food and farm goods
        "wheat", "rice", "corn", "maize", "barley", "oat", "sorghum", "soybean", "bean", "pea", "lentil", "pulse", "grain", "cereal",
        "flour", "sugar", "oil", "meal", "seed", "oilseed", "canola", "rapeseed", "fruit", "vegetable", "apple", "pear", "grape",
        "banana", "orange", "tomato", "potato", "onion", "garlic", "almond", "pecan", "walnut", "cashew", "pistachio", "coffee",
        "tea", "cocoa", "chocolate", "biscuit", "beef", "pork", "poultry", "chicken", "mutton", "lamb", "meat", "fish", "shrimp",
        "prawn", "seafood", "salmon", "tuna", "milk", "cheese", "butter", "whey", "egg", "honey", "wine", "beer", "whisky",
        "whiskey", "bourbon", "brandy", "cognac", "tobacco", "cigarette", "juice", "feed",
        // live animals (chapter 1) and cereal preparations (chapter 19)
        "cattle", "livestock", "sheep", "goat", "swine", "noodle", "pasta",
        // energy
        "coal", "petroleum", "diesel", "gasoline", "fuel",
    };
}
