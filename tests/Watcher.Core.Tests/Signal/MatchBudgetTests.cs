using System.Text.RegularExpressions;
using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

public class MatchBudgetTests
{
    [Fact]
    public void A_read_that_runs_out_of_time_gives_the_fallback_and_other_errors_still_throw()
    {
        // A real blow-up, with its own short timeout: (a+)+$ on "aaaa…!" takes 2^n steps.
        var blowUp = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        Assert.Equal(-1, MatchBudget.OrElse(() => blowUp.IsMatch(new string('a', 64) + "!") ? 1 : 0, -1));
        Assert.Equal(1, MatchBudget.OrElse(() => 1, -1));
        Assert.Throws<FormatException>(() => MatchBudget.OrElse<int>(() => throw new FormatException(), -1));
    }

    [Fact]
    public void A_read_that_timed_out_once_is_tried_again_and_a_blow_up_is_tried_exactly_twice()
    {
        // The budget is wall-clock time: a descheduled thread looks like a blow-up once; the second try gives the answer.
        var calls = 0;
        Assert.Equal(7, MatchBudget.OrElse(() => ++calls == 1 ? throw new RegexMatchTimeoutException("x", "y", TimeSpan.FromSeconds(1)) : 7, -1));
        Assert.Equal(2, calls);

        calls = 0;
        var blowUp = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        Assert.Equal(-1, MatchBudget.OrElse(() => { calls++; return blowUp.IsMatch(new string('a', 64) + "!") ? 1 : 0; }, -1));
        Assert.Equal(2, calls);
    }
}

public class ItemFactBudgetTests
{
    [Fact]
    public void A_poll_reads_the_facts_of_an_items_head_and_not_what_a_megabyte_item_says_past_it()
    {
        // A feed may carry an item as large as the 10 MB fetch limit; the tracker reads its first MatchBudget.MaxText
        // characters: the lede's measure is found, a measure stated only past the head is not (and the read is bounded).
        var filler = string.Concat(Enumerable.Repeat("Farmers gathered at the co-operative to talk about the harvest. ", 20_000));
        var text = "China imposes 76% levy on Canadian canola seed\nBeijing set a 76% tariff on canola seed from Canada. " + filler
            + "Japan set a 40% tariff on Korean steel.";
        Assert.True(text.Length > 1_000_000);
        var facts = Watcher.Core.Pipeline.SourcePoller.Facts(text, []);
        Assert.Contains(facts.Measures, m => m.Imposer == "CN" && m.Rate == 76);
        Assert.DoesNotContain(facts.Measures, m => m.Imposer == "JP");
        Assert.Equal(MatchBudget.MaxText, MatchBudget.Head(text).Length);
        var lede = text[..200];
        Assert.Same(lede, MatchBudget.Head(lede));
    }
}
