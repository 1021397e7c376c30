using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Watcher.Core.Webhooks;

namespace Watcher.Cli.LocalHost;

/// <summary>The webhook management routes (CONTRACTS.md §2) on the local host; the Function app's WebhookApi calls the same service.</summary>
public static class WebhookRoutes
{
    public sealed record RegisterRequest(string? Url, IReadOnlyList<string>? Topics);

    public static void MapWebhookRoutes(this RouteGroupBuilder keyed)
    {
        keyed.MapPost("/webhooks", (WebhookManager m, RegisterRequest? body, CancellationToken ct) =>
            Run(async () => Results.Json(await m.RegisterAsync(body?.Url, body?.Topics, ct), statusCode: StatusCodes.Status201Created)));
        keyed.MapGet("/webhooks", (WebhookManager m, CancellationToken ct) =>
            Run(async () => Results.Json(new { webhooks = await m.ListAsync(ct) })));
        keyed.MapDelete("/webhooks/{id}", (WebhookManager m, string id, CancellationToken ct) =>
            Run(async () => await m.DeleteAsync(id, ct) ? Results.NoContent() : NotFound(id)));
        keyed.MapPost("/webhooks/{id}/ping", (WebhookManager m, string id, CancellationToken ct) =>
            Run(async () => await m.PingAsync(id, ct) is var r && r.Ok ? Results.Json(r) : Results.Json(r, statusCode: StatusCodes.Status502BadGateway)));
        keyed.MapPost("/webhooks/{id}/rotate-secret", (WebhookManager m, string id, CancellationToken ct) =>
            Run(async () => Results.Json(await m.RotateSecretAsync(id, ct))));
        keyed.MapGet("/webhooks/{id}/deliveries", (WebhookManager m, string id, int? top, CancellationToken ct) =>
            Run(async () => Results.Json(new { deliveries = await m.DeliveriesAsync(id, top, ct) })));
        keyed.MapPost("/deliveries/{id}/replay", (WebhookManager m, string id, CancellationToken ct) =>
            Run(async () => Results.Json(await m.ReplayAsync(id, ct))));
    }

    private static IResult NotFound(string id) => Results.Json(new { error = $"webhook '{id}' does not exist" }, statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (WebhookApiException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: ex.Status);
        }
    }
}
