using Azure.Data.Tables;
using Watcher.Core.State;

namespace Watcher.Azure.Tables;

/// <summary>
/// WatcherItems: PartitionKey = source id, RowKey = item id (one partition query loads a source's items; writes are
/// batched per source). WatcherStories: PartitionKey = story id, RowKey = "story".
/// </summary>
public sealed class TableItemStore(TableServiceClient service) : TableStore(service, TableNames.Items), IItemStore
{
    private const int MaxTextChars = 8000; // keeps a 100-row batch well under the 4 MiB transaction limit
    private const string StoryRow = "story";
    private readonly TableClient _stories = service.GetTableClient(TableNames.Stories);

    public async Task<IReadOnlyDictionary<string, ItemRecord>> GetItemsAsync(string sourceId, CancellationToken ct = default)
    {
        var rows = await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Escape(sourceId)}"), ct);
        return rows.Select(Map).ToDictionary(i => i.ItemId, StringComparer.Ordinal);
    }

    public Task SaveItemsAsync(string sourceId, IReadOnlyList<ItemRecord> items, CancellationToken ct = default) =>
        UpsertBatchedAsync(items.Select(i => new TableEntity(TableKeys.Escape(sourceId), TableKeys.Escape(i.ItemId))
        {
            ["SourceId"] = i.SourceId,
            ["ItemId"] = i.ItemId,
            ["Title"] = i.Title,
            ["Link"] = i.Link,
            ["StoryId"] = i.StoryId,
            ["ContentHash"] = i.ContentHash,
            ["SeenHashes"] = ToJson(i.SeenHashes),
            ["Text"] = i.Text.Length > MaxTextChars ? i.Text[..MaxTextChars] : i.Text,
            ["Topics"] = ToJson(i.Topics),
            ["Published"] = i.Published,
            ["FirstSeen"] = i.FirstSeen,
            ["LastSeen"] = i.LastSeen,
            ["Revision"] = i.Revision,
        }).ToList(), ct);

    public async Task<StoryRecord?> GetStoryAsync(string storyId, CancellationToken ct = default)
    {
        var response = await _stories.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(storyId), StoryRow, cancellationToken: ct);
        return response.HasValue ? MapStory(response.Value!) : null;
    }

    public async Task<StoryRecord> SaveStoryAsync(StoryRecord story, CancellationToken ct = default)
    {
        var entity = new TableEntity(TableKeys.Escape(story.StoryId), StoryRow)
        {
            ["StoryId"] = story.StoryId,
            ["Title"] = story.Title,
            ["Link"] = story.Link,
            ["Sources"] = ToJson(story.Sources),
            ["Topics"] = ToJson(story.Topics),
            ["FirstSeen"] = story.FirstSeen,
            ["LastUpdated"] = story.LastUpdated,
            ["Revision"] = story.Revision,
            ["FirstItem"] = story.FirstItem,
        };
        return story with { Version = await WriteAsync(_stories, entity, story.Version, ct) };
    }

    public async Task<IReadOnlyList<StoryRecord>> RecentStoriesAsync(DateTimeOffset since, int top, CancellationToken ct = default)
    {
        var stories = new List<StoryRecord>();
        await foreach (var e in _stories.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"LastUpdated ge {since}"), cancellationToken: ct))
            stories.Add(MapStory(e));
        return stories.OrderByDescending(s => s.LastUpdated).Take(top).ToList();
    }

    private static ItemRecord Map(TableEntity e) => new()
    {
        SourceId = e.GetString("SourceId") ?? TableKeys.Unescape(e.PartitionKey),
        ItemId = e.GetString("ItemId") ?? TableKeys.Unescape(e.RowKey),
        Title = e.GetString("Title"),
        Link = e.GetString("Link"),
        StoryId = e.GetString("StoryId") ?? string.Empty,
        ContentHash = e.GetString("ContentHash") ?? string.Empty,
        SeenHashes = FromJson<List<string>>(e.GetString("SeenHashes"), []),
        Text = e.GetString("Text") ?? string.Empty,
        Topics = FromJson<List<string>>(e.GetString("Topics"), []),
        Published = Time(e, "Published"),
        FirstSeen = Time(e, "FirstSeen") ?? DateTimeOffset.MinValue,
        LastSeen = Time(e, "LastSeen") ?? DateTimeOffset.MinValue,
        Revision = e.GetInt32("Revision") ?? 0,
        Version = e.ETag.ToString(),
    };

    private static StoryRecord MapStory(TableEntity e) => new()
    {
        StoryId = e.GetString("StoryId") ?? TableKeys.Unescape(e.PartitionKey),
        Title = e.GetString("Title") ?? string.Empty,
        Link = e.GetString("Link"),
        Sources = FromJson<List<string>>(e.GetString("Sources"), []),
        Topics = FromJson<List<string>>(e.GetString("Topics"), []),
        FirstSeen = Time(e, "FirstSeen") ?? DateTimeOffset.MinValue,
        LastUpdated = Time(e, "LastUpdated") ?? DateTimeOffset.MinValue,
        Revision = e.GetInt32("Revision") ?? 0,
        FirstItem = e.GetString("FirstItem"),
        Version = e.ETag.ToString(),
    };
}
