using System.Buffers;

namespace Watcher.Core.Facts;

/// <summary>Plumbing only (session 25, perf35; session 27, perf37): whether a text can hold a match of <see cref="ActingInstitution"/>
/// or <see cref="HomeReaction"/>, found by a scan for the words the pattern needs, so that a text without them is not scanned by the
/// pattern. No reading rule lives here.</summary>
internal static partial class HomeCountry
{
    /// <summary>False only when <see cref="ActingInstitution"/> matches nowhere in <paramref name="text"/> (at any start): every match
    /// holds one of its institution words (<see cref="InstitutionVocabulary"/>) in the match itself, not only in a lookbehind.</summary>
    internal static bool MayNameActingInstitution(string text) =>
        text.AsSpan().IndexOfAny(InstitutionVocabulary) >= 0 || text.AsSpan().IndexOfAny(TariffExtractor.OtherCaseForms) >= 0; // a case-blind letter outside ASCII: left to the pattern

    /// <summary>A letter run of each institution the pattern names, compared ignoring case (wider than its case-sensitive names,
    /// "House", "FG", "Commerce", "Diet"): Government and Gov't ("gov"), Administration, Cabinet, Council of Ministers, Executive,
    /// Parliament, Legislature and legislators ("legislat"), Congress, Senate and senators ("senat"), House, National Assembly,
    /// lawmakers, MPs, deputies, Treasury and Treasurer ("treasur"), Ministry and Minister ("minist"), Department, Commission(er),
    /// Customs, Board, Tribunal, Authority, FG, Commerce, Storting, Althing, Lok Sabha, Folketing, Riksdag, Sejm, Knesset, Duma, Rada,
    /// Diet, Dewan Rakyat, KPPI, KADI, CBSA, CITT, CNCE.</summary>
    private static readonly SearchValues<string> InstitutionVocabulary = SearchValues.Create(
        ["gov", "administration", "cabinet", "council", "executive", "parliament", "legislat", "congress", "senat", "house", "assembly",
            "lawmakers", "mps", "deputies", "treasur", "minist", "department", "commission", "customs", "board", "tribunal", "authority",
            "fg", "commerce", "storting", "althing", "sabha", "folketing", "riksdag", "sejm", "knesset", "duma", "rada", "diet", "rakyat",
            "kppi", "kadi", "cbsa", "citt", "cnce"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>False only when <see cref="HomeReaction"/> matches nowhere in <paramref name="text"/>: every match holds one of its
    /// reacting people (<see cref="ReactingPeople"/>) and one of its verbs (<see cref="ReactionVerbs"/>) in the match itself. The
    /// pattern has no leading anchor and several lazy runs, so it tried every position of every item that names a duty and no acting
    /// institution (6 % of the dev sets' fingerprint samples, perf37).</summary>
    internal static bool MayShowHomeReaction(string text) =>
        (text.AsSpan().IndexOfAny(ReactingPeople) >= 0 && text.AsSpan().IndexOfAny(ReactionVerbs) >= 0)
        || text.AsSpan().IndexOfAny(TariffExtractor.OtherCaseForms) >= 0; // a case-blind letter outside ASCII: left to the pattern

    /// <summary>The pattern's reacting people, as it spells them (ignoring case; "makers" also inside "carmakers", as the pattern reads it).</summary>
    private static readonly SearchValues<string> ReactingPeople = SearchValues.Create(
        ["makers", "manufacturers", "producers", "farmers", "growers", "importers", "traders", "retailers", "parents", "consumers", "fishermen",
            "industry", "millers", "processors", "assemblers", "dealers"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The pattern's verb stems (ignoring case): welcome, hail, protest, decry/decries, criticise/criticize, slam, cheer,
    /// applaud, lament, oppose.</summary>
    private static readonly SearchValues<string> ReactionVerbs = SearchValues.Create(
        ["welcom", "hail", "protest", "decry", "decrie", "criticis", "criticiz", "slam", "cheer", "applaud", "lament", "oppos"],
        StringComparison.OrdinalIgnoreCase);
}
