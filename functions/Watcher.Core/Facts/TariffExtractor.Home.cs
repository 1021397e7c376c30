using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>No origin can be told: the measures of a home imposer that name none are not read.</summary>
    private const string UnknownOrigin = "?";

    /// <summary>The countries an item may be at home in: those it names other than as an origin of goods, where a country named by
    /// its adjective counts only with an institution after it ("the Vietnamese government"), not with its goods or traders
    /// ("to check Chinese imports", "Chinese suppliers").</summary>
    private static List<string> HomeCandidates(string text, List<Mention> parties, List<string> possibleImposers) =>
        possibleImposers.Where(c => parties.Any(m => m.CountryId == c && m.Entity.Kind != EntityKind.Leader && !NamedAsOrigin(text, m)
            && (m.Form != MentionForm.Adjective || CountryInstitution().IsMatch(text[m.End..Math.Min(text.Length, m.End + 40)])))).ToList();

    /// <summary>The origin of the measures a home imposer states without one: the one country the item names as an origin
    /// ("… originating in the People's Republic of China"), not counting the largest supplier of trade on every origin ("mainly
    /// from Brazil"); <see cref="UnknownOrigin"/> for a trade remedy that names several; "" for every origin.</summary>
    private static string HomeOrigin(string text, List<Mention> parties, string home)
    {
        // a safeguard or a most-favoured-nation rate is on every origin, whatever exceptions the item names
        if (SafeguardOrMfn().IsMatch(text) && !TradeRemedy().IsMatch(text)) return "";
        var origins = new List<string>();
        for (var i = 0; i < parties.Count; i++)
        {
            var m = parties[i];
            // "except those from Vietnam, Indonesia and China": a country joined to an origin is one too
            var head = OriginListHead(text, parties, i, out var first);
            if (m.CountryId == home || m.Entity.Kind == EntityKind.Leader || !NamedAsOrigin(text, parties[first]) || ShareOfOriginBefore().IsMatch(head)) continue;
            if (!origins.Contains(m.CountryId)) origins.Add(m.CountryId);
        }
        return origins switch
        {
            [var one] => one,
            [] => "",
            _ => TradeRemedy().IsMatch(text) ? UnknownOrigin : "",
        };
    }

    /// <summary>The words before the first country of the list a country ends ("mainly from Brazil, the United States and the
    /// European Union"), so that a list's share word covers each of its countries.</summary>
    private static string OriginListHead(string text, List<Mention> parties, int at, out int first)
    {
        first = at;
        while (first > 0 && parties[first - 1].End <= parties[first].Start && JoinedBy().IsMatch(text[parties[first - 1].End..parties[first].Start])) first--;
        return text[Math.Max(0, parties[first].Start - 24)..parties[first].Start];
    }

    [GeneratedRegex(@"\b(?:anti-?dumping|dumping|countervailing|anti-?subsidy|subsidy|CVD|AD)\b")]
    private static partial Regex TradeRemedy();
}
