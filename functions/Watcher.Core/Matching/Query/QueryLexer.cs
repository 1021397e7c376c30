namespace Watcher.Core.Matching.Query;

internal enum LexKind { Word, Phrase, Entity, Field, LParen, RParen, And, Or, Not, Near, End }

internal readonly record struct Lexeme(LexKind Kind, string Text, int Position, int Number = 0);

/// <summary>Splits a query into words, "phrases", @sets, field: scopes, parentheses and the operators AND, OR, NOT, NEAR/n
/// (operators are upper case; lower-case "and" is an ordinary word).</summary>
internal static class QueryLexer
{
    public const int DefaultNear = 10;

    public static List<Lexeme> Lex(string query)
    {
        var result = new List<Lexeme>();
        var i = 0;
        while (i < query.Length)
        {
            var ch = query[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (ch == '(') { result.Add(new(LexKind.LParen, "(", i++)); continue; }
            if (ch == ')') { result.Add(new(LexKind.RParen, ")", i++)); continue; }
            if (ch is '"' or '“' or '”')
            {
                var close = query.IndexOfAny(['"', '”', '“'], i + 1);
                if (close < 0) throw new QueryParseException("unterminated phrase (missing closing quote)", i, query);
                result.Add(new(LexKind.Phrase, query[(i + 1)..close], i));
                i = close + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"' or '“' or '”'))
            {
                if (query[i] == ':') { i++; break; }
                i++;
            }
            var word = query[start..i];
            result.Add(Classify(word, start, query));
        }
        result.Add(new(LexKind.End, string.Empty, query.Length));
        return result;
    }

    private static Lexeme Classify(string word, int position, string query)
    {
        switch (word)
        {
            case "AND": return new(LexKind.And, word, position);
            case "OR": return new(LexKind.Or, word, position);
            case "NOT": return new(LexKind.Not, word, position);
            case "NEAR": return new(LexKind.Near, word, position, DefaultNear);
        }
        if (word.StartsWith("NEAR/", StringComparison.Ordinal))
        {
            if (!int.TryParse(word.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1 || n > 100)
                throw new QueryParseException($"NEAR needs a distance from 1 to 100, as in NEAR/5, not '{word}'", position, query);
            return new(LexKind.Near, word, position, n);
        }
        if (word.EndsWith(':'))
        {
            var field = word[..^1].ToLowerInvariant();
            if (field is not (QueryFields.Title or QueryFields.Text or "body"))
                throw new QueryParseException($"unknown field '{word[..^1]}' (use title: or text:)", position, query);
            return new(LexKind.Field, field == "body" ? QueryFields.Text : field, position);
        }
        if (word.StartsWith('@')) return new(LexKind.Entity, word[1..], position);
        return new(LexKind.Word, word, position);
    }
}
