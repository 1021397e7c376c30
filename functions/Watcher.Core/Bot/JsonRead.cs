using System.Text.Json.Nodes;

namespace Watcher.Core.Bot;

/// <summary>
/// Reading the free-form parts of an activity (entities, channelData, value) without trusting their shape: a property
/// of the wrong kind (an array where an object was expected, a number where a string was) reads as absent, never as
/// an exception. Found by fuzzing the activity handler (docs/reliability.md).
/// </summary>
public static class JsonRead
{
    /// <summary>The named property when <paramref name="node"/> is an object that has it; otherwise null.</summary>
    public static JsonNode? At(this JsonNode? node, string name) =>
        node is JsonObject o && o.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary>The string when <paramref name="node"/> is a JSON string; otherwise null.</summary>
    public static string? AsString(this JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
