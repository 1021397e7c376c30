using Watcher.Core.Facts;
using Watcher.Core.Matching;

namespace Watcher.Core.Entities;

/// <summary>One place where the text names a country, bloc or leader.</summary>
public sealed record Mention(Entity Entity, MentionForm Form, int Start, int End, int FirstToken, int LastToken)
{
    /// <summary>The country the mention stands for: the entity itself, or a leader's country.</summary>
    public string CountryId => Entity.Kind == EntityKind.Leader ? Entity.Country! : Entity.Id;
}

/// <summary>Finds entity mentions with the same token trie the topic matcher uses; the longest alias wins where aliases overlap
/// ("South Korea" over "Korea", "the Chinese president" over "Chinese").</summary>
public static class EntityFinder
{
    private static readonly Lazy<TokenTrie<(Entity, MentionForm, int)>> Trie = new(Build);

    /// <summary>
    /// The mentions in <paramref name="text"/>. The extractor asks again and again about one sentence (its parties, its
    /// origins, its imposer; the fingerprint and the tracker read the same body), so the last few answers of a thread are
    /// kept and an equal text is answered from them, as a new list (mentions are immutable): the same answer, without
    /// tokenising and scanning it again.
    /// </summary>
    public static List<Mention> Find(string text) =>
        [.. (_recent ??= new RecentAnswers<Mention[]>(16)).Answer(text, static t => [.. Find(t, Tokenizer.Tokenize(t))])];

    [ThreadStatic] private static RecentAnswers<Mention[]>? _recent;

    public static List<Mention> Find(string text, IReadOnlyList<Token> tokens)
    {
        var raw = new List<Mention>();
        Trie.Value.Scan(tokens, (o, first, last) =>
        {
            var (entity, form, _) = o;
            raw.Add(new Mention(entity, form, tokens[first].Start, tokens[last].End, first, last));
        });
        raw.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.LastToken.CompareTo(a.LastToken));
        var result = new List<Mention>();
        var covered = -1;
        foreach (var m in raw)
        {
            if (InRegionName(tokens, m) || Domicile(text, tokens, m) || SpanishBajan(tokens, m)) continue;
            if (m.FirstToken <= covered)
            {
                // a longer mention that starts inside the previous one replaces it ("Chinese" vs "Chinese president" starting earlier)
                if (result.Count > 0 && m.LastToken > result[^1].LastToken && m.LastToken - m.FirstToken > result[^1].LastToken - result[^1].FirstToken)
                {
                    result[^1] = m;
                    covered = m.LastToken;
                }
                continue;
            }
            result.Add(m);
            covered = m.LastToken;
        }
        return result;
    }

    /// <summary>"Latin America", "South American", "North America": a region whose name contains a country's is not that country;
    /// nor is a river or delta named after one ("the Niger Delta", "the Congo River", "the Jordan valley"), nor New Guinea or the
    /// Gulf of Guinea (the Republic of Guinea is a longer alias).</summary>
    private static bool InRegionName(IReadOnlyList<Token> tokens, Mention m) =>
        m.FirstToken == m.LastToken
        && ((m.FirstToken > 0
             && tokens[m.FirstToken].Text.StartsWith("america", StringComparison.OrdinalIgnoreCase)
             && tokens[m.FirstToken - 1].Text.ToLowerInvariant() is "latin" or "south" or "north" or "central")
            || (m.Form == MentionForm.Noun && m.LastToken + 1 < tokens.Count
                && tokens[m.LastToken + 1].Text.ToLowerInvariant() is "delta" or "river" or "basin" or "valley")
            || (m.FirstToken > 0 && m.Entity.Id == "GN"   // the island of New Guinea, the Gulf of Guinea
                && (tokens[m.FirstToken - 1].Text.Equals("new", StringComparison.OrdinalIgnoreCase)
                    || (m.FirstToken > 1 && tokens[m.FirstToken - 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)
                        && tokens[m.FirstToken - 2].Text.Equals("gulf", StringComparison.OrdinalIgnoreCase)))));

    /// <summary>"Bajan al 15% el arancel …", "Aranceles a licuadoras bajan al 15%": in Spanish "bajan" is "they lower", the verb of
    /// a tariff cut, not Barbados's demonym; a Spanish article or preposition after it ("al", "el", "los", "hasta" …) says which. Read
    /// as Barbados, a Spanish paper's headline alone named a foreign party and lost its outlet's home (session 34, cluster49).</summary>
    private static bool SpanishBajan(IReadOnlyList<Token> tokens, Mention m) =>
        m.FirstToken == m.LastToken && m.Entity.Id == "BB" && m.LastToken + 1 < tokens.Count
        && tokens[m.FirstToken].Text.Equals("bajan", StringComparison.OrdinalIgnoreCase)
        && tokens[m.LastToken + 1].Text.ToLowerInvariant() is "al" or "el" or "la" or "los" or "las" or "del" or "de" or "hasta" or "un" or "una";

    /// <summary>"Bermuda-based reinsurer", "a Cayman Islands-registered fund", "Liberian-flagged tankers": where a firm or ship is
    /// registered says nothing of whose measure a sentence states, so such a mention is no party.</summary>
    private static bool Domicile(string text, IReadOnlyList<Token> tokens, Mention m) =>
        m.LastToken + 1 < tokens.Count
        && tokens[m.LastToken + 1].Start == tokens[m.LastToken].End + 1 && text[tokens[m.LastToken].End] == '-'
        && tokens[m.LastToken + 1].Text.ToLowerInvariant() is "based" or "registered" or "domiciled" or "flagged" or "headquartered" or "incorporated";

    private static TokenTrie<(Entity, MentionForm, int)> Build()
    {
        var trie = new TokenTrie<(Entity, MentionForm, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in EntityCatalog.All)
            foreach (var (alias, form) in entity.Aliases)
            {
                var tokens = Tokenizer.Tokenize(alias).Select(t => t.Text).ToArray();
                if (tokens.Length == 0 || !seen.Add(entity.Id + "|" + string.Join(' ', tokens))) continue;
                trie.Add(tokens, (entity, form, tokens.Length));
            }
        return trie;
    }
}
