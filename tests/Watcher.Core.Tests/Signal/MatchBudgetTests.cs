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

public class FingerprintBudgetTests
{
    private static readonly RegexMatchTimeoutException Timeout = new("x", "y", TimeSpan.FromSeconds(1));

    [Fact]
    public void A_fingerprint_whose_text_runs_out_of_time_twice_is_made_from_the_headline_and_link_and_the_poll_goes_on()
    {
        // Session 14 (perf19): at a load of 140 two polls failed outright with a RegexMatchTimeoutException from the lede's
        // edition pattern, which no budget wrapped; on hostile text the same item would fail its source's poll every cycle.
        var calls = new List<string?>();
        var fingerprint = Watcher.Core.Pipeline.SourcePoller.Fingerprint("China raises levy on canola seed to 100%", "Beijing said…", "https://example.com/a", "CN",
            (title, text, link, country) => { calls.Add(text); return text is null ? Watcher.Core.Stories.StoryFingerprint.Of(title, null, link, country) : throw Timeout; });
        Assert.NotNull(fingerprint);
        Assert.Equal(["Beijing said…", "Beijing said…", null], calls);
        Assert.Equal(Watcher.Core.Stories.StoryFingerprint.Of("China raises levy on canola seed to 100%", null, "https://example.com/a", "CN").SignatureBase64(), fingerprint!.SignatureBase64());
    }

    [Fact]
    public void A_fingerprint_that_runs_out_of_time_on_the_headline_too_is_none_and_other_errors_still_throw()
    {
        var calls = 0;
        Assert.Null(Watcher.Core.Pipeline.SourcePoller.Fingerprint("t", "x", null, null, (_, _, _, _) => { calls++; throw Timeout; }));
        Assert.Equal(4, calls);
        // a starved thread times out once: the second try gives the whole fingerprint
        calls = 0;
        var whole = Watcher.Core.Pipeline.SourcePoller.Fingerprint("Steel tariff raised", "Japan set a 40% tariff on Korean steel.", null, null,
            (title, text, link, country) => ++calls == 1 ? throw Timeout : Watcher.Core.Stories.StoryFingerprint.Of(title, text, link, country));
        Assert.Equal(Watcher.Core.Stories.StoryFingerprint.Of("Steel tariff raised", "Japan set a 40% tariff on Korean steel.", null, null).SignatureBase64(), whole!.SignatureBase64());
        Assert.Throws<FormatException>(() => Watcher.Core.Pipeline.SourcePoller.Fingerprint("t", "x", null, null, (_, _, _, _) => throw new FormatException()));
    }
}
