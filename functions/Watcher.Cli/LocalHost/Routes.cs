using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Watcher.Core.Api;

namespace Watcher.Cli.LocalHost;

/// <summary>The Function app's HTTP routes, served by the local host (CONTRACTS.md §2).</summary>
public static class Routes
{
    public static void MapWatcherRoutes(this WebApplication app)
    {
        var key = app.Configuration["Watcher:Api:Key"];
        if (string.IsNullOrEmpty(key))
            app.Logger.LogWarning("Watcher:Api:Key is not set: keyed routes are open. Set it for anything but local development.");

        app.MapGet("/api/health", async (WatcherApi api, LocalCycleRunner runner, CancellationToken ct) =>
            Results.Json(await api.HealthAsync(runner.Last is { } last ? new { finished = last.Finished, last.Report.Sources, last.Report.Fetched, last.Report.NotModified, last.Report.Failed, last.Report.New, last.Report.Updated, last.Report.Duplicates, last.Report.Alerts } : null, ct: ct)));

        var keyed = app.MapGroup("/api").AddEndpointFilter(async (ctx, next) =>
        {
            if (string.IsNullOrEmpty(key)) return await next(ctx);
            var request = ctx.HttpContext.Request;
            var given = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
            return given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                       System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(key))
                ? await next(ctx)
                : Results.Json(new { error = "a valid function key is required (x-functions-key header or code query)" }, statusCode: StatusCodes.Status401Unauthorized);
        });

        keyed.MapItemRoutes();
        keyed.MapPollRoute();
        keyed.MapTariffRoutes();
        app.MapEmailRoutes();
        app.MapBotRoutes();
        keyed.MapWebhookRoutes();
        // Each capability maps its routes here: keyed.MapXxxRoutes() for keyed ones, app.MapXxx() for its own auth.
    }

    /// <summary>
    /// `POST /api/poll`: one cycle now, due or not (what `watcher poll --once` does, inside the running host), answered
    /// with the cycle's report (the `poll --once --json` document) and what was delivered per channel.
    /// </summary>
    private static void MapPollRoute(this RouteGroupBuilder keyed)
    {
        keyed.MapPost("/poll", async (LocalCycleRunner runner, CancellationToken ct) =>
        {
            var result = await runner.RunAsync(ct: ct);
            return Results.Json(new { report = result.Report, delivered = result.Delivered, deliveryFailures = result.DeliveryFailures },
                Commands.PollCommand.Json);
        });
    }

    private static void MapItemRoutes(this RouteGroupBuilder keyed)
    {
        keyed.MapGet("/items", async (WatcherApi api, string? topic, string? q, string? since, int? top, CancellationToken ct) =>
        {
            DateTimeOffset? from = null;
            if (since is not null)
            {
                if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    return Results.Json(new { error = $"since '{since}' is not an ISO-8601 date" }, statusCode: StatusCodes.Status400BadRequest);
                from = parsed;
            }
            return Results.Json(new { items = await api.ItemsAsync(topic, q, from, top, ct) });
        });
    }
}
