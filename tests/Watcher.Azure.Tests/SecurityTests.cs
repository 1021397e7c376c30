using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watcher.Azure.Tables;
using Watcher.Cli.Commands;
using Watcher.Cli.LocalHost;
using Watcher.Core.Sources;
using Watcher.Core.State;

namespace Watcher.Azure.Tests;

/// <summary>Table key and filter injection, and secrets kept out of logs and alerts.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecurityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public Task InitializeAsync() => azurite.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> HostileKeys => new()
    {
        "plain",
        "a/b\\c#d?e",
        "tab\there\u0001\u007f\u0085",
        "x' or PartitionKey ne 'x",
        "x' or 1 eq 1 or RowKey eq '",
        "%2F already escaped %",
        new string('k', 2000),
    };

    [Theory]
    [MemberData(nameof(HostileKeys))]
    public async Task Hostile_source_and_item_ids_are_stored_and_read_back_exactly_and_query_nothing_else(string id)
    {
        var tables = azurite.Tables;
        await new TableStorageInitializer(tables).EnsureCreatedAsync();
        var items = new TableItemStore(tables);
        var states = new TableSourceStateStore(tables);
        var now = DateTimeOffset.UtcNow;

        await items.SaveItemsAsync("bystander", [Item("bystander", "other", now)]);
        await items.SaveItemsAsync(id, [Item(id, id, now)]);
        await states.SaveAsync(new SourceState { SourceId = id, Url = "https://example.com/" });

        var read = await items.GetItemsAsync(id);
        var only = Assert.Single(read);
        Assert.Equal(id, only.Key);
        Assert.Equal(id, only.Value.SourceId);
        Assert.Equal(id, (await states.GetAsync(id))!.SourceId);
        Assert.Equal("other", Assert.Single(await items.GetItemsAsync("bystander")).Key);
    }

    private static ItemRecord Item(string source, string id, DateTimeOffset now) => new()
    {
        SourceId = source, ItemId = id, StoryId = "s-" + Guid.NewGuid().ToString("N"), ContentHash = "h", FirstSeen = now, LastSeen = now,
    };

    [Fact]
    public async Task Secrets_from_configuration_never_reach_logs_outbox_or_alerts()
    {
        const string sendGridKey = "SG.super-secret-sendgrid-key-1234567890";
        const string botPassword = "bot-password-Zx9!very-secret";
        const string apiKey = "function-key-very-secret-42";
        var outbox = Directory.CreateTempSubdirectory("watcher-secrets-").FullName;
        var feed = PipelineCycleTests.Rss(("g-1", "Canada sets a 25% tariff on Chinese steel imports", "The tariff on steel from China takes effect Monday."));
        await using var server = await LocalHttpServer.StartAsync(ctx => ctx.Response.WriteAsync(feed));

        var lines = new ConcurrentQueue<string>();
        var logs = new LineLoggerProvider((_, category, message, exception) => lines.Enqueue($"{category}: {message} {exception}"));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddWatcherConfiguration(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Watcher:Outbox:Directory"] = outbox,
            ["Watcher:Net:AllowPrivateAddresses"] = "true",
            ["Watcher:SendGrid:ApiKey"] = sendGridKey,
            ["Watcher:Bot:AppPassword"] = botPassword,
            ["Watcher:Api:Key"] = apiKey,
        });
        builder.AddWatcherServices(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        using var host = builder.Build();
        await host.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
        await DemoCommand.SeedAsync(host.Services, CancellationToken.None);
        var runner = host.Services.GetRequiredService<LocalCycleRunner>();
        IReadOnlyList<SourceDefinition> sources = [new() { Id = "wire", Url = server.BaseUrl + "rss.xml" }, new() { Id = "down", Url = "http://127.0.0.1:9/down.xml" }];
        await runner.RunAsync(sources);
        feed = PipelineCycleTests.Rss(("g-1", "Canada sets a 25% tariff on Chinese steel imports", "The tariff on steel from China takes effect Monday."),
                                      ("g-2", "China answers with a 76% levy on Canadian canola seed imports", "Beijing retaliated."));
        await runner.RunAsync(sources);

        var written = string.Join("\n", lines) + string.Join("\n", Directory.GetFiles(outbox, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.NotEmpty(lines);
        Assert.Contains("canola", written, StringComparison.OrdinalIgnoreCase); // the alerts were written, so the check has teeth
        foreach (var secret in new[] { sendGridKey, botPassword, apiKey })
            Assert.DoesNotContain(secret, written, StringComparison.Ordinal);
        Directory.Delete(outbox, recursive: true);
    }
}
