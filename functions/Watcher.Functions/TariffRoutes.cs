using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Watcher.Core.Tariffs;

namespace Watcher.Functions;

/// <summary>GET /api/tariffs?imposer=&amp;target= (function key): the tariff tracker.</summary>
public sealed class TariffRoutes(TariffApi api)
{
    [Function("Tariffs")]
    public async Task<IActionResult> Tariffs([HttpTrigger(AuthorizationLevel.Function, "get", Route = "tariffs")] HttpRequest request, CancellationToken ct)
    {
        try
        {
            return new JsonResult(new { tariffs = await api.ListAsync(request.Query["imposer"].FirstOrDefault(), request.Query["target"].FirstOrDefault(), ct) });
        }
        catch (ArgumentException ex)
        {
            return new BadRequestObjectResult(new { error = ex.Message });
        }
    }
}
