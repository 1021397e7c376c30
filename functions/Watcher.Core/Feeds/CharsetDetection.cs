using System.Text;
using UtfUnknown;

namespace Watcher.Core.Feeds;

/// <summary>An encoding guessed from the bytes alone, and the name feed readers report for it.</summary>
public readonly record struct CharsetGuess(Encoding Encoding, string Label, float Confidence);

/// <summary>
/// Guesses the encoding of bytes that carry no usable declaration and are not UTF-8, the way feedparser asks chardet:
/// uchardet's probers (UTF.Unknown) check which multi-byte CJK encodings the byte sequences are valid in and score
/// character and sequence frequencies for the single-byte ones. Only a guess for a script that windows-1252 cannot
/// carry is trusted (Chinese, Japanese, Korean, Cyrillic, Greek, Hebrew, Arabic, Thai); a Latin-script guess, a weak
/// one or one .NET cannot decode returns null, so the caller keeps its windows-1252 fallback. This is the only file that
/// knows the detector library.
/// </summary>
public static class CharsetDetection
{
    static CharsetDetection() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// Enough text to decide, from the first non-ASCII byte on (a lead byte in every encoding here, so no character is
    /// cut): uchardet reads ~3 MB/s, so a whole 1 MB feed would cost a third of a second.
    /// </summary>
    private const int SampleBytes = 16 * 1024;

    /// <summary>Below this the single-byte models are guessing (short Latin text scores up to ~0.45 as Cyrillic).</summary>
    private const float MinConfidence = 0.5f;

    /// <summary>Detector name → (code page .NET decodes with, the label to report).</summary>
    private static readonly Dictionary<string, (int CodePage, string Label)> Trusted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["big5"] = (950, "big5"),
        ["gb18030"] = (54936, "gb18030"),
        ["euc-jp"] = (51932, "euc-jp"),
        ["shift-jis"] = (932, "shift_jis"),
        ["euc-kr"] = (51949, "euc-kr"),
        ["cp949"] = (949, "cp949"),
        ["ks_c_5601-1987"] = (949, "ks_c_5601-1987"),
        ["windows-1251"] = (1251, "windows-1251"),
        ["koi8-r"] = (20866, "koi8-r"),
        ["iso-8859-5"] = (28595, "iso-8859-5"),
        ["ibm866"] = (866, "ibm866"),
        ["ibm855"] = (855, "ibm855"),
        ["x-mac-cyrillic"] = (10007, "x-mac-cyrillic"),
        ["windows-1253"] = (1253, "windows-1253"),
        ["iso-8859-7"] = (28597, "iso-8859-7"),
        ["windows-1255"] = (1255, "windows-1255"),
        ["iso-8859-8"] = (28598, "iso-8859-8"),
        ["windows-1256"] = (1256, "windows-1256"),
        ["iso-8859-6"] = (28596, "iso-8859-6"),
        ["tis-620"] = (874, "tis-620"),
        ["iso-8859-11"] = (874, "iso-8859-11"),
    };

    public static CharsetGuess? Guess(ReadOnlySpan<byte> data)
    {
        var start = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (start < 0) return null; // ASCII is valid UTF-8: nothing to guess
        var sample = data[start..];
        if (sample.Length > SampleBytes) sample = sample[..SampleBytes];
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        if (detected?.EncodingName is not { } name || detected.Confidence < MinConfidence) return null;
        if (!Trusted.TryGetValue(name, out var known)) return null;
        Encoding encoding;
        try { encoding = Encoding.GetEncoding(known.CodePage); }
        catch (ArgumentException) { return null; } // a code page this runtime lacks: keep the fallback
        var label = known.CodePage == 54936 && IsEucCn(sample) ? "gb2312" : known.Label;
        return new CharsetGuess(encoding, label, detected.Confidence);
    }

    /// <summary>True when every non-ASCII byte pair lies in GB2312's EUC-CN rows, so "gb2312" names it exactly.</summary>
    internal static bool IsEucCn(ReadOnlySpan<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] < 0x80) continue;
            if (i + 1 == data.Length) return data[i] is >= 0xA1 and <= 0xF7; // a pair cut by the sample's end
            if (data[i] is < 0xA1 or > 0xF7 || data[i + 1] is < 0xA1 or > 0xFE) return false;
            i++;
        }
        return true;
    }
}
