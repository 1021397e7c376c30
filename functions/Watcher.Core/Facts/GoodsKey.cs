using System.Text;
using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// One key for the ways reports name one goods: lower case, each word singular, British and American spellings one
/// ("tyres" / "tires", "aluminium" / "aluminum", "fertiliser" / "fertilizer"), a hyphen a space ("cold-rolled"), a trade
/// abbreviation its spelled-out name ("EVs" / "electric vehicles", "BOPP film" / "biaxially oriented polypropylene film"), a
/// bracketed abbreviation a second name of the phrase ("polyvinyl butyral (PVB) film" is also "PVB film"), and a whole-trade
/// word after goods no part of their name ("steel products", "steel imports" are steel). Nothing else folds: two different
/// goods never share a key ("steel" / "stainless steel", "steel" / "steel pipes", "pet food" / "PET resin").
/// </summary>
public static partial class GoodsKey
{
    /// <summary>The key of a goods phrase (its bracketed parts dropped).</summary>
    public static string Of(string phrase) => Keys(phrase)[0];

    /// <summary>Two phrases name one goods: a key of the one is a key of the other.</summary>
    public static bool Same(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        var ka = Keys(a);
        var kb = Keys(b);
        foreach (var x in ka)
            foreach (var y in kb)
                if (x.Length > 0 && x == y) return true;
        return false;
    }

    /// <summary>The phrase's keys: first its own without the brackets; then, for a bracketed abbreviation whose letters are the
    /// initials of the words before it ("polyvinyl butyral (PVB) film"), the phrase with the abbreviation in their place.</summary>
    public static IReadOnlyList<string> Keys(string phrase)
    {
        var bracket = Bracket().Match(phrase);
        var plain = bracket.Success ? phrase[..bracket.Index] + " " + phrase[(bracket.Index + bracket.Length)..] : phrase;
        var own = Fold(plain);
        if (!bracket.Success) return [own];
        var abbreviation = bracket.Groups["a"].Value;
        var before = Words(phrase[..bracket.Index]);
        var spelled = SpelledBy(abbreviation, before);
        if (spelled == 0) return [own];
        var alias = Fold(string.Join(' ', before.Take(before.Count - spelled)) + " " + abbreviation + " " + phrase[(bracket.Index + bracket.Length)..]);
        return alias == own ? [own] : [own, alias];
    }

    /// <summary>The abbreviation is the initials of two or more words right before it ("computer numerically controlled" for
    /// "CNC", "liquefied petroleum gas" for "LPG"): a gloss of the goods phrase it stands in, not a name of its own.</summary>
    internal static bool Glosses(string abbreviation, string before) => SpelledBy(abbreviation, Words(before)) >= 2;

    /// <summary>How many of the last words the abbreviation's letters are the initials of ("BOPP" of "biaxially oriented
    /// polypropylene": each word gives its first letter and perhaps more), 0 when none.</summary>
    private static int SpelledBy(string abbreviation, IReadOnlyList<string> words)
    {
        var a = abbreviation.ToLowerInvariant().TrimEnd('s');
        for (var n = Math.Min(words.Count, a.Length); n >= 1; n--)
            if (Spells(a, 0, words.Skip(words.Count - n).Select(w => w.ToLowerInvariant()).ToArray(), 0)) return n;
        return 0;

        // each word gives its initial, then perhaps one later letter of its own ("PVB": p-olyv-inyl, b-utyral)
        static bool Spells(string a, int p, string[] ws, int w)
        {
            if (w == ws.Length) return p == a.Length;
            if (p >= a.Length || ws[w].Length == 0 || a[p] != ws[w][0]) return false;
            if (Spells(a, p + 1, ws, w + 1)) return true;
            return p + 1 < a.Length && ws[w].IndexOf(a[p + 1], 1) > 0 && Spells(a, p + 2, ws, w + 1);
        }
    }

