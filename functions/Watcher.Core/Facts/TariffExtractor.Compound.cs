using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Headlines name the product as a modifier of the tariff word: "doubles steel tariff to 50%", "EV import tariff increase to
/// 35%", "Canada drops 100% EV tariff", "Rice import duty cut to 2%" (a headline's passive: the tariff word, its participle, the rate).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The product words right before the tariff word the rate belongs to ("steel tariff to 50%"): the nouns
    /// before the tariff word, back to the first verb, determiner, qualifier or name of a country.</summary>
    private static (int Start, int End)? ProductModifier(string s, int rateStart, IReadOnlyList<Mention> mentions)
    {
        var from = Math.Max(0, rateStart - 120);
        var m = ModifiedTariffBefore().Match(s[from..rateStart]);
        if (!m.Success) return null;
        var words = m.Groups["p"].Captures;
        var last = words.Count - 1;
        while (last >= 0 && ImportWord().IsMatch(words[last].Value)) last--; // "gold import duty" (the regex may take "import" as a word)
        var first = last + 1;
        for (var i = last; i >= 0; i--)
        {
            var w = words[i];
            if (!IsProductWord(w.Value) || mentions.Any(x => x.Start < from + w.Index + w.Length && x.End > from + w.Index)) break;
            first = i;
        }
        if (first > last) return null;
        var start = from + words[first].Index;
        var end = from + words[last].Index + words[last].Length;
        return (start, end);
    }

    private static bool IsProductWord(string w) =>
        (w.Length >= 3 || (w.Length == 2 && w.All(char.IsUpper))) && !NotModifierWord().IsMatch(w) && !AdjectiveOnly().IsMatch(w)
        && !NotGoodsWhenWord().IsMatch(w) && !ForumWords.Value.Contains(w)
        && (!w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IngNoun().IsMatch(w)) && !(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && w.Length > 4 && !w.EndsWith("eed", StringComparison.OrdinalIgnoreCase))
        && !w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !w.Contains('\'') && !w.Contains('’');

    [GeneratedRegex(@"(?:^|[\s(])(?:(?<p>[A-Za-z][\w'’-]*)\s+){1,4}(?:import\s+|export\s+)?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|(?<=(?:import|customs)\s+)tax(?:es)?)(?:\s+(?:rates?|increases?|hikes?|rise))?(?:\s+(?:will\s+|to\s+)?(?:rise|climb|go|increase|jump|fall|drop|(?:is\s+|was\s+|be\s+)?(?:cut|raised|lowered|reduced|increased|hiked|slashed|halved|doubled|tripled|trebled|quadrupled)))?(?:\s+(?:by\s+)?[0-9.]+\s+(?:percentage\s+)?points?)?\s+(?:to|of|at)\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+)?$")]
    private static partial Regex ModifiedTariffBefore();

    /// <summary>A product phrase that, without its country names, is empty ("on China", "against the EU").</summary>
    private static bool OnlyCountries(string s, int start, int end, IReadOnlyList<Mention> mentions)
    {
        var inPhrase = mentions.Where(m => m.Start >= start && m.End <= end).ToList();
        if (inPhrase.Count == 0) return false;
        var rest = s[start..end].ToCharArray();
        foreach (var m in inPhrase) Array.Fill(rest, ' ', m.Start - start, m.End - m.Start);
        return Leading().Replace(" " + new string(rest).Trim(), " ").Trim().Length == 0;
    }

    /// <summary>Goods named with "-ing": "flooring", "tubing", "clothing" are nouns, not verbs.</summary>
    [GeneratedRegex(@"^(?:floor|cloth|tub|pip|roof|bedd|cast|packag|hous|fenc|sheet|deck|sid|lin|wir|plat|forg|shelv|light|season|stuff|dress|coat|fitt)ing$", RegexOptions.IgnoreCase)]
    private static partial Regex IngNoun();

    [GeneratedRegex(@"^(?:import|export)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImportWord();

    /// <summary>Words that end a product named before the tariff word: verbs of headlines, determiners, qualifiers of the rate, the
    /// rate's own unit ("with 25 percent tariffs").</summary>
    [GeneratedRegex(@"^(?:percent|cent|points?|the|a|an|its|their|his|her|our|this|that|these|those|to|of|on|in|for|and|or|with|by|as|at|up|from|new|old|higher|lower|total|overall|average|effective|combined|standard|general|basic|flat|blanket|minimum|maximum|top|current|existing|sectoral|specific|out-of-quota|in-quota|over-quota|tariff-rate|ad|valorem|section|trump|biden|faces?|pays?|impose|apply|applies|charges?|introduces?|slaps?|hits?|keeps?|maintains?|holds?|attracts?|carries|incurs?|removes?|suspends?|retains?|gets?|sees?|wants?|seeks?|agrees?|accepts?|avoids?|escapes?|dodges?|levy|raises?|cuts?|doubles?|triples?|hikes?|lifts?|drops?|scraps?|slashes|sets?|imposes?|proposes?|plans?|speeds?|eases?|extends?|announces?|unveils?|approves?|adopts?|halves|lowers?|boosts?|reinstates?|restores?|reimposes?|mulls|weighs|considers?|confirms?|says?|said|will|would|could|may|might|must|to|is|are|was|were|be|has|have|had|after|before|amid|over|under|more|less|than|says|government|govt|ministry|commission|brussels|washington|beijing|ottawa|tokyo|delhi)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotModifierWord();

    /// <summary>Words that say when, where, on what occasion or in what quantity a tariff applies, never what goods: "Budget import
    /// duty hiked to 15%", "Emergency …", "Nationwide …", "Provincial …", "Summer …", "Year-end …", "Second-quarter …", "10,000 tonnes
    /// import duty …". A closed list, not a goods vocabulary: goods are an open class ("vanillin", "BOPP film", "bikes") that no list
    /// the extractor keeps could hold, while the words of time, scope and occasion are few. Seasons are singular ("steel springs"
    /// stay goods).</summary>
    [GeneratedRegex(@"^(?:budgets?|emergency|interim|transitional|seasonal|annual|yearly|monthly|quarterly|weekly|fiscal|financial|extra|one-off|one-time|steep|hefty|stiff|national|nationwide|federal|provincial|state|statewide|regional|local|municipal|domestic|summer|winter|spring|autumn|january|february|march|april|june|july|august|september|october|november|december|tonnes?|tons?|kgs?|kilos?|kilograms?|litres?|liters?|gallons?|barrels?|metric|billion|million|worth|fy\d*|q[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])-(?:quarter|half)|(?:mid|end|start)-(?:year|month|quarter)|(?:year|month|quarter|half)-end|(?:short|medium|long)-term)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotGoodsWhenWord();

    /// <summary>The one-word names of regional bodies (the catalogue's query-only @forums: "ECOWAS", "SADC", "AfCFTA"): a body that
    /// owns a common tariff ("Ghana ECOWAS import levy") is no goods.</summary>
    private static readonly Lazy<HashSet<string>> ForumWords = new(() =>
        [.. EntityCatalog.Forums.SelectMany(f => f.Aliases.Select(a => a.Alias).Append(f.Name)).Where(a => !a.Contains(' '))]);
}
