namespace Watcher.Core.Facts;

/// <summary>A sentence and where it starts in the article.</summary>
public readonly record struct Sentence(string Text, int Start);

/// <summary>Splits prose into sentences at . ! ? followed by a capital, a digit or a quote, but not after abbreviations
/// such as "U.S.", "Mr." or "Oct.", nor after a firm's abbreviation inside a table row ("Pvt." with a cell break "|" later on the
/// same line); line breaks always end a sentence. A run-on longer than <see cref="MaxLength"/> (a machine-made list, hostile
/// input) is read in pieces cut at a clause break, so the extractors' cost stays linear in the text: each rate in a sentence is
/// read against its whole sentence.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "prof", "pres", "no", "vs", "inc", "corp", "co", "ltd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
        // currencies written with a dot before their amount: "Rs. 30 per kg", "Tk. 500 a tonne"
        "rs", "tk",
    };

    /// <summary>
    /// The longest piece of a sentence the extractors read at once. Real sentences stay far below it (a long legal one
    /// runs to ~1,000 characters); a 20,000-word sentence of rates took minutes and a gigabyte whole.
    /// </summary>
    public const int MaxLength = 2_000;

    /// <summary>
    /// The sentences of <paramref name="text"/>. An item's few texts are split again and again (its body for the fingerprint's
    /// lede, rates and lede end, the headline and body for the headline evidence, the reading, the clause reader, the goods
    /// and the events), so the last few answers of a thread are kept and an equal text is answered from them, as a new list
    /// (a sentence is immutable): the same answer, without scanning the text and cutting its sentences out again.
    /// </summary>
    public static List<Sentence> Split(string text) => [.. (_recent ??= new RecentAnswers<Sentence[]>(8)).Answer(text, static t => [.. Scan(t)])];

    [ThreadStatic] private static RecentAnswers<Sentence[]>? _recent;

    private static List<Sentence> Scan(string text)
    {
        var result = new List<Sentence>();
        var start = 0;
        // the next table cell break and line break at or after i (found once each, so the scan stays linear)
        var pipeAt = -1;
        var lineAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n') { Add(text, start, i, result); start = i + 1; continue; }
            if (ch is not ('.' or '!' or '?')) continue;
            // "India | Mukand Grating Pvt. Ltd. | 14.62", "Evonik Methacrylates SEA Pte. Ltd. | 9.7%": a short capitalised word's full stop
            // with a table cell after it on the same line is a firm's abbreviation inside a table row ("Pvt.", "Sdn. Bhd."), not a sentence
            // end ("Rate: 41.3%. Country of origin: Russia | …" still ends one record of a line of records)
            if (ch == '.' && FirmAbbreviation(text, i))
            {
                if (pipeAt < i) pipeAt = text.IndexOf('|', i) is var p && p >= 0 ? p : int.MaxValue;
                if (lineAt < i) lineAt = text.IndexOf('\n', i) is var n && n >= 0 ? n : int.MaxValue;
                if (pipeAt < lineAt) continue;
            }
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '\'' or '’' or '”' or ')') j++;
            if (j >= text.Length || !char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < text.Length && text[k] is ' ' or '\t') k++;
            if (k < text.Length && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '\'' or '‘' or '“' or '\n')) continue;
            if (ch == '.' && IsAbbreviation(text, i)) continue;
            Add(text, start, j, result);
            start = j;
        }
        Add(text, start, text.Length, result);
        return result;
    }

    /// <summary>A short capitalised word before a full stop: "Pvt", "Pte", "Sdn", "Bhd", "Ltd", "Co", "Corp", "Tbk".</summary>
    private static bool FirmAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && char.IsLetter(text[s])) s--;
        var length = dot - 1 - s;
        return length is >= 2 and <= 4 && char.IsUpper(text[s + 1]) && (s < 0 || !char.IsLetterOrDigit(text[s]));
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] == '.')) s--;
        var word = text[(s + 1)..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // initials, "U.S" tail
        if (word.Contains('.', StringComparison.Ordinal)) return true; // U.S, E.U
        return Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<Sentence> result)
    {
        var raw = text[start..end];
        var trimmed = raw.Trim();
        if (trimmed.Length == 0) return;
        var at = start + raw.IndexOf(trimmed[0], StringComparison.Ordinal);
        while (trimmed.Length > MaxLength)
        {
            var cut = Cut(trimmed);
            result.Add(new Sentence(trimmed[..cut].TrimEnd(), at));
            var rest = trimmed[cut..];
            var next = rest.TrimStart();
            at += cut + rest.Length - next.Length;
            trimmed = next;
        }
        if (trimmed.Length > 0) result.Add(new Sentence(trimmed, at));
    }

    /// <summary>Where an overlong sentence's first piece ends: after its last ';' or ',' in the second half of
    /// <see cref="MaxLength"/>, else after its last space there, else at the limit (never inside a surrogate pair).</summary>
    private static int Cut(string sentence)
    {
        var window = sentence.AsSpan(0, MaxLength);
        var clause = window.LastIndexOfAny(';', ',');
        if (clause >= MaxLength / 2) return clause + 1;
        var space = window.LastIndexOf(' ');
        if (space >= MaxLength / 2) return space + 1;
        return Detection.TextNormalizer.CutAt(sentence, MaxLength);
    }
}