    private static List<string> Words(string s) => s.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Fold(string phrase)
    {
        var sb = new StringBuilder();
        var words = Words(phrase.Replace(',', ' ').Replace('.', ' '));
        // "steel products", "aluminium imports": a whole-trade word after named goods is no part of their name
        // "consumer goods", "luxury products", "capital goods": after a word of class, not a goods name, the word is the head
        while (words.Count > 1 && WholeTrade.Contains(words[^1].ToLowerInvariant()))
        {
            // (the class's head one word: "consumer goods" and "consumer products" are one class)
            if (ClassOfGoods.Contains(words[^2].ToLowerInvariant())) { words[^1] = "goods"; break; }
            words.RemoveAt(words.Count - 1);
        }
        // "glasses" alone are spectacles; "drinking glasses" are glass
        if (words.Count == 1 && AloneOnly.Contains(words[0].ToLowerInvariant())) return words[0].ToLowerInvariant();
        foreach (var word in words)
        {
            var folded = FoldWord(word);
            if (folded.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(folded);
        }
        return sb.ToString();
    }

    /// <summary>One word: an abbreviation spelled out (a voweled one, an English word too, only in capitals: "PET", not "pet"),
    /// then singular, then one spelling.</summary>
    internal static string FoldWord(string word)
    {
        var capitals = word.Length >= 2 && word.TrimEnd('s').All(c => char.IsUpper(c) || char.IsDigit(c));
        var lower = word.ToLowerInvariant();
        var bare = capitals && lower.Length > 2 && lower[^1] == 's' ? lower[..^1] : lower; // "EVs", "LEDs"
        if (Abbreviations.TryGetValue(bare, out var name) && (capitals || !EnglishWords.Contains(bare))) return name;
        var singular = Singular(lower);
        return Spellings.GetValueOrDefault(singular, singular);
    }

    /// <summary>"tomatoes" → "tomato", "batteries" → "battery", "peaches" → "peach", "boxes" → "box", "tyres" → "tyre";
    /// words that end in s in the singular keep it ("glass", "asparagus", "cannabis", "molasses").</summary>
    internal static string Singular(string w)
    {
        if (w.Length <= 3 || Uncountable.Contains(w) || PluralOnly.Contains(w)) return w;
        if (IrregularPlurals.TryGetValue(w, out var one)) return one;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("oes", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) return w;
        return w[^1] == 's' ? w[..^1] : w;
    }

    /// <summary>A bracketed abbreviation: capitals (and digits), perhaps a plural s ("(BOPP)", "(PVB)", "(EVs)").</summary>
    [GeneratedRegex(@"\s*\((?<a>[A-Z][A-Z0-9]{1,5}s?)\)")]
    private static partial Regex Bracket();

    /// <summary>Words after named goods that say "this trade", not which goods.</summary>
    private static readonly HashSet<string> WholeTrade = new(StringComparer.Ordinal)
    {
        "product", "products", "good", "goods", "import", "imports", "export", "exports", "shipment", "shipments", "item", "items",
        "commodity", "commodities",
    };

    /// <summary>Words before "goods" / "products" that say which class of goods, not which goods ("consumer goods", "luxury
    /// goods", "capital goods", "agricultural products"): the whole-trade word stays.</summary>
    private static readonly HashSet<string> ClassOfGoods = new(StringComparer.Ordinal)
    {
        "consumer", "luxury", "capital", "industrial", "manufactured", "finished", "semi-finished", "intermediate", "durable",
        "household", "agricultural", "farm", "sporting", "electronic", "electrical", "military", "strategic", "essential", "cultural",
        "digital", "counterfeit", "dual-use", "use", "primary", "basic", "environmental", "green", "white", "brown", "dry", "canned",
        "frozen", "packaged", "processed", "medical", "healthcare", "health", "beauty", "personal", "forest", "animal", "fishery",
        "fisheries", "marine", "aquatic", "heavy", "light", "retail", "export", "import", "imported", "foreign", "domestic",
        "sensitive", "other", "various", "all", "many", "such", "these", "those", "certain", "selected", "specific", "key",
    };

    /// <summary>Nouns only in the plural, or whose plural names other goods ("glasses" are spectacles, "clothes" no "clothe").</summary>
    private static readonly HashSet<string> PluralOnly = new(StringComparer.Ordinal)
    {
        "sunglasses", "eyeglasses", "clothes", "trousers", "jeans", "pants", "shorts", "tights", "pyjamas",
        "pajamas", "scissors", "pliers", "tongs", "binoculars", "goggles", "arms", "earnings", "proceeds", "customs",
    };

    /// <summary>Plurals that name other goods when they stand alone ("glasses" are spectacles, "drinking glasses" glass).</summary>
    private static readonly HashSet<string> AloneOnly = new(StringComparer.Ordinal) { "glasses", "spectacles" };

    private static readonly HashSet<string> Uncountable = new(StringComparer.Ordinal)
    {
        "molasses", "species", "series", "means", "news", "gas", "lens", "chassis", "apparatus", "asparagus", "citrus", "hummus",
        "cannabis",
    };

    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.Ordinal)
    {
        ["knives"] = "knife", ["leaves"] = "leaf", ["halves"] = "half", ["shelves"] = "shelf", ["loaves"] = "loaf", ["calves"] = "calf",
        ["wives"] = "wife", ["hooves"] = "hoof", ["shoes"] = "shoe", ["canoes"] = "canoe", ["hoes"] = "hoe", ["toes"] = "toe",
        ["mice"] = "mouse", ["geese"] = "goose", ["oxen"] = "ox", ["buses"] = "bus", ["gases"] = "gas", ["lenses"] = "lens",
        ["fungi"] = "fungus", ["cacti"] = "cactus", ["chillies"] = "chilli", ["chilies"] = "chili",
    };

