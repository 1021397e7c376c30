namespace Watcher.Core.Matching.Query;

/// <summary>A topic query that does not parse; <see cref="Position"/> is the 0-based character index of the problem.</summary>
public sealed class QueryParseException(string problem, int position, string query)
    : Exception($"{problem} at position {position}: {Pointer(query, position)}")
{
    public int Position { get; } = position;
    public string Problem { get; } = problem;
    public string Query { get; } = query;

    /// <summary>The characters either side of the problem that a message shows (a long query is cut around it).</summary>
    public const int Context = 60;

    private static string Pointer(string query, int position)
    {
        var p = Math.Clamp(position, 0, query.Length);
        var from = Math.Max(0, p - Context);
        var to = Math.Min(query.Length, p + Context);
        return (from > 0 ? "…" : "") + query[from..p] + " ⟨here⟩ " + query[p..to] + (to < query.Length ? "…" : "");
    }
}
