using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Watcher.Core.Tariffs;

namespace Watcher.Cli.LocalHost;

/// <summary>GET /api/tariffs?imposer=&amp;target=: the tariff tracker (CONTRACTS.md §2).</summary>
public static class TariffRoutes
{
    public static void MapTariffRoutes(this RouteGroupBuilder keyed) =>
        keyed.MapGet("/tariffs", async (TariffApi api, string? imposer, string? target, CancellationToken ct) =>
        {
            try
            {
                return Results.Json(new { tariffs = await api.ListAsync(imposer, target, ct) });
            }
            catch (ArgumentException ex)
            {
                return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status400BadRequest);
            }
        });
}
