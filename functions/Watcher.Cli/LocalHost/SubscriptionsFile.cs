using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Core.State;

namespace Watcher.Cli.LocalHost;

/// <summary>
/// Subscriptions declared in a file (`Watcher:Subscriptions:File`), like sources in sources.json: the local host's
/// `poll` and `serve` upsert them at start, so a scripted setup needs no API calls. The file is
/// <c>{"subscriptions":[{"id":"desk","channel":"email","target":"desk@example.com","topics":["tariffs"]}]}</c>;
/// each entry is a <see cref="Subscription"/> in its JSON form.
/// </summary>
public static class SubscriptionsFile
{
    public const string Key = "Watcher:Subscriptions:File";

    private sealed record Document(List<Subscription>? Subscriptions);

    public static async Task<int> SeedAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        if (configuration[Key] is not { Length: > 0 } path) return 0;
        Document? doc;
        try
        {
            doc = JsonSerializer.Deserialize<Document>(await File.ReadAllTextAsync(path, ct), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{Key} '{path}' could not be read: {ex.Message}", ex);
        }
        var store = services.GetRequiredService<ISubscriptionStore>();
        foreach (var s in doc?.Subscriptions ?? [])
        {
            if (string.IsNullOrWhiteSpace(s.Id) || string.IsNullOrWhiteSpace(s.Channel) || string.IsNullOrWhiteSpace(s.Target))
                throw new InvalidOperationException($"{Key} '{path}': every subscription needs an id, a channel and a target");
            await store.UpsertAsync(s, ct);
        }
        return doc?.Subscriptions?.Count ?? 0;
    }
}
