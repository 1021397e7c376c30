using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>"Indonesia has raised import duties on a list of goods under Regulation No. 9/2027, which takes effect on March 3:
    /// beverages (15%), biscuits (20%) …": a rate of a list that a colon opens after the tariff word is as near that word as the
    /// colon is, however long the clause before the colon (the colon follows the tariff word in the same clause: no semicolon
    /// between them or between the colon and the rate), and the list opens with goods in lower case.</summary>
    private static bool InListAfterColon(string s, RateMention rate, Match keyword)
    {
        var end = keyword.Index + keyword.Length;
        if (end > rate.Start) return false;
        var colon = s.LastIndexOf(':', rate.Start - 1, rate.Start - end);
        if (colon < 0 || rate.Start - colon > 90 || colon - end > 200 || s.AsSpan(end, rate.Start - end).IndexOf(';') >= 0) return false;
        // goods are written in lower case; a list of firms or countries ("as follows: Yantai Food Co., Ltd: 21.4%") is not this one
        var first = s.AsSpan(colon + 1).TrimStart();
        return first.Length > 0 && char.IsLower(first[0]);
    }

    /// <summary>The goods of a later item of a list whose rates follow their goods in brackets or after "to": "…, biscuits (20%",
    /// "… (20%, from 10%) and chocolate products (20%", "…, fresh apples (from 8% to 4%", "…, biscuits to 20%" (the region between
    /// two rates holds the old rate's remark, the separator and the goods; "… and stepping down to 22%", "… and falling to 10%" name
    /// no goods: a participle of a rate's moving opens no item).</summary>
    [GeneratedRegex(@"^\s*(?:,?\s*(?:from|up\s+from|down\s+from|previously|was)\s+[0-9][0-9.,]*\s*(?:%|per[\s-]?cent|percent)\s*)?\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?<p>(?!(?:but|while|whereas|with|yet|so|then|stepping|falling|rising|climbing|dropping|declining|easing|going|moving|increasing|decreasing|tapering|sliding|reaching)\b)(?-i:[a-z])[a-z -]{1,40}?)(?<!\b(?:to|at|of|by|with|from|than|about|around|nearly|and|or|in|on|for|down|up|back|further))(?:\s*\(\s*(?:from\s+[0-9][0-9.,]*\s*(?:%|per[\s-]?cent|percent)\s+to\s+)?|\s+to\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketLead();

    /// <summary>The first item of a list after a colon whose rate follows in brackets: ": bottled sweetened beverages (15%".</summary>
    [GeneratedRegex(@":\s*(?<p>(?-i:[a-z])[\w -]{1,40}?)\s*\(\s*(?:from\s+[0-9][0-9.,]*\s*(?:%|per[\s-]?cent|percent)\s+to\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ColonBracketLead();
}
