using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Bot;

namespace Watcher.Cli.LocalHost;

/// <summary>POST /api/messages on the local host: the same <see cref="BotEndpoint"/> the Function app's BotMessages calls.</summary>
public static class BotRoutes
{
    public static void MapBotRoutes(this WebApplication app)
    {
        if (app.Services.GetRequiredService<BotOptions>().Unauthenticated)
            app.Logger.LogWarning("Watcher:Bot:AppId is not set: /api/messages accepts activities WITHOUT authentication. Local development only.");

        app.MapPost("/api/messages", async (HttpRequest request, BotEndpoint bot, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            var result = await bot.HandleAsync(request.Headers.Authorization.FirstOrDefault(), buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
            return result.Body is null ? Results.StatusCode(result.Status) : Results.Json(result.Body, statusCode: result.Status);
        });
    }
}
