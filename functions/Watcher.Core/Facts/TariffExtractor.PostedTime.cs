using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// A live blog's entry opens on the clock time it was posted ("4:46 pm: Plastic food boxes to attract 25 per cent duty", "14:05 —
/// Finance Minister confirms …", "11:48 Import duty on …"): the time is no part of the statement, and the item reads the sentence from
/// after it (session 31, extract58). Read with it, the entry's goods subject was lost — the goods readers take a subject from the
/// sentence's start or after a dateline, and a clock time is neither — and the measure was on "goods". The measure's evidence is still
/// the sentence as written, time and all: a story's fingerprint finds the measures its lede states by the lede's sentences as written.
/// </summary>
public static partial class TariffExtractor
{
    /// <summary>The sentence from after the clock time it opens on (its start in the text moved with it).</summary>
    private static Sentence WithoutPostedTime(Sentence sentence) =>
        PostedTime().Match(sentence.Text) is { Success: true } time && time.Length < sentence.Text.Length
            ? new Sentence(sentence.Text[time.Length..], sentence.Start + time.Length) : sentence;

    /// <summary>The measures with the evidence read from after a posting time given back as the sentence written.</summary>
    private static List<TariffMeasure> WithPostedTimes(List<TariffMeasure> measures, List<Sentence> sentences)
    {
        Dictionary<string, string>? written = null;
        foreach (var sentence in sentences)
            if (WithoutPostedTime(sentence) is var read && read.Start != sentence.Start) (written ??= new(StringComparer.Ordinal)).TryAdd(read.Text, sentence.Text);
        return written is null ? measures : measures.Select(m => written.TryGetValue(m.Evidence, out var asWritten) ? m with { Evidence = asWritten } : m).ToList();
    }

    /// <summary>A clock time at the sentence's start, "4:46 pm:", "14:05 —", "09:14 GMT –", "10:42 a.m. ET —", "2.16 pm:", "11:48" before a capital; a time
    /// with a dot needs its am/pm ("12.50 per cent duty" is a rate), and one with a colon a separator or a capital after it.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}:\d{2}(?:\s*[aApP]\.?[mM]\.?)?|\d{1,2}\.\d{2}\s*[aApP]\.?[mM]\.?)(?:\s*(?:GMT|UTC|[ECMP][SD]?T|CES?T|BST|IST|WAT|EAT|SAST)\b)?\s*(?:[:—–-]\s*|(?=[A-Z]))")]
    private static partial Regex PostedTime();
}
