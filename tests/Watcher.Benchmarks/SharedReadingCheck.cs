using System.Text.Json;
using Watcher.Core.Facts;
using Watcher.Core.Stories;

namespace Watcher.Benchmarks;

/// <summary>
/// Whether a story fingerprint's facts read from the tariff tracker's reading of an item ("headline\nbody", measures as stated)
/// equal the fingerprint's own reading ("headline.\nbody"), item by item: over the feeds of a folder (the peers farm's round 0)
/// and any JSONL files of {title, text} items (the dev sets). Prints every item whose facts differ and the counts.
/// Usage (from tests/Watcher.Benchmarks): dotnet run -c Release -- --share-check DIR [FILE.jsonl …]
/// </summary>
public static class SharedReadingCheck
{
    public static void Run(string dir, string[] jsonl)
    {
        var items = new List<(string Where, string? Title, string Text)>();
        foreach (var f in Directory.EnumerateFiles(dir, "*.xml").Order(StringComparer.Ordinal))
            foreach (var e in Watcher.Core.Feeds.FeedParser.Parse(File.ReadAllBytes(f), new Uri("http://127.0.0.1/feed")).Items)
                items.Add((Path.GetFileName(f) + "/" + e.Id, e.Title, e.PlainText));
        foreach (var file in jsonl)
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                string? Str(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                items.Add((Path.GetFileName(file) + "/" + Str("id"), Str("title"), Str("text") ?? string.Empty));
            }
        int shared = 0, differ = 0, trackerDiffer = 0;
        var digest = 1469598103934665603UL;
        foreach (var (where, title, body) in items)
        {
            var composed = string.IsNullOrEmpty(title) ? body : title.Trim() + "\n" + body;
            if (!StoryFingerprint.SharesReading(title, body, composed)) continue;
            shared++;
            var own = StoryFingerprint.FactKeys(title, body);
            var (result, stated) = FactExtractor.ExtractWithStated(composed, ["t"]);
            var viaTracker = StoryFingerprint.FactKeys(title, body, stated);
            var tracker = FactExtractor.Extract(composed, ["t"]);
            if (ExtractJson.Serialize(tracker) != ExtractJson.Serialize(result)) { trackerDiffer++; Console.WriteLine($"TRACKER {where}"); }
            foreach (var k in own) foreach (var ch in k) digest = (digest ^ ch) * 1099511628211UL;
            if (own.SequenceEqual(viaTracker, StringComparer.Ordinal)) continue;
            differ++;
            Console.WriteLine($"DIFFER {where}\n  title: {title}\n  own:    {string.Join(" ", own)}\n  shared: {string.Join(" ", viaTracker)}");
        }
        Console.WriteLine($"{items.Count} items, {shared} read once, {differ} with other fingerprint facts, {trackerDiffer} with other tracker facts; own facts digest {digest:x16}");
    }
}
