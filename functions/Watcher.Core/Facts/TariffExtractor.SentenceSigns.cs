using System.Buffers;

namespace Watcher.Core.Facts;

/// <summary>Plumbing only: what a sentence can hold, found in one scan of its letters before the readers of
/// <see cref="ReadSentences"/> run, so that a reader whose patterns need a word the sentence does not contain is not asked
/// (session 25, perf35). Each sign says "absent" only where every pattern it stands for could not match; no reading rule lives
/// here, and a reader that is not listed is asked as before.</summary>
public static partial class TariffExtractor
{
    /// <summary>The signs of one sentence.</summary>
    /// <param name="Rate">A rate may be written (<see cref="NoRateWritten"/> is false): a digit, "%", "per" or "pc". Every measure a
    /// reader builds carries a rate <see cref="RateParser"/> read from the sentence, and it reads none without one of those.</param>
    /// <param name="Duty">A word of the duty vocabulary may be present (<see cref="DutyVocabulary"/>): without one,
    /// <see cref="TariffWord"/>, <see cref="MeasuresOnPattern"/> and <see cref="DumpingContext"/> match nowhere in the sentence.</param>
    /// <param name="RateWord">"rate" is present: <see cref="RatesWord"/> and the "rate" of <see cref="OwnsRateAfter"/> need it.</param>
    internal readonly record struct SentenceSigns(bool Rate, bool Duty, bool RateWord)
    {
        internal static SentenceSigns Of(string sentence)
        {
            var s = sentence.AsSpan();
            // a case-blind pattern may read one of these as an ASCII letter of its words: every sign stays open
            if (s.IndexOfAny(OtherCaseForms) >= 0) return new(!NoRateWritten(sentence), true, true);
            return new(!NoRateWritten(sentence), s.IndexOfAny(DutyVocabulary) >= 0, s.Contains("rate", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Letter runs, compared ignoring case, that every match of the duty patterns contains:
    /// <list type="bullet">
    /// <item><see cref="TariffWord"/>: tariff(s), levy/levies ("lev"), duty/duties ("dut"), surtax and import/customs/export tax ("tax"),
    /// surcharge ("charge"), cess, countervailing, anti-dumping ("dump"), anti-subsidy ("subsid"), compensatory quota;</item>
    /// <item><see cref="MeasuresOnPattern"/>'s measure word: tariff, duty, levy, surtax, surcharge, import tax, measure(s), order(s) (its
    /// lookbehind reads before the word; the word itself is in the match), safeguard(s), fees, charges;</item>
    /// <item><see cref="DumpingContext"/>: anti-dumping/dumped/dumping ("dump"), countervailing, subsidised/subsidized/anti-subsidy
    /// ("subsid"), safeguard.</item>
    /// </list>
    /// The sentence those patterns read may be <see cref="BlankCodes"/>' or <see cref="JoinCountryLists"/>' copy of it: both only turn
    /// characters into spaces or "&amp;", so every run of letters in the copy is in the sentence at the same place.</summary>
    private static readonly SearchValues<string> DutyVocabulary = SearchValues.Create(
        ["tariff", "lev", "dut", "tax", "charge", "cess", "countervailing", "dump", "subsid", "compensatory", "measure", "order", "safeguard", "fee"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>"İ", "ı", "ſ" and the Kelvin sign: the letters outside ASCII a pattern that ignores case may read as an "i", "s" or "k";
    /// a text with any of them is left to the patterns (here and in <see cref="HomeCountry.MayNameActingInstitution"/>).</summary>
    internal static readonly SearchValues<char> OtherCaseForms = SearchValues.Create("\u0130\u0131\u017F\u212A");
}
