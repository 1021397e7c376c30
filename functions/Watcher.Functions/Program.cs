using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Watcher.Functions;

Watcher.Core.Facts.MatchBudget.Apply(); // before any regex is built: a backtracking blow-up costs a second, not a stalled poll
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddWatcherFunctions(builder.Configuration);
builder.Build().Run();
