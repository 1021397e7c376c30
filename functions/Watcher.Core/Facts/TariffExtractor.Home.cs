using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

public static partial class TariffExtractor
{
    /// <summary>
    /// The end of a window after a name, at most <paramref name="length"/> characters from <paramref name="from"/>, cut at a line
    /// break: a line break (the headline's end, a paragraph's) ends what a name owns or is owned by. "… imports from China\nThe
    /// government imposed …": China owns no government, whether the headline ends with a full stop or not.
    /// </summary>
    internal static int LineEnd(string text, int from, int length)
    {
        var end = Math.Min(text.Length, from + length);
        var br = from < end ? text.IndexOf('\n', from, end - from) : -1;
        return br < 0 ? end : br;
    }

    /// <summary>The start of a window before a name, at most <paramref name="length"/> characters before <paramref name="to"/>, cut
    /// after a line break (see <see cref="LineEnd"/>).</summary>
    internal static int LineStart(string text, int to, int length)
    {
        var start = Math.Max(0, to - length);
        var br = start < to ? text.LastIndexOf('\n', to - 1, to - start) : -1;
        return br < 0 ? start : br + 1;
    }

    /// <summary>The window after a name, cut at a line break (<see cref="LineEnd"/>).</summary>
    internal static ReadOnlySpan<char> LineAfter(string text, int from, int length) => text.AsSpan(from, LineEnd(text, from, length) - from);

    /// <summary>The window before a name, cut after a line break (<see cref="LineStart"/>).</summary>
    internal static ReadOnlySpan<char> LineBefore(string text, int to, int length)
    {
        var start = LineStart(text, to, length);
        return text.AsSpan(start, to - start);
    }

    /// <summary>No origin can be told: the measures of a home imposer that name none are not read.</summary>
    private const string UnknownOrigin = "?";

    /// <summary>The country whose own measure an item states without naming an imposer, as <see cref="Extract"/> reads it: the one
    /// country whose institutions act in it, else <see cref="HomeCountry.Of"/> with the outlet's country (an unnamed own government
    /// that decides: "Govt raises …", "Import duty on rice cut to 5%"; never an item from the exporters' side, one that names the
    /// outlet's country only as an origin, or one that decides nothing). The story fingerprint's home by the outlet (session 14).</summary>
    internal static string? HomeOf(string text, string? sourceCountry)
    {
        var parties = Parties(text);
        var countries = parties.Where(m => m.Entity.Kind != EntityKind.Leader || m.Entity.Country is not null)
            .Select(m => m.CountryId).Distinct(StringComparer.Ordinal).ToList();
        var possibleImposers = PossibleImposers(text, parties, countries);
        return ImpliedImposer(text, parties, possibleImposers) ?? HomeCountry.Of(text, parties, HomeCandidates(text, parties, possibleImposers), sourceCountry);
    }

    /// <summary>The countries an item may be at home in: those it names other than as an origin of goods (or one joined to an
    /// origin: "mainly from Brazil, the United States and the EU", "from China PR and Turkey"), other than by their goods or
    /// traders ("to check Chinese imports", "all other EU companies", "of which the United States is a major supplier") or as the
    /// owner of a tariff ("to cope with US tariffs"), or in a sentence comparing it ("A similar bill in Kenya failed"); a
    /// country's adjective counts only with an institution after it ("the Vietnamese government").</summary>
    private static List<string> HomeCandidates(string text, List<Mention> parties, List<string> possibleImposers)
    {
        var origin = new bool[parties.Count];
        for (var i = 0; i < parties.Count; i++)
            origin[i] = NamedAsOrigin(text, parties[i]) || OriginCompound(text, parties[i])
                || (i > 0 && origin[i - 1] && parties[i - 1].End <= parties[i].Start && CountryListJoin().IsMatch(text.AsSpan(parties[i - 1].End..parties[i].Start)));
        return possibleImposers.Where(c => parties.Where((m, i) => m.CountryId == c && !origin[i] && m.Entity.Kind != EntityKind.Leader
            && !HomeCountry.InComparison(text, m.Start) && !SeatOfOfficial(text, m)
            && !TradersNamed().IsMatch(LineAfter(text, m.End, 48))
            && (m.Form != MentionForm.Adjective || CountryInstitution().IsMatch(LineAfter(text, m.End, 40)))).Any()).ToList();
    }

