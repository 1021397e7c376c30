using Watcher.Core.Entities;

namespace Watcher.Core.Matching.Query;

/// <summary>
/// Parses a topic query:
/// <code>
/// query   := or
/// or      := and ("OR" and)*
/// and     := unary (["AND"] unary)*          (juxtaposition means AND)
/// unary   := "NOT" unary | near
/// near    := primary ("NEAR" | "NEAR/n" primary)*
/// primary := "(" or ")" | ("title:" | "text:") primary | "phrase" | word | prefix* | @set | @list
/// </code>
/// An <c>@set</c> is an entity set of the catalogue (<see cref="EntityCatalog.Resolve"/>); an <c>@list</c> is a named
/// sub-query (<see cref="DefaultTopics.Lists"/>: the word lists and clauses the default topics share, such as <c>@goods</c>
/// or <c>@sport</c>), read as if its text stood there in parentheses, in the field scope it stands in.
/// A query must require at least one term (a bare "NOT x" would match everything). A query is at most
/// <see cref="MaxLength"/> characters and nests at most <see cref="MaxDepth"/> levels: queries come from people (a bot
/// message, a subscription), and a parser or evaluator that recursed as deep as a hostile text asks would overflow the
/// stack, which no handler can catch, and take the host down.
/// </summary>
public sealed class QueryParser
{
    private readonly string _query;
    private readonly List<Lexeme> _lexemes;
    private int _at;
    private int _depth;

    /// <summary>
    /// The longest query accepted. The built-in topics are parsed like anyone's query; they name their shared word lists
    /// and clauses (<c>@goods</c>, <c>@sport</c> …) instead of repeating them, which brought the tariffs query from 11,716
    /// characters to under half of this (session 15). The bound keeps parsing and compiling a hostile query cheap (it is
    /// linear in the length), while <see cref="MaxDepth"/> is what keeps the stack safe.
    /// </summary>
    public const int MaxLength = 12_000;

    /// <summary>The most characters of named lists one query may read (each use of an <c>@list</c> counts its text's
    /// length): a query of thousands of <c>@goods</c> would otherwise parse a hundred times its own length.</summary>
    public const int MaxListLength = 4 * MaxLength;

    /// <summary>The deepest nesting accepted: parentheses, NOTs, field scopes and NEAR chains each add a level.</summary>
    public const int MaxDepth = 32;

    /// <summary>The named lists being read (the outermost first), to refuse a list that names itself; and the characters
    /// of named lists read so far (<see cref="MaxListLength"/>), shared with the parsers of the lists.</summary>
    private readonly List<string> _lists;
    private readonly int[] _listChars;

    private QueryParser(string query, int depth = 0, List<string>? lists = null, int[]? listChars = null)
    {
        _query = query;
        _lexemes = QueryLexer.Lex(query);
        _depth = depth;
        _lists = lists ?? [];
        _listChars = listChars ?? [0];
    }

    public static QueryNode Parse(string query) => Parse(query, MaxLength);

