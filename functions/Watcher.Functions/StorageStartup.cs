using Microsoft.Extensions.Hosting;
using Watcher.Azure.Queues;
using Watcher.Azure.Tables;

namespace Watcher.Functions;

/// <summary>Creates the tables and queues (and the poison queues /api/health watches) once per worker start; Bicep creates them too.</summary>
public sealed class StorageStartup(TableStorageInitializer tables, WatcherQueues queues) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        await queues.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
