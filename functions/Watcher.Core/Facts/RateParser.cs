using System.Globalization;
using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>A rate written in the text: its value, unit and where it sits.</summary>
public readonly record struct RateMention(double Value, string Unit, int Start, int End);

/// <summary>Reads rates: "76%", "76 per cent", "76 percent", "seventy-six per cent", "a 100% levy", "$200 a tonne".</summary>
public static partial class RateParser
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["one hundred"] = 100, ["a hundred"] = 100,
    };

    /// <summary>The rates of a sentence, in order. The extractor's sentence reading and its clause reader both ask, and a poll
    /// reads each body sentence twice (fingerprint and tracker): a thread's last answers are remembered (a new list each time).</summary>
    public static List<RateMention> Find(string sentence) =>
        [.. (_recent ??= new RecentAnswers<RateMention[]>()).Answer(sentence, static s => [.. Read(s)])];

    [ThreadStatic] private static RecentAnswers<RateMention[]>? _recent;

    private static List<RateMention> Read(string sentence)
    {
        var result = new List<RateMention>();
        foreach (Match m in Percent().Matches(sentence))
        {
            var value = m.Groups["n"].Success
                ? double.Parse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)
                : WordNumber(m.Groups["w"].Value);
            // "steel containing more than 0.6% carbon", "milk powder with 26% fat": a property of the goods is no rate
            if (value is > 0 and <= 1000 && !MetricRates.IsGoodsProperty(sentence, m.Index, m.Index + m.Length))
                result.Add(new RateMention(value, "percent", m.Index, m.Index + m.Length));
        }
        List<Match>? perUnit = null;
        foreach (Match m in PerUnit().Matches(sentence))
            // "honey worth more than NZ$2 a kilo", "onions sold at Rs. 180 a kilo": a value or a price per unit is no duty
            if (!ValueBefore().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 32), m.Index - Math.Max(0, m.Index - 32))))
            {
                result.Add(new RateMention(double.Parse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture),
                    Currency(m.Groups["c"].Value) + "/" + Unit(m.Groups["u"].Value), m.Index, m.Index + m.Length));
                (perUnit ??= []).Add(m);
            }
        if (perUnit is not null) AddScheduleSteps(sentence, perUnit, result);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>"$", "US$", "USD" → usd; "€", "EUR", "euros" → eur; "£" → gbp; "RMB", "yuan" → cny; "Rs", "₹", "rupees" → inr;
    /// "Tk", "taka" → bdt; "CHF", "¥", "₩", "₱", "A$", "C$", "NZ$", "R$" and ISO codes (NOK, SEK, DKK, ISK, BDT) → their own.</summary>
    private static string Currency(string c)
    {
        var k = c.Trim().TrimEnd('.').ToLowerInvariant();
        return k switch
        {
            "€" or "eur" or "euro" or "euros" => "eur",
            "£" or "gbp" or "pounds" => "gbp",
            "rmb" or "cny" or "yuan" or "renminbi" => "cny",
            "rs" or "inr" or "₹" or "rupees" => "inr",
            "chf" => "chf",
            "jpy" or "¥" => "jpy",
            "krw" or "₩" => "krw",
            "php" or "₱" => "php",
            "aud" or "a$" => "aud",
            "cad" or "c$" => "cad",
            "nzd" or "nz$" => "nzd",
            "brl" or "r$" => "brl",
            "zar" => "zar",
            "mxn" => "mxn",
            "nok" => "nok",
            "sek" => "sek",
            "dkk" => "dkk",
            "isk" => "isk",
            "tk" or "bdt" or "taka" => "bdt",
            "yen" => "jpy",
            "rand" => "zar",
            "naira" or "ngn" or "₦" => "ngn",
            "rp" or "idr" or "rupiah" => "idr",
            "rm" or "myr" or "ringgit" => "myr",
            "thb" or "฿" or "baht" => "thb",
            "vnd" or "₫" or "dong" => "vnd",
            "ksh" or "kes" or "shillings" => "kes",
            "ghs" or "gh₵" or "cedis" => "ghs",
            "try" or "tl" or "₺" or "lira" or "liras" => "try",
            "pkr" => "pkr",
            "lkr" => "lkr",
            "egp" => "egp",
            "aed" or "dirhams" => "aed",
            "sar" or "riyals" => "sar",
            "s$" => "sgd",
            "hk$" => "hkd",
            "clp" => "clp",
            "cop" => "cop",
            "ars" => "ars",
            "pen" or "s/" => "pen",
            "ugx" => "ugx",
            "tzs" => "tzs",
            "zmw" or "kwacha" => "zmw",
            "mwk" => "mwk",
            "roubles" or "rubles" => "rub",
            "reais" => "brl",
            "francs" => "chf",
            "won" => "krw",
            "pesos" => "peso",
            "rupee" => "inr",
            "cents" or "us cents" => "cent",
            "pence" => "penny",
            _ => "usd",
        };
    }

    /// <summary>"tonnes", "metric tons", "MT", "t" → tonne; "kilograms", "kilogrammes", "kilos" → kg; "100 kilograms" → 100kg; "liters" → litre; "square metres" → m2; "vehicles" → vehicle.</summary>
    private static string Unit(string u)
    {
        var k = u.ToLowerInvariant();
        return k switch
        {
            "mt" or "t" or "tonne" or "tonnes" or "ton" or "tons" => "tonne",
            "kg" or "kilogram" or "kilograms" or "kilogramme" or "kilogrammes" or "kilo" or "kilos" => "kg",
            _ when k.StartsWith("100", StringComparison.Ordinal) => "100kg",
            "litre" or "litres" or "liter" or "liters" => "litre",
            "hectolitre" or "hectolitres" or "hectoliter" or "hectoliters" => "hectolitre",
            _ when k.StartsWith("square", StringComparison.Ordinal) => "m2",
            _ => k.TrimEnd('s'),
        };
    }

    private static double WordNumber(string words)
    {
        var parts = words.ToLowerInvariant().Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        double total = 0;
        foreach (var p in parts) total += Words.GetValueOrDefault(p);
        return total;
    }

    [GeneratedRegex(@"\b(?:worth|valued|priced|costing|costs?|sells?|sold|selling|retails?|retailing|fetch(?:es|ed)?|trades?|traded)\s+(?:at\s+)?(?:(?:more|less)\s+than\s+|over\s+|under\s+|above\s+|below\s+|about\s+|around\s+|up\s+to\s+)?(?:(?-i:[A-Z]{2,3})\s?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ValueBefore();

    // [0-9], not \d: \d also matches other scripts' digits (NKo, Devanagari…), which double.Parse refuses.
    [GeneratedRegex(@"(?:(?<n>[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?)|(?<w>\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred|a hundred|hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)))(?:\s*|-)(?:%|per[\s-]?cent\b|percent\b|pc\b|pct\b|p\.c\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    /// <summary>A specific duty: "$200 a tonne", "US$ 95.5 per metric tonne", "EUR 45.6 per tonne", "$415/MT", "£0.35 per kg", "US$0.18 per litre",
    /// "1,200 yuan per tonne", "341 yen per kilogram", "CHF 5 per 100 kilograms", "US$1.26 per kilo", "CHF 80/t" (the newer ISO codes only in capitals, so that ordinary words cost no extra look). Each digit run is atomic, and a number without a currency sign starts only where a run starts, so a
    /// long run of digits is read once, not once per position.</summary>
    [GeneratedRegex(@"(?:(?<c>US\s?\$|\$|USD|EUR|€|£|GBP|RMB|CNY|INR|Rs\.?|₹|¥|₩|₱|₦|₺|฿|₫|GH₵|(?-i:A\$|C\$|NZ\$|R\$|S\$|HK\$|CHF|JPY|KRW|PHP|AUD|CAD|NZD|BRL|ZAR|MXN|NOK|SEK|DKK|ISK|BDT|Tk\.?|Rp\.?|IDR|RM|MYR|THB|VND|KSh|Ksh|KES|NGN|GHS|TRY|TL|PKR|LKR|EGP|AED|SAR|CLP|COP|ARS|PEN|S/\.?|UGX|TZS|ZMW|MWK))\s?(?<n>(?>[0-9]+)(?:,[0-9]{3})*(?:\.[0-9]+)?)|(?<![\w.,])(?<n>(?>[0-9]+)(?:,[0-9]{3})*(?:\.[0-9]+)?)\s(?<c>yuan|renminbi|euros?|rupees?|dollars|taka|yen|rand|naira|rupiah|ringgit|baht|dong|shillings|cedis|kwacha|lira|liras|roubles|rubles|pesos|reais|dirhams|riyals|francs|won|(?:US\s+)?cents|pence))(?:\s+(?:a|per)\s+(?:metric\s+)?|\s?/\s?)(?<u>tonnes?|tons?|MT|t|kg|kilogram(?:me)?s?|kilos?|100\s?(?:kg|kilogram(?:me)?s)|units?|vehicles?|pieces?|pairs?|lit(?:re|er)s?|gallons?|hectolit(?:re|er)s?|barrels?|head|items?|parcels?|packages?|consignments?|square\s+met(?:re|er)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();
}
