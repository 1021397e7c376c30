using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Watcher.Cli.LocalHost;
using Watcher.Core.Feeds;
using Watcher.Core.Fetching;

namespace Watcher.Cli.Commands;

/// <summary>`watcher parse FILE-or-URL...`: the normalised feed, one JSON document per input with --json.</summary>
public static class ParseCommand
{
    public static async Task<int> RunAsync(CommandLine cmd, CancellationToken ct)
    {
        var json = cmd.Flag("json");
        var baseUrlText = cmd.Option("base-url");
        cmd.EnsureAllUsed();
        if (cmd.Positionals.Count == 0) throw new UsageException("parse needs at least one FILE or URL");
        Uri? baseUrl = null;
        if (baseUrlText is not null && !Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl))
            throw new UsageException($"--base-url '{baseUrlText}' is not an absolute URL");

        FeedFetcher? fetcher = null;
        IHost? host = null;
        var worst = ExitCodes.Ok;
        try
        {
            foreach (var input in cmd.Positionals)
            {
                var code = ExitCodes.Ok;
                string? error = null;
                FeedDocument? feed = null;
                try
                {
                    byte[] data;
                    var inputBase = baseUrl;
                    if (Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                    {
                        if (fetcher is null)
                        {
                            host = WatcherHost.BuildConsoleHost(cmd.ConfigOverrides);
                            fetcher = host.Services.GetRequiredService<FeedFetcher>();
                        }
                        var fetched = await fetcher.FetchAsync(new FetchRequest(url, null, null), ct);
                        if (fetched.Status != FetchStatus.Fetched) throw new IOException(fetched.Error ?? "fetch failed");
                        data = fetched.Body;
                        inputBase ??= url;
                    }
                    else
                    {
                        data = await File.ReadAllBytesAsync(input, ct);
                    }
                    feed = FeedParser.Parse(data, inputBase);
                }
                catch (FeedParseException ex) { code = ExitCodes.BadInput; error = ex.Message; }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { code = ExitCodes.Failure; error = ex.Message; }

                worst = Math.Max(worst, code);
                if (json)
                {
                    Console.Out.WriteLine(feed is not null ? FeedJson.Serialize(feed) : JsonSerializer.Serialize(new { input, error }));
                }
                else if (feed is not null)
                {
                    Console.Out.WriteLine($"{input}: {feed.Format} {feed.Version} \"{feed.Title}\" — {feed.Items.Count} items{(feed.Bozo ? " (recovered from malformed input)" : string.Empty)}");
                    foreach (var item in feed.Items)
                        Console.Out.WriteLine($"  {item.Published?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "(no date)",-16} {item.Title}  <{item.Link}>");
                }
                else Console.Error.WriteLine($"watcher: {input}: {error}");
            }
        }
        finally
        {
            host?.Dispose();
        }
        return worst;
    }
}
