using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Watcher.Azure.Bot;

namespace Watcher.Functions;

/// <summary>POST /api/messages: the Teams bot endpoint. Anonymous at the Functions level; the Bot Connector's JWT is checked by <see cref="BotEndpoint"/>.</summary>
public sealed class BotMessages(BotEndpoint bot)
{
    [Function(nameof(BotMessages))]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var result = await bot.HandleAsync(request.Headers.Authorization.FirstOrDefault(), buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        return result.Body is null ? new StatusCodeResult(result.Status) : new JsonResult(result.Body) { StatusCode = result.Status };
    }
}
