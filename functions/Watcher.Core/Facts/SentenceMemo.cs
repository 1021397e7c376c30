namespace Watcher.Core.Facts;

/// <summary>
/// The measures <see cref="TariffExtractor.FromSentence"/> last found in a sentence read in a given context, for the same
/// sentence read again in the same context. A poll reads each new item twice — its story fingerprint reads the measures of
/// "headline.\nbody", the tariff tracker those of "headline\nbody" — and after the headline every sentence of the body is
/// read in the same context both times. A fixed number of slots shared by every thread, overwritten by hash: a miss costs
/// only the reading it would have cost anyway, and an answer is only ever reused for an equal sentence and context.
/// </summary>
internal static class SentenceMemo
{
    /// <summary>Everything <see cref="TariffExtractor.FromSentence"/> reads: a new parameter of it must be added here.</summary>
    internal readonly struct Context(string sentence, string? date, string? imposer, IReadOnlyList<string>? products,
        IReadOnlyList<string>? countries, string? target, bool announced, string? implied, string? impliedOrigin = null) : IEquatable<Context>
    {
        public string Sentence { get; } = sentence;
        public string? Date { get; } = date;
        public string? Imposer { get; } = imposer;
        public IReadOnlyList<string>? Products { get; } = products;
        public IReadOnlyList<string>? Countries { get; } = countries;
        public string? Target { get; } = target;
        public bool Announced { get; } = announced;
        public string? Implied { get; } = implied;
        public string? ImpliedOrigin { get; } = impliedOrigin;

        public bool Equals(Context other) =>
            Sentence == other.Sentence && Date == other.Date && Imposer == other.Imposer && Target == other.Target
            && Announced == other.Announced && Implied == other.Implied && ImpliedOrigin == other.ImpliedOrigin && Same(Products, other.Products) && Same(Countries, other.Countries);

        public override bool Equals(object? obj) => obj is Context other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Sentence);
            hash.Add(Date);
            hash.Add(Imposer);
            hash.Add(Target);
            hash.Add(Announced);
            hash.Add(Implied);
            hash.Add(ImpliedOrigin);
            hash.Add(Products?.Count ?? -1);
            hash.Add(Countries?.Count ?? -1);
            return hash.ToHashCode();
        }

        private static bool Same(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null || a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++) if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
            return true;
        }
    }

    private sealed record Entry(Context Context, TariffMeasure[] Found);

    /// <summary>A power of two; two polls work through items at once (one per core), each reading ~10–30 sentences an item.</summary>
    private const int Slots = 1024;

    private static readonly Entry?[] Memo = new Entry?[Slots];

    /// <summary>The measures of the sentence in its context: remembered, or read by <paramref name="read"/> (a new list
    /// either way: the caller may change it).</summary>
    public static List<TariffMeasure> Find(in Context context, Func<Context, List<TariffMeasure>> read)
    {
        var slot = context.GetHashCode() & (Slots - 1);
        if (Volatile.Read(ref Memo[slot]) is { } known && known.Context.Equals(context)) return [.. known.Found];
        var found = read(context);
        Volatile.Write(ref Memo[slot], new Entry(context, [.. found]));
        return found;
    }
}
