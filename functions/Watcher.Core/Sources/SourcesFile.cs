using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watcher.Core.Sources;

/// <summary>The sources.json file: the sources to watch and the named topic queries.</summary>
public sealed record SourcesFile
{
    public IReadOnlyList<SourceDefinition> Sources { get; init; } = [];
    public IReadOnlyDictionary<string, string> Topics { get; init; } = new Dictionary<string, string>();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new TimeSpanConverter() },
    };

    public static SourcesFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    public static SourcesFile Parse(Stream json, string origin = "sources.json")
    {
        SourcesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<SourcesFile>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{origin}: not valid sources JSON ({ex.Message})", ex);
        }
        if (file is null) throw new InvalidDataException($"{origin}: empty");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in file.Sources)
        {
            if (string.IsNullOrWhiteSpace(s.Id)) throw new InvalidDataException($"{origin}: a source has no id");
            if (!ids.Add(s.Id)) throw new InvalidDataException($"{origin}: source id '{s.Id}' appears twice");
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out _)) throw new InvalidDataException($"{origin}: source '{s.Id}' has no absolute url");
            if (s.Kind is not (SourceKinds.Feed or SourceKinds.Page or SourceKinds.Json))
                throw new InvalidDataException($"{origin}: source '{s.Id}' has kind '{s.Kind}'; use feed, page or json");
            if (s.Kind == SourceKinds.Page && string.IsNullOrWhiteSpace(s.Selectors?.Item))
                throw new InvalidDataException($"{origin}: page source '{s.Id}' needs \"selectors\": {{\"item\": \"<css>\"}}");
            if (s.Country is { } country && !SourceCountry.IsValid(country))
                throw new InvalidDataException($"{origin}: source '{s.Id}' has country '{country}'; use an ISO-2 code or a party id such as EU, in capitals");
            foreach (var t in s.Topics)
                if (!file.Topics.ContainsKey(t) && !Matching.DefaultTopics.Queries.ContainsKey(t)) throw new InvalidDataException($"{origin}: source '{s.Id}' names unknown topic '{t}'");
        }
        foreach (var (name, query) in file.Topics)
        {
            try
            {
                Matching.Query.QueryParser.Parse(query);
            }
            catch (Matching.Query.QueryParseException ex)
            {
                throw new InvalidDataException($"{origin}: topic '{name}': {ex.Message}", ex);
            }
        }
        return file;
    }

    private sealed class TimeSpanConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeSpan.TryParse(reader.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var ts)
                ? ts
                : throw new JsonException($"'{reader.GetString()}' is not a time span such as 00:05:00");

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("c"));
    }
}
