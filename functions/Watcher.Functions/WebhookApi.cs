using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Watcher.Core.Webhooks;

namespace Watcher.Functions;

/// <summary>The webhook management routes (function key): thin adapters over <see cref="WebhookManager"/>, as on the local host.</summary>
public sealed class WebhookApi(WebhookManager manager)
{
    public sealed record RegisterRequest(string? Url, IReadOnlyList<string>? Topics);

    [Function("RegisterWebhook")]
    public Task<IActionResult> Register([HttpTrigger(AuthorizationLevel.Function, "post", Route = "webhooks")] HttpRequest request, CancellationToken ct) =>
        Run(async () =>
        {
            RegisterRequest? body;
            try { body = await request.ReadFromJsonAsync<RegisterRequest>(ct); }
            catch (System.Text.Json.JsonException ex) { throw new WebhookApiException(400, $"the body is not a JSON object {{\"url\",\"topics\"}}: {ex.Message}"); }
            return new ObjectResult(await manager.RegisterAsync(body?.Url, body?.Topics, ct)) { StatusCode = StatusCodes.Status201Created };
        });

    [Function("ListWebhooks")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Function, "get", Route = "webhooks")] HttpRequest request, CancellationToken ct) =>
        Run(async () => new JsonResult(new { webhooks = await manager.ListAsync(ct) }));

    [Function("DeleteWebhook")]
    public Task<IActionResult> Delete([HttpTrigger(AuthorizationLevel.Function, "delete", Route = "webhooks/{id}")] HttpRequest request, string id, CancellationToken ct) =>
        Run(async () => await manager.DeleteAsync(id, ct) ? new NoContentResult() : new NotFoundObjectResult(new { error = $"webhook '{id}' does not exist" }));

    [Function("PingWebhook")]
    public Task<IActionResult> Ping([HttpTrigger(AuthorizationLevel.Function, "post", Route = "webhooks/{id}/ping")] HttpRequest request, string id, CancellationToken ct) =>
        Run(async () => await manager.PingAsync(id, ct) is var r && r.Ok ? new JsonResult(r) : new ObjectResult(r) { StatusCode = StatusCodes.Status502BadGateway });

    [Function("RotateWebhookSecret")]
    public Task<IActionResult> Rotate([HttpTrigger(AuthorizationLevel.Function, "post", Route = "webhooks/{id}/rotate-secret")] HttpRequest request, string id, CancellationToken ct) =>
        Run(async () => new JsonResult(await manager.RotateSecretAsync(id, ct)));

    [Function("WebhookDeliveries")]
    public Task<IActionResult> Deliveries([HttpTrigger(AuthorizationLevel.Function, "get", Route = "webhooks/{id}/deliveries")] HttpRequest request, string id, CancellationToken ct) =>
        Run(async () => new JsonResult(new { deliveries = await manager.DeliveriesAsync(id, int.TryParse(request.Query["top"].FirstOrDefault(), out var t) ? t : null, ct) }));

    [Function("ReplayDelivery")]
    public Task<IActionResult> Replay([HttpTrigger(AuthorizationLevel.Function, "post", Route = "deliveries/{id}/replay")] HttpRequest request, string id, CancellationToken ct) =>
        Run(async () => new JsonResult(await manager.ReplayAsync(id, ct)));

    private static async Task<IActionResult> Run(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (WebhookApiException ex)
        {
            return new ObjectResult(new { error = ex.Message }) { StatusCode = ex.Status };
        }
    }
}
