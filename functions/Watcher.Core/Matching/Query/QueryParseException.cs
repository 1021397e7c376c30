namespace Watcher.Core.Matching.Query;

/// <summary>A topic query that does not parse; <see cref="Position"/> is the 0-based character index of the problem.</summary>
public sealed class QueryParseException(string problem, int position, string query)
    : Exception($"{problem} at position {position}: {Pointer(query, position)}")
{
    public int Position { get; } = position;
    public string Problem { get; } = problem;
    public string Query { get; } = query;

    private static string Pointer(string query, int position)
    {
        var p = Math.Clamp(position, 0, query.Length);
        return query[..p] + " ⟨here⟩ " + query[p..];
    }
}
