using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The literal test that settles, before the clause pattern runs, that a sentence has no rate of a later clause of its own
/// (<c>TariffExtractor.NoOwnRateClause</c>, session 24, perf34): such a clause opens after a ";" or a "while"/"whereas", so only a
/// sentence without any of them is settled, and the measures read from every sentence stay as they were.
/// </summary>
public class OwnRateClausePrecheckTests
{
    [Theory]
    // no ";" and no contrast: settled without the pattern
    [InlineData("Canada imposed a 25% surtax on Chinese steel on Monday.", true)]
    [InlineData("Sales fell 5% in the quarter, the company said.", true)]
    [InlineData("Whilst the rate is 10%, exporters worry.", true)] // "whilst" is no opening the pattern reads
    // the openings the pattern needs, in any case: left to the pattern
    [InlineData("The US set a 20% tariff on steel, while canned fish drops to 5 percent.", false)]
    [InlineData("The EU set 10% on bikes, WHILE Vietnam got 8 percent.", false)]
    [InlineData("Japan raised the duty to 9%, whereas Korea gets 7 percent.", false)]
    [InlineData("Duties on tuna rise to 12%; sardines go from 10% to 6%.", false)]
    // letters a case-blind pattern may read as "i" or "s": left to the pattern
    [InlineData("The duty is 10%, whİle others get 5%.", false)]
    [InlineData("The duty is 10%, whereaſ others get 5%.", false)]
    public void A_sentence_is_settled_only_without_the_clause_openings(string sentence, bool settled) =>
        Assert.Equal(settled, TariffExtractor.NoOwnRateClause(sentence));
}
