using System.Buffers;

namespace Watcher.Core.Facts;

/// <summary>Plumbing only (session 25, perf35): whether a text can hold a match of <see cref="ActingInstitution"/>, found by one scan
/// for the institution words the pattern needs, so that a text without any is not scanned by the pattern. No reading rule lives
/// here.</summary>
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
}
