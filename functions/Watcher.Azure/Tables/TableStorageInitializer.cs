using Azure.Data.Tables;

namespace Watcher.Azure.Tables;

/// <summary>Creates Watcher's tables if they do not exist (once per process start).</summary>
public sealed class TableStorageInitializer(TableServiceClient service)
{
    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        foreach (var name in TableNames.All) await service.GetTableClient(name).CreateIfNotExistsAsync(ct);
    }
}
