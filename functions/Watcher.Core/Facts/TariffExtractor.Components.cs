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
    private static bool OriginCompound(string s, Mention m) => OriginCompoundAfter().IsMatch(LineAfter(s, m.End, 16));

    /// <summary>"Guam's governor said …", "the Governor of Puerto Rico warned …", "Lagos mayor …": a place named as the seat of a
    /// governor or mayor is where the speaker sits, not a government that sets tariffs (a central bank's governor sets none either).</summary>
    private static bool SeatOfOfficial(string s, Mention m) =>
        OfficialAfter().IsMatch(LineAfter(s, m.End, 32))
        || OfficialOfBefore().IsMatch(LineBefore(s, m.Start, 24));

    /// <summary>"China gave Washington a taste of its own medicine", "Beijing handed the US a bill", "sent Ottawa a message", "offered
    /// India a reduced 15% tariff": the object of a verb of giving receives the thing given; it does not act. Not when what follows
    /// is a span or a permission to act ("gave India until August 1 to cut …", "gave Ottawa 30 days", "gave Beijing a month", "the
    /// right to impose"), nor when a later "to … its/their … tariff" points back at the object ("gave the EU a warning to cut its 10%
    /// tariff"): then the object is the one who acts (fix16p).</summary>
    private static bool GivenTo(string s, Mention m)
    {
        if (!GiveVerbBefore().IsMatch(s.AsSpan(Math.Max(0, m.Start - 24), m.Start - Math.Max(0, m.Start - 24)))) return false;
        var after = s.AsSpan(m.End, Math.Min(s.Length, m.End + 120) - m.End);
        return GivenThingAfter().IsMatch(after) && !SpanOrLeaveAfter().IsMatch(after) && !OwnTariffToAfter().IsMatch(after);
    }

    /// <summary>"Trump raised the tariff to 35%, a blow to Canada", "The US confirmed a 50% tariff on coffee, rejecting Brazilian
    /// demands": the country a "blow to / setback for / rejecting" clause opens on, where the sentence names no party before it but
    /// the imposer — then it is the measure's only candidate target (fix16p).</summary>
    private static Mention? JudgedCountry(string s, List<Mention> mentions, Match cue, string? imposer)
    {
        var opens = mentions.FirstOrDefault(m => m.Start == cue.Index + cue.Length && m.Entity.Kind != EntityKind.Leader);
        if (opens is null || opens.CountryId == imposer) return null;
        return mentions.Any(m => m.Start < cue.Index && m.CountryId != imposer && m.Entity.Kind != EntityKind.Leader) ? null : opens;
    }

    [GeneratedRegex(@"\b(?:gave|give|gives|giving|handed|hands|handing|sent|send|sends|sending|taught|teach|teaches|teaching|showed|shows|showing|dealt|deals|dealing|offered|offers|offering)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GiveVerbBefore();

    /// <summary>The thing given, right after the object: a noun phrase led by a determiner ("a taste", "its own medicine", "another
    /// bill") or a rate ("15% tariff").</summary>
    [GeneratedRegex(@"^\s+(?:a|an|another|some|its|their|his|her|the|fresh|new|\d[\d.,]*\s*(?:%|per\s*cent|percent))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivenThingAfter();

    /// <summary>A span, a deadline or a leave to act given to the object: "until August 1", "30 days", "a month", "more time", "the
    /// right to", "a chance to", "the green light to".</summary>
    [GeneratedRegex(@"^\s+(?:until|till|by|through|more|extra|further|time|leeway|room|permission|\d+\s+(?:more\s+)?(?:days?|weeks?|months?|years?)\b|(?:a|an|one|another|the|some|two|three|four|six|few|several)\s+(?:more\s+|extra\s+|further\s+|few\s+|final\s+|last\s+|fresh\s+|new\s+|second\s+)?(?:days?|weeks?|months?|years?|deadline|window|time|grace\s+period|right|chance|opportunity|option|power|powers|go-ahead|green\s+light|leeway|room|permission|licen[cs]e|authority|mandate|nod|say)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SpanOrLeaveAfter();

    /// <summary>"… a warning to cut its 10% tariff", "… an ultimatum to drop their duties": a later clause of the object's own acting
    /// points back at it with "its"/"their" before a tariff word.</summary>
    [GeneratedRegex(@"^[^.;]{0,60}?\bto\s+(?:[a-z]+\s+){1,2}?(?:its|their)\s+(?:[\w%.,-]+\s+){0,4}?(?:tariffs?|dut(?:y|ies)|levy|levies|surtax(?:es)?|surcharges?|taxe?s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnTariffToAfter();

    [GeneratedRegex(@"^-(?:made|built|origin|originated|produced|manufactured|sourced|grown|assembled|milled|caught|raised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginCompoundAfter();

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?:lieutenant|deputy|acting|former|territorial|state|provincial|regional)\s+)?(?:governor|mayor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialAfter();

    [GeneratedRegex(@"\b(?:governor|mayor)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialOfBefore();
}
