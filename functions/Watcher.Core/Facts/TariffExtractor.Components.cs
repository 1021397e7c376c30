using System.Text.RegularExpressions;
using Watcher.Core.Entities;

namespace Watcher.Core.Facts;

/// <summary>
/// Which country a measure's parties are, where a country's mention names something other than the one who acts (session 16,
/// components16): a country fused to its goods as their origin ("China-made steel", "US-origin almonds") is an origin, never the
/// imposer nor the item's home; a place's governor or mayor speaks for no customs authority ("Guam's governor said the 10% tariff
/// …"); the country goods are exported to imposes the duty they face, whether the exporter is named by its possessive or as a
/// plain modifier ("Faroe Islands salmon exports to Russia face a 15% duty").
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>"China-made steel", "US-origin almonds", "Brazil-grown coffee": the mention is fused to its goods as their origin.</summary>
    private static bool OriginCompound(string s, Mention m) => OriginCompoundAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 16) - m.End));

    /// <summary>"Guam's governor said …", "the Governor of Puerto Rico warned …", "Lagos mayor …": a place named as the seat of a
    /// governor or mayor is where the speaker sits, not a government that sets tariffs (a central bank's governor sets none either).</summary>
    private static bool SeatOfOfficial(string s, Mention m) =>
        OfficialAfter().IsMatch(s.AsSpan(m.End, Math.Min(s.Length, m.End + 32) - m.End))
        || OfficialOfBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 24), m.Start - Math.Max(0, m.Start - 24)));

    /// <summary>"China gave Washington a taste of its own medicine", "Beijing handed the US a bill", "sent Ottawa a message": the
    /// object of a verb of giving receives; it does not act.</summary>
    private static bool GivenTo(string s, Mention m) =>
        GiveVerbBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 24), m.Start - Math.Max(0, m.Start - 24)));

    [GeneratedRegex(@"\b(?:gave|give|gives|giving|handed|hands|handing|sent|send|sends|sending|taught|teach|teaches|teaching|showed|shows|showing|dealt|deals|dealing|offered|offers|offering)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GiveVerbBefore();

    [GeneratedRegex(@"^-(?:made|built|origin|originated|produced|manufactured|sourced|grown|assembled|milled|caught|raised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginCompoundAfter();

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?:lieutenant|deputy|acting|former|territorial|state|provincial|regional)\s+)?(?:governor|mayor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialAfter();

    [GeneratedRegex(@"\b(?:governor|mayor)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialOfBefore();
}
