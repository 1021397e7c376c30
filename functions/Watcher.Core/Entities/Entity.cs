namespace Watcher.Core.Entities;

public enum EntityKind { Country, Bloc, Leader }

/// <summary>How a mention names its entity: "China" (Noun), "Chinese" (Adjective), "Beijing" (Capital, used for the
/// government), "Xi" (Person), "the Chinese president" (Role).</summary>
public enum MentionForm { Noun, Adjective, Capital, Person, Role }

/// <summary>A country, trade bloc or leader, with the words that name it.</summary>
public sealed record Entity(string Id, EntityKind Kind, string Name, IReadOnlyList<(string Alias, MentionForm Form)> Aliases)
{
    /// <summary>For a leader: the country they speak for (ISO alpha-2, or EU).</summary>
    public string? Country { get; init; }
}