    /// <summary>British spellings (and -ise/-yse) folded to the American one.</summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["tyre"] = "tire", ["aluminium"] = "aluminum", ["sulphur"] = "sulfur", ["sulphate"] = "sulfate", ["sulphide"] = "sulfide",
        ["sulphuric"] = "sulfuric", ["sulphite"] = "sulfite", ["fibre"] = "fiber", ["fibreboard"] = "fiberboard", ["fibreglass"] = "fiberglass",
        ["fertiliser"] = "fertilizer", ["colour"] = "color", ["coloured"] = "colored", ["jewellery"] = "jewelry",
        ["yoghurt"] = "yogurt", ["mould"] = "mold", ["moulded"] = "molded", ["aeroplane"] = "airplane", ["plough"] = "plow",
        ["whisky"] = "whiskey", ["grey"] = "gray", ["liquorice"] = "licorice", ["pyjama"] = "pajama", ["metre"] = "meter",
        ["litre"] = "liter", ["centre"] = "center", ["galvanised"] = "galvanized", ["vulcanised"] = "vulcanized",
        ["polymerised"] = "polymerized", ["stabiliser"] = "stabilizer", ["vaporiser"] = "vaporizer", ["atomiser"] = "atomizer",
        ["pasteurised"] = "pasteurized", ["homogenised"] = "homogenized", ["synthesiser"] = "synthesizer", ["moulding"] = "molding",
        ["storey"] = "story", ["programme"] = "program", ["catalogue"] = "catalog", ["cheque"] = "check", ["carburettor"] = "carburetor",
    };

    /// <summary>Trade abbreviations and the name each stands for, written from general trade usage (plastics, steel, energy,
    /// food, electronics, vehicles), not from any labelled item.</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ev"] = "electric vehicle", ["bev"] = "battery electric vehicle", ["phev"] = "plug in hybrid electric vehicle",
        ["bopp"] = "biaxially oriented polypropylene", ["bopet"] = "biaxially oriented polyethylene terephthalate",
        ["pet"] = "polyethylene terephthalate", ["pvc"] = "polyvinyl chloride", ["pvb"] = "polyvinyl butyral", ["pp"] = "polypropylene",
        ["pe"] = "polyethylene", ["hdpe"] = "high density polyethylene", ["ldpe"] = "low density polyethylene",
        ["lldpe"] = "linear low density polyethylene", ["eps"] = "expanded polystyrene", ["abs"] = "acrylonitrile butadiene styrene",
        ["ptfe"] = "polytetrafluoroethylene", ["pta"] = "purified terephthalic acid", ["psf"] = "polyester staple fiber",
        ["pfy"] = "polyester filament yarn", ["nbr"] = "nitrile butadiene rubber", ["sbr"] = "styrene butadiene rubber",
        ["epdm"] = "ethylene propylene diene monomer", ["msg"] = "monosodium glutamate",
        ["hrc"] = "hot rolled coil", ["crc"] = "cold rolled coil", ["crgo"] = "cold rolled grain oriented", ["crngo"] = "cold rolled non grain oriented",
        ["mdf"] = "medium density fiberboard", ["hdf"] = "high density fiberboard", ["osb"] = "oriented strand board",
        ["lng"] = "liquefied natural gas", ["lpg"] = "liquefied petroleum gas", ["cpo"] = "crude palm oil",
        ["uht"] = "ultra high temperature", ["mdm"] = "mechanically deboned meat", ["smp"] = "skimmed milk powder",
        ["dap"] = "diammonium phosphate", ["led"] = "light emitting diode", ["lcd"] = "liquid crystal display",
        ["cnc"] = "computer numerically controlled", ["api"] = "active pharmaceutical ingredient", ["pv"] = "photovoltaic",
    };

    /// <summary>Abbreviations that are English words too: spelled out only when written in capitals.</summary>
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "pet", "abs", "led", "api", "pe", "pp", "pv", "eps", "ev", "dap", "msg", "crc",
    };
}
