using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// A verbless goods conjunct after the rest of the rate before it (session 34, extract68): "… will pay 30 percent customs duty and rolled
/// oats 25 percent", "… 18% instead of 10% and their batteries 9%", "… 6% instead of 12%; electric kettles 4%", "… now pays 40 per cent at
/// the border, up from 15 per cent, and mineral water concentrate 12 per cent", "… un arancel de 20% desde marzo, y los cascos 15%". The
/// words between the two rates are the first rate's own tail (its duty's name, the rate it replaces, "at the border", a month), a
/// separator and the goods right before the later rate: <see cref="BareLead"/>'s list item with that tail before it, or after a
/// semicolon. Without this the later rate was dropped (NearRates: no lead clause) or read with the first rate's goods. The goods are
/// none when they name people or a figure (<see cref="ConjunctGoodsOnly"/>: "and inflation 5 percent", "and consumers 3 percent"),
/// and the later rate must end its clause (<see cref="RateEndsClause"/>: "and the economy 2 percent growth" is no conjunct of goods).
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The lead-in from <paramref name="from"/> (the end of the rate before) to <paramref name="rate"/> when it is a verbless goods
    /// conjunct whose words are no people or figure (<see cref="NoGoodsSubject"/>); none otherwise. NearRates keeps such a rate.</summary>
    private static Match ConjunctLead(string s, int from, RateMention rate) =>
        rate.Start - from is > 0 and <= 90 && RateEndsClause().IsMatch(s.AsSpan(rate.End)) && TailConjunctLead().Match(s, from, rate.Start - from) is { Success: true } lead
            && !NoGoodsSubject().IsMatch(lead.Groups["p"].ValueSpan) ? lead : Match.Empty;

    /// <summary>The goods of a rate whose lead-in is a verbless goods conjunct (<see cref="ConjunctLead"/>); null when it is not one,
    /// or its words name a country or a firm rather than goods.</summary>
    private static (int Start, int End)? GoodsConjunct(string s, int from, RateMention rate, IReadOnlyList<Mention> mentions) =>
        ConjunctLead(s, from, rate) is { Success: true } lead ? ConjunctGoodsOnly(s, GoodsAt(s, lead, 0, mentions)) : null;

    /// <summary>" customs duty and ", " instead of 10% and their ", " at the border, up from 15 per cent, and ", "; ", " desde marzo, y
    /// los ": the tail of the rate before (its duty's name; the rate it replaces; at the border, from or since a month), then ", (and)",
    /// "; (and)" or " and" (Spanish "y"), a determiner, and one to six words of goods in lower case right before the rate (not opened by a preposition: ", against 25%
    /// for shipments outside it" is a comparison; no article or "extra" among them: "… duty and soybeans an extra 10%" is
    /// <see cref="GappedLead"/>'s).</summary>
    [GeneratedRegex(@"\G(?:\s+(?:(?:customs|import|basic|general|ad\s+valorem)\s+)*(?:dut(?:y|ies)|tariffs?|levy|arancel|derechos?))?(?:\s+(?:instead\s+of|(?:up|down)\s+from|from|en\s+lugar\s+de|frente\s+al?)\s+[\d.,]+\s*(?:%|percent|per\s*cent))?(?:\s+(?:at\s+the\s+border|(?:from|in|since|desde|en|a\s+partir\s+de)\s+(?-i:[A-Za-z])[a-z]+))?(?:\s*,\s*(?:up|down)\s+from\s+[\d.,]+\s*(?:%|percent|per\s*cent))?(?:\s*[,;]\s*(?:(?:and|y)\s+)?|\s+(?:and|y)\s+)(?:(?:their|its|the|los|las|el|la)\s+)?(?<p>(?!(?:and|or|but|while|whereas|with|yet|so|then|que|pero|against|versus|for|of|to|at|on|in|from|by|than|under|over|plus|including|excluding|compared|instead|up|down|para|contra|" + MovingParticiples + "|" + NoItemOpener + @")\b)(?-i:[a-záéíóúñ])[\w-]*(?:\s+(?!(?:will|would|shall|is|are|was|were|to|at|now|also|still|pays?|paid|a|an|the|extra|additional|further)\b)[\w-]+){0,5}?)(?<!\b(?:to|at|of|by|with|from|than|about|around|nearly|and|or|in|on|for|de|del|al|en|" + NoItemEnd + @"))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TailConjunctLead();

    /// <summary>The words between a rate and the one it replaces: " instead of ", ", up from ", " from ", " en lugar de ", and after the
    /// first rate's place " at the border, up from ".</summary>
    [GeneratedRegex(@"^\s*,?\s*from\s+$|(?:instead\s+of|(?:up|down)\s+from|en\s+lugar\s+de|frente\s+al?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ReplacedRateLead();
}
