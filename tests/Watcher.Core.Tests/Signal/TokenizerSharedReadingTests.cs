using System.Globalization;
using System.Text;
using Watcher.Core.Matching;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The tokenizer reads a text's words once and adds the topic matcher's percent readings after (a "%" only ever stands between
/// words), into the thread's buffers; an item's whole texts (<see cref="Tokenizer.TokenizeItemText"/>) keep their words for the
/// item's next reader. Every answer must be the one the tokenizer gave when it read each text afresh with a string builder per
/// call and the percent readings inline (<see cref="Reference"/>, its code before session 33 word for word), for both readings,
/// asked in any order, and a caller changing its list must not change the next caller's.
/// </summary>
public class TokenizerSharedReadingTests
{
    private static string Describe(IEnumerable<Token> tokens) => string.Join(" ", tokens.Select(t => $"{t.Text}@{t.Start}-{t.End}"));

    [Theory]
    [InlineData("a 50% duty, then 25pc and 31.7 pct on U.S. steel; P.C.T. 10 pct")]
    [InlineData("%% 12%% 3.5pc's 40 PCT 2,000pc U.S.A.'s US us Us E.U. pct 7 pct")]
    [InlineData("Montréal's 10% levy on œufs — 25 pct, 5pc; 100%")]
    [InlineData("A. Smith said 5 P.C.T. and 5 pct. 9 p'ct 9 Pct")]
    [InlineData("%")]
    [InlineData("no sign here")]
    public void Both_readings_give_what_a_fresh_reading_gave(string text)
    {
        Assert.Equal(Describe(Reference.Tokenize(text, false)), Describe(Tokenizer.Tokenize(text)));
        Assert.Equal(Describe(Reference.Tokenize(text, true)), Describe(Tokenizer.Tokenize(text, percentSign: true)));
        Assert.Equal(Describe(Reference.Tokenize(text, true)), Describe(Tokenizer.TokenizeItemText(text, percentSign: true)));
        Assert.Equal(Describe(Reference.Tokenize(text, false)), Describe(Tokenizer.TokenizeItemText(text)));
        Assert.Equal(Describe(Reference.Tokenize(text, true)), Describe(Tokenizer.TokenizeItemText(new string(text.AsSpan()), percentSign: true)));
    }

    [Fact]
    public void Random_texts_read_as_a_fresh_reading_read_them_in_either_order()
    {
        // the characters every branch of the reader turns on: capitals and dots (acronyms, "US"), digits with points and
        // commas, apostrophes before "s", the percent sign, "pc" and "pct", letters with marks, a ligature, spaces and a hyphen
        const string alphabet = "UuSsAaPpCcTtEe.,'’%0123456789 -éÉœﬁİ";
        var random = new Random(33);
        for (var n = 0; n < 4000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var plain = Describe(Reference.Tokenize(text, false));
            var signed = Describe(Reference.Tokenize(text, true));
            if (n % 2 == 0)
            {
                Assert.Equal(signed, Describe(Tokenizer.TokenizeItemText(text, percentSign: true)));
                Assert.Equal(plain, Describe(Tokenizer.TokenizeItemText(text)));
            }
            else
            {
                Assert.Equal(plain, Describe(Tokenizer.TokenizeItemText(text)));
                Assert.Equal(signed, Describe(Tokenizer.TokenizeItemText(text, percentSign: true)));
            }
            Assert.Equal(plain, Describe(Tokenizer.Tokenize(text)));
            Assert.Equal(signed, Describe(Tokenizer.Tokenize(text, percentSign: true)));
        }
    }

    [Fact]
    public void A_remembered_text_is_answered_with_a_list_of_its_own()
    {
        const string body = "Ottawa imposed a 100% surtax on Chinese electric vehicles.";
        var first = Tokenizer.TokenizeItemText(body);
        var expected = Describe(first);
        first.Clear();
        first.Add(new Token("changed", 0, 1));
        Assert.Equal(expected, Describe(Tokenizer.TokenizeItemText(body)));
        for (var i = 0; i < 10; i++) Tokenizer.TokenizeItemText($"Headline {i} names Japan."); // pushes the body out
        Assert.Equal(expected, Describe(Tokenizer.TokenizeItemText(body)));
        Assert.NotEqual(expected, Describe(Tokenizer.TokenizeItemText("Ottawa imposed a 100% surtax on Chinese electric cars.")));
    }

    [Fact]
    public void A_long_word_grows_the_buffer()
    {
        var word = new string('x', 300) + "é" + new string('y', 200);
        Assert.Equal(Describe(Reference.Tokenize(word + " " + word, false)), Describe(Tokenizer.Tokenize(word + " " + word)));
    }

    /// <summary>The tokenizer's code before session 33 (perf43), word for word.</summary>
    private static class Reference
    {
        public static List<Token> Tokenize(string? text, bool percentSign)
        {
            var tokens = new List<Token>();
            if (string.IsNullOrEmpty(text)) return tokens;
            var sb = new StringBuilder(16);
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    if (percentSign && text[i] == '%') tokens.Add(new Token("percent", i, i + 1));
                    i++;
                    continue;
                }
                var start = i;
                sb.Clear();
                if (TryDottedAcronym(text, ref i, sb))
                {
                    var acronym = sb.ToString();
                    tokens.Add(new Token(acronym is "us" or "usa" ? "usa" : acronym, start, i));
                    continue;
                }
                var upper = 0;
                while (i < text.Length)
                {
                    var ch = text[i];
                    if (char.IsLetterOrDigit(ch))
                    {
                        if (char.IsUpper(ch)) upper++;
                        Append(sb, ch);
                        i++;
                    }
                    else if (ch is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start && char.IsDigit(text[i - 1]))
                    {
                        if (ch == '.') sb.Append('.');
                        i++;
                    }
                    else if (ch is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        if ((text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]))) { i += 2; break; }
                        i++;
                    }
                    else break;
                }
                var end = i;
                if (end > start && text[end - 1] is 's' or 'S' && end - start >= 2 && text[end - 2] is '\'' or '’') end -= 2;
                var word = sb.ToString();
                if ((word == "us" && upper == 2) || (word == "usa" && upper == 3)) word = "usa";
                if (percentSign && word == "pct" && tokens.Count > 0 && char.IsDigit(tokens[^1].Text[^1]))
                {
                    // (relev30) "up to 31.7 pct deposit" (the wire services' per cent, a word after its number) reads as "percent"
                    tokens.Add(new Token("percent", start, end));
                    continue;
                }
                if (percentSign && IsPcRate(word))
                {
                    // "a 25pc duty" (the South Asian and African press's per cent) reads as "a 25 percent duty", as "%" does
                    tokens.Add(new Token(word[..^2], start, end - 2));
                    tokens.Add(new Token("percent", end - 2, end));
                    continue;
                }
                tokens.Add(new Token(word, start, end));
            }
            return tokens;
        }

        /// <summary>A number written with "pc" for per cent ("25pc", "2.5pc"); not a count of personal computers ("10 PCs" is two
        /// words) nor a word that ends in "pc".</summary>
        private static bool IsPcRate(string word)
        {
            if (word.Length < 3 || !word.EndsWith("pc", StringComparison.Ordinal) || !char.IsDigit(word[0])) return false;
            for (var k = 0; k < word.Length - 2; k++)
                if (!char.IsDigit(word[k]) && word[k] != '.') return false;
            return char.IsDigit(word[^3]);
        }

        /// <summary>"U.S." / "U.K." / "E.U.": single capitals each followed by a dot, at least two of them.</summary>
        private static bool TryDottedAcronym(string text, ref int i, StringBuilder sb)
        {
            var j = i;
            var letters = 0;
            while (j + 1 < text.Length && char.IsUpper(text[j]) && text[j + 1] == '.')
            {
                j += 2;
                letters++;
            }
            if (letters < 2) return false;
            for (var k = i; k < j; k += 2) sb.Append(char.ToLowerInvariant(text[k]));
            i = j;
            return true;
        }

        private static void Append(StringBuilder sb, char ch)
        {
            if (ch < 128) { sb.Append(char.ToLowerInvariant(ch)); return; }
            foreach (var c in ch.ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        }
    }
}
