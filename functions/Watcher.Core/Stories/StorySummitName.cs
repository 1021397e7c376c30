using System.Text.RegularExpressions;
using Watcher.Core.Entities;
using Watcher.Core.Matching;

namespace Watcher.Core.Stories;

/// <summary>
/// A summit by its name: the body or the place a headline puts before "summit" or after "summit of" ("AOSIS summit opens in
/// Apia", "Union for the Mediterranean leaders' summit opens in Barcelona", "Malabo hosts summit of the Gulf of Guinea
/// Commission", "Snow closes roads to Troodos summit"). Two headlines naming their summits by two names are two summits, however
/// many of a summit's words they share ("summit opens in …", "leaders", "road closed"): the forum catalogue holds neither name
/// when a forum is small or new, and a mountain's summit is no forum's at all. Session 32 (cluster44).
/// </summary>
public sealed partial record StoryFingerprint
{
    /// <summary>The lede or headline was read for a forum's occasion: a forum, an edition or a place, not a summit's name alone.</summary>
    private bool ReadsOccasion
    {
        get
        {
            foreach (var o in Occasion)
                if (!o.StartsWith("n:", StringComparison.Ordinal)) return true;
            return false;
        }
    }

    /// <summary>Each headline names its summit ("n:" marks of <see cref="Occasion"/>), no name of one is the other's (the same
    /// words, one name's words among the other's, or an abbreviation of the other: "UfM" / "Union for the Mediterranean"), and no
    /// name of one is among the other headline's words ("Johannesburg summit" / "G20 summit opens in Johannesburg").</summary>
    internal bool NamesOtherSummit(StoryFingerprint other)
    {
        var any = false;
        foreach (var a in Occasion)
        {
            if (!a.StartsWith("n:", StringComparison.Ordinal)) continue;
            if (other.TitleNames(a)) return false;
            foreach (var b in other.Occasion)
            {
                if (!b.StartsWith("n:", StringComparison.Ordinal)) continue;
                if (SameSummitName(a, b) || TitleNames(b)) return false;
                any = true;
            }
        }
        return any;
    }

    /// <summary>The headline's words hold the name: every word of it, or the abbreviation as a word or a forum.</summary>
    private bool TitleNames(string mark)
    {
        var name = mark[2..];
        if (IsAbbreviation(name)) return TitleSet.Contains(Fold(name.ToLowerInvariant())) || TitleSet.Contains("@" + name);
        foreach (var w in name.Split(' '))
            if (!NameConnectors.Contains(w) && !TitleSet.Contains(Fold(w))) return false;
        return true;
    }

    /// <summary>Two marks name one summit: the same abbreviation, one name's words all among the other's ("Climate" / "Africa
    /// Climate"), or an abbreviation whose letters are the other name's initials in order ("GGC" / "Gulf of Guinea Commission").</summary>
    private static bool SameSummitName(string a, string b)
    {
        var (x, y) = (a[2..], b[2..]);
        var (ax, ay) = (IsAbbreviation(x), IsAbbreviation(y));
        if (ax && ay) return x == y;
        if (ax || ay) return ax ? NameInitials(x, y) : NameInitials(y, x);
        var (wx, wy) = (ContentOf(x), ContentOf(y));
        return wx.All(wy.Contains) || wy.All(wx.Contains);

        static string[] ContentOf(string name) => [.. name.Split(' ').Where(w => !NameConnectors.Contains(w) && !SummitTopicWords.Contains(w))];
    }

    private static bool IsAbbreviation(string name) => name.Length > 0 && !name.Contains(' ') && name.All(c => !char.IsLower(c));

    /// <summary>The abbreviation's letters are initials of the name's words, in order, its first the name's first ("UFM" / "union
    /// for the mediterranean", "AOSIS" / "alliance of small island states").</summary>
    private static bool NameInitials(string abbreviation, string name)
    {
        var words = name.Split(' ');
        if (words[0].Length == 0 || char.ToLowerInvariant(abbreviation[0]) != words[0][0]) return false;
        var i = 0;
        foreach (var w in words)
            if (i < abbreviation.Length && w.Length > 0 && char.ToLowerInvariant(abbreviation[i]) == w[0]) i++;
        return i == abbreviation.Length;
    }

