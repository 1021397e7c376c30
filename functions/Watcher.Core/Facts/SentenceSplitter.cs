namespace Watcher.Core.Facts;

/// <summary>A sentence and where it starts in the article.</summary>
public readonly record struct Sentence(string Text, int Start);

/// <summary>Splits prose into sentences at . ! ? followed by a capital, a digit or a quote, but not after abbreviations
/// such as "U.S.", "Mr." or "Oct."; line breaks always end a sentence.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "prof", "pres", "no", "vs", "inc", "corp", "co", "ltd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
    };

    public static List<Sentence> Split(string text)
    {
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n') { Add(text, start, i, result); start = i + 1; continue; }
            if (ch is not ('.' or '!' or '?')) continue;
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
        result.Add(new Sentence(trimmed, start + raw.IndexOf(trimmed[0], StringComparison.Ordinal)));
    }
}
