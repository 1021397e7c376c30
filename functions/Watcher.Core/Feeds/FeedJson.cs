using System.Globalization;
using System.Text.Json;

namespace Watcher.Core.Feeds;

/// <summary>The <c>watcher parse --json</c> document for a feed (CONTRACTS.md): dates are ISO-8601 UTC with Z, or null.</summary>
public static class FeedJson
{
    public static void Write(Utf8JsonWriter w, FeedDocument feed)
    {
        w.WriteStartObject();
        w.WriteString("format", feed.Format);
        w.WriteString("version", feed.Version);
        w.WriteString("title", feed.Title);
        w.WriteString("link", feed.Link);
        w.WriteBoolean("bozo", feed.Bozo);
        w.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("title", item.Title);
            w.WriteString("link", item.Link);
            WriteDate(w, "published", item.Published);
            WriteDate(w, "updated", item.Updated);
            w.WriteString("summary", item.Summary);
            w.WriteString("content", item.Content);
            w.WriteStartArray("authors");
            foreach (var a in item.Authors) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The document as a string (one line, no indentation).</summary>
    public static string Serialize(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(w, feed);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string? FormatDate(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString(date.Value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void WriteDate(Utf8JsonWriter w, string name, DateTimeOffset? date)
    {
        if (date is null) w.WriteNull(name);
        else w.WriteString(name, FormatDate(date));
    }
}