    /// <summary>The "n:" marks of the summits <paramref name="title"/> names: the capitalised words just before "summit" (a
    /// "leaders'" between them allowed) or just after "summit of (the)" ("summit of heads of state of the …" too), without the
    /// words any summit's name may carry (an edition, "annual", "extraordinary", "climate") and lower-cased but for an
    /// abbreviation. None from a headline in title case (every word capitalised: no name stands out), and none naming a country,
    /// its capital or a leader ("EU-China summit", "Helsinki summit", "Trump-Putin summit": a pair's meeting, which
    /// <see cref="Bilateral"/> and the facts tell).</summary>
    internal static IReadOnlyList<string> SummitNameMarks(string? title, string? text)
    {
        if (string.IsNullOrEmpty(title) || title.IndexOf("ummit", StringComparison.OrdinalIgnoreCase) < 0) return [];
        var tokens = Tokenizer.TokenizeItemText(title);
        if (!tokens.Any(t => t.Text.Length >= 4 && char.IsLower(title[t.Start]) && !NameConnectors.Contains(t.Text))) return [];
        List<string>? marks = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            // an abbreviation's leaders in a summit's headline: "AOSIS leaders gather in Apia for climate finance summit"
            if (tokens[i].Text is "leaders" && i > 0 && Joined(title, tokens[i - 1], tokens[i]) && Abbreviation(title, tokens[i - 1]))
                Add(ref marks, title, tokens, i - 1, i - 1);
            if (tokens[i].Text != "summit") continue;
            // before: "AOSIS summit", "Union for the Mediterranean leaders' summit"
            var end = i - 1;
            if (end >= 0 && tokens[end].Text is "leaders" or "leader" && Joined(title, tokens[end], tokens[i])) end--;
            var start = end + 1;
            while (start - 1 >= 0 && Joined(title, tokens[start - 1], tokens[start])
                   && (Capitalised(title, tokens[start - 1]) || (NameConnectors.Contains(tokens[start - 1].Text) && start <= end)))
                start--;
            while (start <= end && NameConnectors.Contains(tokens[start].Text)) start++;
            // one capitalised word opening the headline may be any word ("Fisheries summit opens …"): a name only where the text
            // writes it capitalised inside a sentence too ("… the road to the Maunakea summit")
            if (start <= end && (start > 0 || start < end || Abbreviation(title, tokens[0]) || WrittenAsName(text, title[tokens[0].Start..tokens[0].End])))
                Add(ref marks, title, tokens, start, end);
            // after: "summit of the Gulf of Guinea Commission", "summit of heads of state of the Council of the Entente"
            var k = i + 1;
            if (k < tokens.Count && tokens[k].Text == "of")
            {
                k++;
                if (k + 2 < tokens.Count && tokens[k].Text == "heads" && tokens[k + 1].Text == "of" && tokens[k + 2].Text == "state")
                {
                    k += 3;
                    if (k + 1 < tokens.Count && tokens[k].Text == "and" && tokens[k + 1].Text == "government") k += 2;
                    if (k < tokens.Count && tokens[k].Text == "of") k++; else continue;
                }
                if (k < tokens.Count && tokens[k].Text == "the") k++;
                var last = k - 1;
                while (last + 1 < tokens.Count && (last + 1 == k || Joined(title, tokens[last], tokens[last + 1]))
                       && (Capitalised(title, tokens[last + 1]) || NameConnectors.Contains(tokens[last + 1].Text)))
                    last++;
                while (last >= k && NameConnectors.Contains(tokens[last].Text)) last--;
                if (last >= k && Capitalised(title, tokens[k])) Add(ref marks, title, tokens, k, last);
            }
        }
        if (marks is null) return [];
        if (!string.IsNullOrEmpty(text)) AddSpelledOut(marks, text);
        return [.. marks];