    /// <summary>Between two countries of one list: a comma or "and"/"or", with "the" or a trailing "PR" ("China PR and Turkey").</summary>
    [GeneratedRegex(@"^(?:\s+(?:PR|Republic))?(?:,\s*(?:and\s+|or\s+)?|\s*&\s*|\s+(?:and|or)\s+)(?:the\s+)?(?:(?:Socialist\s+|People's\s+|Federal\s+|Islamic\s+|Democratic\s+)?(?:Republic|Kingdom|Principality|Federation|Sultanate|State)\s+of\s+(?:the\s+)?)?$")]
    private static partial Regex CountryListJoin();

    /// <summary>After a country: its goods or traders ("imports", "companies", "exporters"), its own tariffs ("the impact of US
    /// tariffs": a foreign measure the item reports), or its being a supplier.</summary>
    [GeneratedRegex(@"^(?:\s+PR)?(?:\s+[\w-]+){0,2}?\s+(?:imports|exports|goods|products|shipments|cargoes|supplies|compan(?:y|ies)|firms?|exporters?|producers?|manufacturers?|makers?|suppliers?|mills|origin|tariffs?|duties|levies|surtax(?:es)?)\b|^\s+(?:is|are|was|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:supplier|exporter|source|producer|seller)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TradersNamed();

    /// <summary>The origin of the measures a home imposer states without one: the one country the item names as an origin in a
    /// sentence about a tariff, or anywhere in a trade remedy's ("… originating in the People's Republic of China"), not counting the largest supplier of trade on every origin ("mainly
    /// from Brazil"); <see cref="UnknownOrigin"/> for a trade remedy that names several; "" for every origin.</summary>
    private static string HomeOrigin(string text, List<Mention> parties, string home)
    {
        var remedy = TradeRemedy().IsMatch(text);
        // a safeguard or a most-favoured-nation rate is on every origin, whatever exceptions the item names
        if (SafeguardOrMfn().IsMatch(text) && !remedy) return "";
        var origins = new List<string>();
        // an origin the item names in a sentence about a tariff ("additional tariffs on certain goods originating in Mexico"), not
        // one of its trade ("most of it comes from Brazil")
        var aboutTariff = SentenceSplitter.Split(text).Where(x => TariffWord().IsMatch(x.Text)).ToList();
        for (var i = 0; i < parties.Count; i++)
        {
            var m = parties[i];
            if (!remedy && !aboutTariff.Any(x => m.Start >= x.Start && m.Start < x.Start + x.Text.Length)) continue;
            // "except those from Vietnam, Indonesia and China": a country joined to an origin is one too
            var head = OriginListHead(text, parties, i, out var first);
            // ("from outside Mercosur" names what the origins exclude: every origin but the bloc's)
            if (m.CountryId == home || m.Entity.Kind == EntityKind.Leader || !NamedAsOrigin(text, parties[first]) || ShareOfOriginBefore().IsMatch(head)
                || OutsideOf(text, m)) continue;
            if (!origins.Contains(m.CountryId)) origins.Add(m.CountryId);
        }
        return origins switch
        {
            [var one] => one,
            [] => "",
            _ => remedy ? UnknownOrigin : "",
        };
    }

    /// <summary>The words before the first country of the list a country ends ("mainly from Brazil, the United States and the
    /// European Union"), so that a list's share word covers each of its countries.</summary>
    private static string OriginListHead(string text, List<Mention> parties, int at, out int first)
    {
        first = at;
        while (first > 0 && Joined(text, parties[first - 1], parties[first])) first--;
        return text[Math.Max(0, parties[first].Start - 24)..parties[first].Start];
    }

    [GeneratedRegex(@"\b(?:anti-?dumping|dumping|countervailing|anti-?subsidy|subsidy|CVD|AD)\b")]
    private static partial Regex TradeRemedy();
}
