using Watcher.Azure.Tables;
using Watcher.Core.Bot;

namespace Watcher.Azure.Tests.Bot;

[Collection(AzuriteCollection.Name)]
public sealed class TableConversationStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TableConversationStore _store = null!;

    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
        _store = new TableConversationStore(azurite.Tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task References_greetings_cursors_mutes_and_feedback_round_trip()
    {
        var now = DateTimeOffset.Parse("2026-03-20T12:00:00Z");
        var channel = "19:abc/def#x?@thread.tacv2"; // characters Table keys forbid
        await _store.SaveAsync(new ConversationReference { ConversationId = channel, ServiceUrl = "https://smba.trafficmanager.net/teams/", TenantId = "t", Updated = now });
        Assert.Equal("https://smba.trafficmanager.net/teams/", (await _store.GetAsync(channel))!.ServiceUrl);
        Assert.Null(await _store.GetAsync("a:other"));

        var greeted = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _store.TryMarkGreetedAsync(channel)));
        Assert.Single(greeted, g => g); // exactly one caller greets, even when racing

        Assert.Null(await _store.GetReadCursorAsync("aad-1"));
        await _store.SetReadCursorAsync("aad-1", now);
        Assert.Equal(now, await _store.GetReadCursorAsync("aad-1"));

        await _store.AddMuteAsync(new Mute(channel, Mute.Source, "wire", now.AddHours(24), "Ana"));
        await _store.AddMuteAsync(new Mute(channel, Mute.Story, "s-1", now.AddHours(1)));
        Assert.Equal(2, (await _store.MutesAsync(channel, now)).Count);
        Assert.Equal("wire", Assert.Single(await _store.MutesAsync(channel, now.AddHours(2))).Value);
        Assert.Empty(await _store.MutesAsync("a:other", now));

        await _store.AddFeedbackAsync(new Feedback(channel, "al-1", true, "aad-1", now));
    }
}
