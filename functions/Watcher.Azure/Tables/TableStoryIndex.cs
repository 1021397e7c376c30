using Azure.Data.Tables;
using Watcher.Core.Stories;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherStoryIndex: PartitionKey = fingerprint key (LSH band "b07-…", headline "t-…", URL "u-…", headline band "h3-…"
/// or lede fact "f-…"), RowKey = story id, with the story's signature, headline words, countries and facts in each row.
/// A lookup reads only the partitions of the item's own keys (34–45 small partition queries, in parallel), so its cost
/// does not grow with the number of stories.
/// </summary>
public sealed class TableStoryIndex(TableServiceClient service) : TableStore(service, TableNames.StoryIndex), IStoryIndex
{
    /// <summary>Rows read per key at most: a band key shared by this many stories carries no signal.</summary>
    private const int MaxPerKey = 200;

    public async Task<IReadOnlyList<StoryCandidate>> CandidatesAsync(StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        var queries = fingerprint.Keys().Select(key =>
            QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(key)}"), ct, MaxPerKey));
        var found = new Dictionary<string, StoryCandidate>(StringComparer.Ordinal);
        foreach (var rows in await Task.WhenAll(queries))
            foreach (var row in rows)
            {
                var id = row.GetString("StoryId");
                if (id is null || found.ContainsKey(id)) continue;
                found[id] = new StoryCandidate(id, Map(row));
            }
        return found.Values.ToList();
    }

    public Task AddAsync(string storyId, StoryFingerprint fingerprint, CancellationToken ct = default)
    {
        var signature = fingerprint.SignatureBase64();
        var facts = ToJson(fingerprint.Facts);
        var titleWords = ToJson(fingerprint.TitleWords);
        var entities = ToJson(fingerprint.Entities);
        return Task.WhenAll(fingerprint.Keys().Select(key => Table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(key), TableKeys.Escape(storyId))
        {
            ["StoryId"] = storyId,
            ["Signature"] = signature,
            ["TitleKey"] = fingerprint.TitleKey,
            ["UrlKey"] = fingerprint.UrlKey,
            ["Facts"] = facts,
            ["TitleWords"] = titleWords,
            ["Entities"] = entities,
            ["Words"] = fingerprint.WordCount,
        }, TableUpdateMode.Replace, ct)));
    }

    private static StoryFingerprint Map(TableEntity row) =>
        new(StoryFingerprint.ParseSignature(row.GetString("Signature") ?? string.Empty), row.GetString("TitleKey"), row.GetString("UrlKey"))
        {
            Facts = FromJson<List<string>>(row.GetString("Facts"), []),
            // rows written before these were kept read as empty / 0: such a story matches on text, headline and URL only
            TitleWords = FromJson<List<string>>(row.GetString("TitleWords"), []),
            Entities = FromJson<List<string>>(row.GetString("Entities"), []),
            WordCount = row.GetInt32("Words") ?? 0,
        };
}
