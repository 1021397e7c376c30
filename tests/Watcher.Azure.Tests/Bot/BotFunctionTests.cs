using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Functions;

namespace Watcher.Azure.Tests.Bot;

/// <summary>
/// The Function app's BotMessages, called directly with the Function app's registrations: without an AppId it
/// refuses everything unless Watcher:Bot:AllowUnauthenticated=true says otherwise.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private async Task<(int Status, ServiceProvider Services)> PostAsync(bool allowUnauthenticated)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watcher:Storage:ConnectionString"] = azurite.ConnectionString,
            ["Watcher:Bot:AllowUnauthenticated"] = allowUnauthenticated ? "true" : null,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddWatcherFunctions(config);
        services.AddTransient<BotMessages>();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync();
        var body = $$$"""{"type":"message","id":"m1","channelId":"msteams","serviceUrl":"{{{_connector.ServiceUrl}}}","text":"help","from":{"id":"29:a"},"recipient":{"id":"28:b"},"conversation":{"id":"a:fn-1"}}""";
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var result = await provider.GetRequiredService<BotMessages>().Run(context.Request, CancellationToken.None);
        var status = result switch { StatusCodeResult s => s.StatusCode, JsonResult j => j.StatusCode ?? 200, _ => -1 };
        return (status, provider);
    }

    [Fact]
    public async Task Without_an_AppId_the_Function_app_refuses_and_acts_on_nothing()
    {
        var (status, services) = await PostAsync(allowUnauthenticated: false);
        await using var _ = services;
        Assert.Equal(401, status);
        Assert.Empty(_connector.Requests);
        Assert.Null(await new TableConversationStore(azurite.Tables).GetAsync("a:fn-1"));
    }

    [Fact]
    public async Task Explicitly_allowed_unauthenticated_it_answers()
    {
        var (status, services) = await PostAsync(allowUnauthenticated: true);
        await using var _ = services;
        Assert.Equal(200, status);
        Assert.Single(_connector.Requests);
        Assert.NotNull(await new TableConversationStore(azurite.Tables).GetAsync("a:fn-1"));
    }
}
