namespace Watcher.Core.Matching.Query;

/// <summary>A parsed topic query. <see cref="Position"/> is where the node starts in the query text.</summary>
public abstract record QueryNode(int Position);

/// <summary>A word, phrase, prefix or entity set: one or more token patterns, optionally limited to a field.</summary>
public sealed record TermNode(string Key, IReadOnlyList<string[]> Patterns, string? Field, string Display, int Position) : QueryNode(Position)
{
    /// <summary>Index into the compiled matcher's terms; set when the rule set is built.</summary>
    public int TermId { get; set; } = -1;
}

public sealed record AndNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position)
{
    /// <summary>The children as an array: the evaluator walks them for every candidate rule, without interface calls.</summary>
    internal QueryNode[] Items { get; } = [.. Children];
}

public sealed record OrNode(IReadOnlyList<QueryNode> Children, int Position) : QueryNode(Position)
{
    /// <summary>The children as an array: the evaluator walks them for every candidate rule, without interface calls.</summary>
    internal QueryNode[] Items { get; } = [.. Children];
}

public sealed record NotNode(QueryNode Child, int Position) : QueryNode(Position);

/// <summary>Both sides within <see cref="Distance"/> words of each other, in either order, in the same field.</summary>
public sealed record NearNode(QueryNode Left, QueryNode Right, int Distance, int Position) : QueryNode(Position)
{
    /// <summary>When a side is a term or an OR of terms (no field scope), their ids: the evaluator then reads each term's
    /// hits where they lie instead of collecting and sorting them. Set when the rule set is built.</summary>
    public int[]? LeftTerms { get; set; }

    public int[]? RightTerms { get; set; }
}

public static class QueryFields
{
    public const string Title = "title";
    public const string Text = "text";
}
