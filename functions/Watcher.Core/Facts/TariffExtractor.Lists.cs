using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>The last colon between a tariff word and a rate after it, or -1 (none, or the rate comes first): where a list the
    /// rate belongs to opens (<see cref="InListAfterColon"/>, <see cref="ListOfAnotherClause"/>).</summary>
    private static int ColonBetween(string s, RateMention rate, Match keyword)
    {
        var end = keyword.Index + keyword.Length;
        return end > rate.Start ? -1 : s.LastIndexOf(':', rate.Start - 1, rate.Start - end);
    }

    /// <summary>"Indonesia has raised import duties on a list of goods under Regulation No. 9/2027, which takes effect on March 3:
    /// beverages (15%), biscuits (20%) …": a rate of a list that a colon opens after the tariff word is as near that word as the
    /// colon is, however long the clause before the colon (the colon follows the tariff word in the same clause: no semicolon
    /// between them or between the colon and the rate), and the list opens with goods in lower case.</summary>
    private static bool InListAfterColon(string s, RateMention rate, Match keyword, int colon)
    {
        var end = keyword.Index + keyword.Length;
        if (colon < 0 || rate.Start - colon > 90 || colon - end > 200 || s.AsSpan(end, rate.Start - end).IndexOf(';') >= 0) return false;
        // goods are written in lower case; a list of firms or countries ("as follows: Yantai Food Co., Ltd: 21.4%") is not this one
        var first = s.AsSpan(colon + 1).TrimStart();
        return first.Length > 0 && char.IsLower(first[0]);
    }

    /// <summary>A list after a colon that another clause opens, not the tariff word's own: "India, which imposed a 20% export duty on
    /// rice last year, reported export growth by variety: basmati (12%) …" (the tariff word in a clause opened before it, ", which",
    /// ", after", that a comma closes before the colon, the main clause going on with a verb), or "… duty on rice and reported growth
    /// by variety: …" (a verb of reporting or of a figure's moving joined by "and"); unless the clause before the colon is itself
    /// about the tariff ("…, published the new duty rates: …").</summary>
    private static bool ListOfAnotherClause(string s, Match keyword, int colon)
    {
        if (colon < 0) return false;
        var between = s[(keyword.Index + keyword.Length)..colon];
        if (AndReportedBetween().IsMatch(between)) return true;
        var close = between.IndexOf(',');
        if (close < 0 || !ClauseOpenedBefore().IsMatch(s.AsSpan(0, keyword.Index))) return false;
        var rest = between[(close + 1)..];
        var main = rest.LastIndexOf(',') is var last and >= 0 ? rest[(last + 1)..] : rest;
        return MainClauseGoesOn().IsMatch(main) && !DutyWordIn().IsMatch(main);
    }

    /// <summary>A clause opened before the tariff word and not closed by a comma: ", which imposed a 20% export duty", ", after imposing
    /// anti-dumping duties", "Having raised tariffs".</summary>
    [GeneratedRegex(@"(?:^|[,(—–]\s*)(?:which|who|whose|after|having|since|while|when|although|though|because|despite|once|until|before)\b[^,;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseOpenedBefore();

    /// <summary>The words after the comma that closes it go on with the main clause's verb, not a relative clause or a phrase
    /// ("…, which takes effect in June", "…, effective March 3", "…, under a new order").</summary>
    [GeneratedRegex(@"^\s*(?!(?:which|that|who|whose|where|effective|under|from|in|on|at|with|starting|beginning|including|and|or|to|for|by|as|the|a|an|its|their|this|these)\b)(?-i:[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex MainClauseGoesOn();

    [GeneratedRegex(@"\b(?:and|but)\s+(?:[\w-]+\s+){0,3}?(?:reported|reports|said|says|saw|sees|showed|shows|posted|recorded|grew|rose|fell|jumped|climbed|dropped|declined|slumped|surged|expanded|contracted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AndReportedBetween();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|rates?|taxes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutyWordIn();

    /// <summary>The goods of a later item of a list whose rates follow their goods in brackets or after "to": "…, biscuits (20%",
    /// "… (20%, from 10%) and chocolate products (20%", "…, fresh apples (from 8% to 4%", "…, biscuits to 20%" (the region between
    /// two rates holds the old rate's remark, the separator and the goods; "… and stepping down to 22%", "… and falling to 10%" name
    /// no goods: a participle of a rate's moving opens no item).</summary>
    [GeneratedRegex(@"^\s*(?:,?\s*(?:from|up\s+from|down\s+from|previously|was)\s+[0-9][0-9.,]*\s*(?:%|per[\s-]?cent|percent)\s*)?\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:on|for)\s+)?(?<p>(?!(?:and|or|but|while|whereas|with|yet|so|then|" + MovingParticiples + "|" + NoItemOpener + @")(?![\w-]))(?-i:[a-z])[a-z -]{1,40}?)(?<!\b(?:to|at|of|by|with|from|than|about|around|nearly|and|or|in|on|for|down|up|back|further|" + NoItemEnd + @")\s*)(?:\s*\(\s*(?:from\s+[0-9][0-9.,]*\s*(?:%|per[\s-]?cent|percent)\s+to\s+)?|\s+to\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketLead();

    /// <summary>A rate's moving, which opens no item of goods: "… and stepping down to 22%", "… and falling to 10%".</summary>
    private const string MovingParticiples = "stepping|falling|rising|climbing|dropping|declining|easing|going|moving|increasing|decreasing|tapering|sliding|reaching";

    /// <summary>Words that open a later step of one rate, not an item of goods: "…, and eventually to 9% by 2031", "…, and in a second
    /// step to 25%", "…, and over time to 2%" (an adverb of time or manner, a preposition, a determiner of time).</summary>
    private const string NoItemOpener = @"[a-z]{3,}(?:ally|ently|antly|ately|ously|ively)|[a-z]{4,}ily|later|soon|again|also|only|once|thereafter|afterwards|next|this|last|each|every"
        + @"|in|by|over|within|from|after|before|until|till|during|through|throughout|starting|beginning|effective|at|under|via|possibly|perhaps|likely";

    /// <summary>Words that end a step's time, not goods ("…, and the following year to 10%", "…, and a year later to 5%"), and the holders
    /// of a rate in an anti-dumping list ("… mandatory respondents (2.84%), and all others (25.76%)"): exporters are no goods.</summary>
    private const string NoItemEnd = @"later|years?|months?|quarters?|decades?|steps?|stages?|phases?|time|term|period|date"
        + "|" + RateHolders;

    private const string RateHolders = @"respondents?|exporters?|producers?|manufacturers?|compan(?:y|ies)|firms?|suppliers?|others|traders?|shippers?|importers?|parties";

    /// <summary>The first item of a list after a colon whose rate follows in brackets: ": bottled sweetened beverages (15%"; not a class of
    /// exporters (": mandatory respondents (2.84%").</summary>
    [GeneratedRegex(@":\s*(?<p>(?-i:[a-z])[\w -]{1,40}?)(?<!\b(?:" + RateHolders + @")\s*)\s*\(\s*(?:from\s+[0-9][0-9.,]*\s*(?:%|per[\s-]?cent|percent)\s+to\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ColonBracketLead();
}
