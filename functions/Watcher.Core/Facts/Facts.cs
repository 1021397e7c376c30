namespace Watcher.Core.Facts;

public static class TariffActions
{
    public const string Imposed = "imposed";
    public const string Raised = "raised";
    public const string Lowered = "lowered";
    public const string Removed = "removed";
    public const string Threatened = "threatened";
    public const string Proposed = "proposed";
    public const string Ruled = "ruled";
}

/// <summary>A tariff measure stated in an article: who imposes what on whom, and the sentence that says so.
/// Countries are ISO 3166-1 alpha-2, "EU" for the European Union, "*" for everyone.</summary>
public sealed record TariffMeasure(
    string Imposer,
    string Target,
    double? Rate,
    string RateUnit,
    IReadOnlyList<string> Products,
    string Action,
    string? Date,
    string Evidence);

/// <summary>A summit, meeting, visit or talks, with the leaders (or blocs) taking part.</summary>
public sealed record DiplomaticEvent(
    string Type,
    IReadOnlyList<string> Participants,
    string? Place,
    string? Date,
    string Evidence);

public static class EventTypes
{
    public const string Summit = "summit";
    public const string Meeting = "meeting";
    public const string Visit = "visit";
    public const string Talks = "talks";
}

/// <summary>What `watcher extract --json` prints for one article.</summary>
public sealed record ExtractResult(IReadOnlyList<string> Topics, IReadOnlyList<TariffMeasure> Measures, IReadOnlyList<DiplomaticEvent> Events);
