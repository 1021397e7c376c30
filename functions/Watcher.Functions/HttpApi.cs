using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Watcher.Azure.Queues;
using Watcher.Core.Api;

namespace Watcher.Functions;

/// <summary>The read routes: GET /api/health (anonymous) and GET /api/items (function key).</summary>
public sealed class HttpApi(WatcherApi api, WatcherQueues queues)
{
    [Function("Health")]
    public async Task<IActionResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken ct) =>
        new JsonResult(await api.HealthAsync(lastCycle: null, await queues.PoisonCountsAsync(ct), ct));

    [Function("Items")]
    public async Task<IActionResult> Items([HttpTrigger(AuthorizationLevel.Function, "get", Route = "items")] HttpRequest request, CancellationToken ct)
    {
        var q = request.Query;
        DateTimeOffset? since = null;
        if (q["since"].FirstOrDefault() is { } s)
        {
            if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                return new BadRequestObjectResult(new { error = $"since '{s}' is not an ISO-8601 date" });
            since = parsed;
        }
        int? top = int.TryParse(q["top"].FirstOrDefault(), out var t) ? t : null;
        return new JsonResult(new { items = await api.ItemsAsync(q["topic"].FirstOrDefault(), q["q"].FirstOrDefault(), since, top, ct) });
    }
}
