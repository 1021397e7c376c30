using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Watcher.Core.Pipeline;
using Watcher.Functions;

Watcher.Core.Facts.MatchBudget.Apply(); // before any regex is built: a backtracking blow-up costs a second, not a stalled poll
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddWatcherFunctions(builder.Configuration);
// The signal path run once over a built-in feed as the worker starts (Watcher.Core.Pipeline.SignalWarmup): the JIT's work on
// the regexes happens here, not in the first poll; /api/health says "warming" until it is done. Nothing is sent or written.
builder.Services.AddSignalWarmup();
builder.Build().Run();