    /// <summary>Parses a query of at most <paramref name="maxLength"/> characters (a test reads the default topics written
    /// out, every named list in its place, which is longer than any query a person may send).</summary>
    internal static QueryNode Parse(string query, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query)) throw new QueryParseException("the query is empty", 0, query);
        if (query.Length > maxLength) throw new QueryParseException($"the query is longer than {maxLength:N0} characters", maxLength, query);
        var parser = new QueryParser(query);
        var node = parser.ParseOr(null);
        var end = parser.Peek;
        if (end.Kind == LexKind.RParen) throw new QueryParseException("unmatched ')'", end.Position, query);
        if (end.Kind != LexKind.End) throw new QueryParseException($"unexpected '{end.Text}'", end.Position, query);
        if (MatchesWithoutTerms(node))
            throw new QueryParseException("the query needs at least one term that must be present (NOT alone matches everything)", node.Position, query);
        return node;
    }

    private Lexeme Peek => _lexemes[_at];

    private Lexeme Next() => _lexemes[_at++];

    private QueryNode ParseOr(string? field)
    {
        var first = ParseAnd(field);
        var children = new List<QueryNode> { first };
        while (Peek.Kind == LexKind.Or)
        {
            Next();
            children.Add(ParseAnd(field));
        }
        return children.Count == 1 ? first : new OrNode(children, first.Position);
    }

    private QueryNode ParseAnd(string? field)
    {
        var first = ParseUnary(field);
        var children = new List<QueryNode> { first };
        while (true)
        {
            if (Peek.Kind == LexKind.And) { Next(); children.Add(ParseUnary(field)); continue; }
            if (Peek.Kind is LexKind.Word or LexKind.Phrase or LexKind.Entity or LexKind.Field or LexKind.LParen or LexKind.Not)
            {
                children.Add(ParseUnary(field));
                continue;
            }
            break;
        }
        return children.Count == 1 ? first : new AndNode(children, first.Position);
    }

    private QueryNode ParseUnary(string? field)
    {
        if (Peek.Kind != LexKind.Not) return ParseNear(field);
        var not = Next();
        Enter(not);
        var node = new NotNode(ParseUnary(field), not.Position);
        _depth--;
        return node;
    }

    private QueryNode ParseNear(string? field)
    {
        var left = ParsePrimary(field);
        var depth = _depth;
        while (Peek.Kind == LexKind.Near)
        {
            var near = Next();
            Enter(near); // a NEAR chain nests to the left: (a NEAR b) NEAR c
            var right = ParsePrimary(field);
            if (HasNot(left) || HasNot(right))
                throw new QueryParseException("NEAR cannot take a NOT inside its operands", near.Position, _query);
            left = new NearNode(left, right, near.Number, left.Position);
        }
        _depth = depth;
        return left;
    }

    private QueryNode ParsePrimary(string? field)
    {
        var lex = Next();
        switch (lex.Kind)
        {
            case LexKind.LParen:
                Enter(lex);
                var inner = ParseOr(field);
                if (Peek.Kind != LexKind.RParen) throw new QueryParseException("missing ')' for this '('", lex.Position, _query);
                Next();
                _depth--;
                return inner;
            case LexKind.Field:
                if (Peek.Kind is LexKind.End or LexKind.RParen or LexKind.Or or LexKind.And or LexKind.Near)
                    throw new QueryParseException($"'{lex.Text}:' needs a term after it", lex.Position, _query);
                Enter(lex);
                var scoped = ParsePrimary(lex.Text);
                _depth--;
                return scoped;
            case LexKind.Word:
                return Term(lex.Text, lex.Position, field, quoted: false);
            case LexKind.Phrase:
                return Term(lex.Text, lex.Position, field, quoted: true);
            case LexKind.Entity:
                return DefaultTopics.Lists.TryGetValue(lex.Text, out var list) ? List(lex, list, field) : Entity(lex, field);
            case LexKind.End:
                throw new QueryParseException("the query ends where a term was expected", lex.Position, _query);
            default:
                throw new QueryParseException($"expected a term but found '{lex.Text}'", lex.Position, _query);
        }
    }

    private void Enter(Lexeme lex)
    {
        if (++_depth > MaxDepth)
            throw new QueryParseException($"the query nests deeper than {MaxDepth} levels (parentheses, NOT, NEAR and field scopes each add one)", lex.Position, _query);
    }

    private TermNode Term(string raw, int position, string? field, bool quoted)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pattern = new List<string>();
        foreach (var word in words)
        {
            var star = word.IndexOf('*', StringComparison.Ordinal);
            if (star >= 0 && star != word.Length - 1)
                throw new QueryParseException($"'*' may only end a word (prefix match), not sit inside '{word}'", position, _query);
            var tokens = Tokenizer.Tokenize(star >= 0 ? word[..^1] : word).Select(t => t.Text).ToList();
            if (tokens.Count == 0)
                throw new QueryParseException($"'{word}' has no letters or digits to match", position, _query);
            if (star >= 0)
            {
                if (tokens[^1].Length < 3)
                    throw new QueryParseException($"prefix '{word}' is too short (at least three letters before '*')", position, _query);
                tokens[^1] += "*";
            }
            pattern.AddRange(tokens);
        }
        if (pattern.Count == 0) throw new QueryParseException("empty phrase", position, _query);
        var display = quoted ? $"\"{raw}\"" : raw;
        return new TermNode("t:" + string.Join(' ', pattern), [pattern.ToArray()], field, display, position);
    }

    /// <summary>A named list, read where it stands as if its text stood there in parentheses (it nests one level, in the
    /// field scope it stands in).</summary>
    private QueryNode List(Lexeme lex, string text, string? field)
    {
        var name = lex.Text.ToLowerInvariant();
        if (_lists.Contains(name))
            throw new QueryParseException($"the list '@{lex.Text}' names itself (through {string.Join(", ", _lists.Select(l => "@" + l))})", lex.Position, _query);
        _listChars[0] += text.Length;
        if (_listChars[0] > MaxListLength)
            throw new QueryParseException($"the query reads more than {MaxListLength:N0} characters of named lists", lex.Position, _query);
        Enter(lex);
        _lists.Add(name);
        var parser = new QueryParser(text, _depth, _lists, _listChars);
        var inner = parser.ParseOr(field);
        if (parser.Peek.Kind != LexKind.End)
            throw new QueryParseException($"the list '@{lex.Text}' does not read as one query (unexpected '{parser.Peek.Text}' in it)", lex.Position, _query);
        _lists.RemoveAt(_lists.Count - 1);
        _depth--;
        return inner;
    }

    private TermNode Entity(Lexeme lex, string? field)
    {
        var entities = EntityCatalog.Resolve(lex.Text)
            ?? throw new QueryParseException($"unknown entity set '@{lex.Text}' (use @countries, @blocs, @leaders or an id such as @CN, @EU, @APEC, @xi)", lex.Position, _query);
        var patterns = entities.SelectMany(e => e.Aliases)
            .Select(a => Tokenizer.Tokenize(a.Alias).Select(t => t.Text).ToArray())
            .Where(p => p.Length > 0)
            .DistinctBy(p => string.Join(' ', p))
            .ToList();
        return new TermNode("e:" + lex.Text.ToLowerInvariant(), patterns, field, "@" + lex.Text, lex.Position);
    }

    private static bool HasNot(QueryNode node) => node switch
    {
        NotNode => true,
        AndNode a => a.Children.Any(HasNot),
        OrNode o => o.Children.Any(HasNot),
        NearNode n => HasNot(n.Left) || HasNot(n.Right),
        _ => false,
    };

    /// <summary>True when the node can be satisfied by a text in which no term occurs at all.</summary>
    internal static bool MatchesWithoutTerms(QueryNode node) => node switch
    {
        TermNode or NearNode => false,
        NotNode => true,
        AndNode a => a.Children.All(MatchesWithoutTerms),
        OrNode o => o.Children.Any(MatchesWithoutTerms),
        _ => false,
    };
}
