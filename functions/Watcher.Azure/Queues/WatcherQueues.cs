using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Watcher.Azure.Queues;

/// <summary>Queue names (bound by the Function triggers as %Watcher:Queues:…% app settings default to these).</summary>
public static class QueueNames
{
    /// <summary>One message per due source, from the poll timer.</summary>
    public const string Sources = "watcher-sources";
    /// <summary>One message per recorded delivery, from the poller.</summary>
    public const string Deliveries = "watcher-deliveries";

    public static readonly IReadOnlyList<string> All = [Sources, Deliveries];
}

public sealed record PollSourceMessage(string SourceId, DateTimeOffset Enqueued);

public sealed record DeliverMessage(string DeliveryId);

/// <summary>Producers for Watcher's queues. Messages are base64 JSON, the Functions queue trigger's default encoding.</summary>
public sealed class WatcherQueues(QueueServiceClient service)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public QueueClient Client(string name) => service.GetQueueClient(name);

    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        foreach (var name in QueueNames.All)
        {
            await Client(name).CreateIfNotExistsAsync(cancellationToken: ct);
            await Client(name + "-poison").CreateIfNotExistsAsync(cancellationToken: ct);
        }
    }

    public Task EnqueueAsync<T>(string queue, T message, TimeSpan? visibilityDelay = null, CancellationToken ct = default) =>
        Client(queue).SendMessageAsync(JsonSerializer.Serialize(message, Json), visibilityDelay, cancellationToken: ct);

    public static T Read<T>(string body) =>
        JsonSerializer.Deserialize<T>(body, Json) ?? throw new InvalidDataException($"empty {typeof(T).Name} message");

    /// <summary>Approximate message counts of the poison queues, for /api/health.</summary>
    public async Task<IReadOnlyDictionary<string, int>> PoisonCountsAsync(CancellationToken ct = default)
    {
        var counts = new Dictionary<string, int>();
        foreach (var name in QueueNames.All)
        {
            var poison = Client(name + "-poison");
            var exists = await poison.ExistsAsync(ct);
            counts[poison.Name] = exists.Value ? (await poison.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount : 0;
        }
        return counts;
    }
}

public static class WatcherQueueExtensions
{
    public static IServiceCollection AddWatcherQueues(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.Section).Bind(options);
        services.AddSingleton(_ => StorageClients.Queues(options));
        services.AddSingleton<WatcherQueues>();
        return services;
    }
}