        static void Add(ref List<string>? marks, string title, List<Token> tokens, int start, int end)
        {
            if (EntityFinder.Find(title[tokens[start].Start..tokens[end].End]).Any(m => m.Entity.Kind != EntityKind.Bloc)) return;
            var kept = new List<Token>();
            for (var j = start; j <= end; j++)
                if (!SummitEditionWords.Contains(tokens[j].Text) && !Ordinal(title, tokens[j])) kept.Add(tokens[j]);
            while (kept.Count > 0 && NameConnectors.Contains(kept[^1].Text)) kept.RemoveAt(kept.Count - 1);
            while (kept.Count > 0 && NameConnectors.Contains(kept[0].Text)) kept.RemoveAt(0);
            var content = kept.Where(t => !NameConnectors.Contains(t.Text) && !SummitTopicWords.Contains(t.Text)).ToList();
            if (content.Count == 0) return;
            // an abbreviation is kept in capitals for SameSummitName; a name keeps its topic words for the abbreviation's initials
            // ("Economic Cooperation Organization" / "ECO")
            var mark = content.Count == 1 && Abbreviation(title, content[0]) ? "n:" + content[0].Text.ToUpperInvariant() : "n:" + string.Join(' ', kept.Select(t => t.Text));
            if ((marks ??= []).IndexOf(mark) < 0) marks.Add(mark);
        }
    }

    /// <summary>The text's own abbreviation of the summit's name, or its name of the abbreviation: "the Confederation of Sahel States
    /// (AES)" under "Niamey hosts the second summit of heads of state of the Confederation of Sahel States" or under "AES summit:
    /// rotating presidency handed over in Niamey" (an abbreviation from another language, which no initials spell).</summary>
    private static void AddSpelledOut(List<string> marks, string text)
    {
        foreach (Match m in NameWithAbbreviation().Matches(text))
        {
            var words = Tokenizer.Tokenize(m.Groups[1].Value).Select(t => t.Text).ToList();
            var summit = words.LastIndexOf("summit");
            if (summit >= 0) words.RemoveRange(0, summit + 1);
            while (words.Count > 0 && NameConnectors.Contains(words[0])) words.RemoveAt(0);
            if (words.Count < 2) continue;
            var (name, abbreviation) = ("n:" + string.Join(' ', words), "n:" + m.Groups[2].Value.ToUpperInvariant());
            if (marks.Contains(abbreviation)) { if (!marks.Contains(name)) marks.Add(name); }
            else if (marks.Any(mark => !IsAbbreviation(mark[2..]) && SameSummitName(mark, name))) marks.Add(abbreviation);
        }
    }

    /// <summary>A capitalised name and its abbreviation in brackets: "Confederation of Sahel States (AES)".</summary>
    [GeneratedRegex(@"(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|the|and|on|de|du|des|la|\p{Lu}[\p{L}'’-]*))*)\s+\((\p{Lu}[\p{Lu}\d]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithAbbreviation();

    /// <summary>The text writes <paramref name="word"/> capitalised after a word of its sentence.</summary>
    private static bool WrittenAsName(string? text, string word)
    {
        if (string.IsNullOrEmpty(text)) return false;
        for (var p = text.IndexOf(word, StringComparison.Ordinal); p >= 0; p = text.IndexOf(word, p + 1, StringComparison.Ordinal))
            if (p >= 2 && text[p - 1] == ' ' && char.IsLower(text[p - 2])
                && (p + word.Length == text.Length || !char.IsLetter(text[p + word.Length]))) return true;
        return false;
    }

    /// <summary>Only spaces, hyphens or apostrophes between two tokens: a colon, a comma or a dash ends a name.</summary>
    private static bool Joined(string title, Token a, Token b)
    {
        for (var p = a.End; p < b.Start; p++)
            if (title[p] is not (' ' or '-' or '\'' or '’')) return false;
        return true;
    }

    /// <summary>A word in capitals, mixed ("UfM") or with a figure ("G20").</summary>
    private static bool Abbreviation(string title, Token t)
    {
        var raw = title.AsSpan(t.Start, t.End - t.Start);
        return char.IsUpper(raw[0]) && (raw[1..].ContainsAnyInRange('A', 'Z') || raw.ContainsAnyInRange('0', '9'));
    }

    private static bool Capitalised(string title, Token t) => char.IsUpper(title[t.Start]) || (char.IsDigit(title[t.Start]) && t.Text.Any(char.IsLetter));

    /// <summary>An edition: "41st", "23rd" (<see cref="IsOrdinal"/>, the edition reader's own test), or in Roman numerals ("XXIII
    /// Summit of La Francophonie").</summary>
    private static bool Ordinal(string title, Token t) =>
        IsOrdinal(t.Text) || (t.End - t.Start >= 2 && title.AsSpan(t.Start, t.End - t.Start).IndexOfAnyExcept("IVXLC") < 0);

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "for", "the", "and", "on", "de", "du", "des", "la" };

    /// <summary>Words of a summit's edition or kind, which are no part of its name: "Second OCTA Summit", "Extraordinary … summit".</summary>
    private static readonly HashSet<string> SummitEditionWords = new(StringComparer.Ordinal)
    {
        "annual", "ordinary", "extraordinary", "emergency", "special", "informal", "formal", "first", "second", "third", "fourth",
        "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "last", "new", "historic", "joint", "high", "level", "mini",
        "today", "live",
    };

    /// <summary>Words any summit's name may carry, which tell no summit from another (a name of them alone is none: "Climate
    /// summit"), kept in a name for its abbreviation's initials ("Economic Cooperation Organization").</summary>
    private static readonly HashSet<string> SummitTopicWords = new(StringComparer.Ordinal)
    {
        "regional", "global", "world", "international", "leaders", "heads", "state", "government", "climate", "peace", "trade",
        "economic", "business", "investment", "security", "energy", "digital",
    };
}
