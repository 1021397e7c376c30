using Watcher.Core.Channels.Email;
using Watcher.Core.State;

namespace Watcher.Core.Tests.Email;

public class UnsubscribeTokensTests
{
    private static readonly UnsubscribeTokens Tokens = new(System.Text.Encoding.UTF8.GetBytes("a-test-key-of-enough-length"));

    [Theory]
    [InlineData("sub-ana")]
    [InlineData("email/with?odd#chars ü")]
    public void A_token_names_its_subscription(string id) => Assert.Equal(id, Tokens.Verify(Tokens.Create(id)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData("c3ViLWFuYQ.AAAA")]
    [InlineData("!!!.???")]
    public void Malformed_or_forged_tokens_name_nobody(string? token) => Assert.Null(Tokens.Verify(token));

    [Fact]
    public void A_token_cannot_be_moved_to_another_subscription_or_key()
    {
        var token = Tokens.Create("sub-ana");
        var forged = Convert.ToBase64String("sub-ben"u8.ToArray()).TrimEnd('=') + token[token.IndexOf('.')..];
        Assert.Null(Tokens.Verify(forged));
        Assert.Null(new UnsubscribeTokens(new byte[32]).Verify(token));
    }

    [Fact]
    public async Task Unsubscribe_disables_the_subscription_once()
    {
        var stores = new InMemoryStores();
        await stores.UpsertAsync(EmailSamples.Daily);
        var prefs = new EmailPreferences(stores, Tokens);
        var token = Tokens.Create("sub-ana");
        Assert.Equal(UnsubscribeOutcome.InvalidToken, await prefs.UnsubscribeAsync(token + "x"));
        Assert.True((await ((ISubscriptionStore)stores).ListAsync()).Single().Enabled); // a bad token changed nothing
        Assert.Equal(UnsubscribeOutcome.Unsubscribed, await prefs.UnsubscribeAsync(token));
        Assert.Equal(UnsubscribeOutcome.AlreadyUnsubscribed, await prefs.UnsubscribeAsync(token));
        Assert.False((await ((ISubscriptionStore)stores).ListAsync()).Single().Enabled);
        Assert.Contains("unsubscribed", EmailPreferences.PreferencesPage((await prefs.FindAsync(token))!, token));
    }
}
