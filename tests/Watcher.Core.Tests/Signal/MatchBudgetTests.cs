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
    public void A_read_that_timed_out_once_is_tried_again_and_a_blow_up_ends_within_the_attempts()
    {
        // A descheduled thread looks like a blow-up to the wall clock once; the second try gives the answer.
        var calls = 0;
        Assert.Equal(7, MatchBudget.OrElse(() => ++calls == 1 ? throw new RegexMatchTimeoutException("x", "y", TimeSpan.FromSeconds(1)) : 7, -1));
        Assert.Equal(2, calls);

        // A real blow-up burns its CPU: dropped after two such timeouts on an idle thread, after more on a starved one
        // (a loaded test host), never after more than MaxAttempts.
        calls = 0;
        var blowUp = new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
        Assert.Equal(-1, MatchBudget.OrElse(() => { calls++; return blowUp.IsMatch(new string('a', 64) + "!") ? 1 : 0; }, -1, ThreadCpu.Now, out var outcome, out var retries));
        Assert.Equal(MatchBudget.Outcome.Dropped, outcome);
        Assert.InRange(calls, 2, MatchBudget.MaxAttempts);
        Assert.Equal(calls - 1, retries.Starved + retries.BlowUp);
    }
}

/// <summary>
/// Session 16 (pipe16): the budget is wall-clock time, so a read that timed out is judged by the CPU its thread spent:
/// starved (descheduled) reads are tried again without a strike, blow-ups still end. The CPU clock is injected, or the
/// thread really sleeps (a sleeping thread spends no CPU, as a descheduled one). No timing is asserted, only outcomes.
/// </summary>
public class StarvedReadTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static RegexMatchTimeoutException TimedOut(TimeSpan budget) => new("input", "pattern", budget);

    /// <summary>A CPU clock that advances by <paramref name="step"/> each time it is read after a read began.</summary>
    private static Func<TimeSpan?> Clock(TimeSpan step)
    {
        var now = TimeSpan.Zero;
        var reads = 0;
        return () => (reads++ % 2 == 0) ? now : now += step;
    }

    [Fact]
    public void A_starved_read_keeps_its_answer_after_more_timeouts_than_two()
    {
        // five timeouts in a row, each having used 10 ms of CPU against a 1 s budget: the thread was not scheduled
        var calls = 0;
        var answer = MatchBudget.OrElse(() => ++calls <= 5 ? throw TimedOut(Second) : 7, -1, Clock(TimeSpan.FromMilliseconds(10)), out var outcome, out var retries);
        Assert.Equal((7, MatchBudget.Outcome.Read, 6), (answer, outcome, calls));
        Assert.Equal((5, 0), retries);
    }

    [Fact]
    public void A_starved_reader_on_the_real_thread_clock_keeps_its_facts()
    {
        if (ThreadCpu.Now() is null) return; // no thread CPU clock on this OS: the old rule (two strikes) applies
        // The thread sleeps (descheduled: no CPU spent) past a 20 ms match timeout three times, then reads the item.
        const string text = "China will impose a 76% levy on Canadian canola seed from March 20.";
        var calls = 0;
        var measures = MatchBudget.OrElse(() =>
        {
            if (++calls <= 3)
            {
                Thread.Sleep(60);
                throw TimedOut(TimeSpan.FromMilliseconds(20));
            }
            return TariffExtractor.Extract(text);
        }, [], ThreadCpu.Now, out var outcome, out var retries);
        Assert.Equal(MatchBudget.Outcome.Read, outcome);
        Assert.Contains(measures, m => m.Imposer == "CN" && m.Rate == 76);
        Assert.Equal((3, 0), retries);
    }

    [Fact]
    public void A_read_that_uses_its_cpu_when_it_times_out_is_dropped_at_the_second_strike()
    {
        var calls = 0;
        Assert.Equal(-1, MatchBudget.OrElse<int>(() => { calls++; throw TimedOut(Second); }, -1, Clock(TimeSpan.FromMilliseconds(900)), out var outcome, out var retries));
        Assert.Equal((MatchBudget.Outcome.Dropped, 2, (0, 1)), (outcome, calls, retries));
    }

    [Fact]
    public void A_blow_up_on_a_starved_thread_still_ends_by_its_cpu_or_by_the_attempts()
    {
        // each timeout used 40% of the budget (starved by the rule): the CPU spent reaches twice the budget at the fifth
        var calls = 0;
        Assert.Equal(-1, MatchBudget.OrElse<int>(() => { calls++; throw TimedOut(Second); }, -1, Clock(TimeSpan.FromMilliseconds(400)), out var outcome, out _));
        Assert.Equal((MatchBudget.Outcome.Dropped, 5), (outcome, calls));

        // a thread that barely runs: bounded by the attempts
        calls = 0;
        Assert.Equal(-1, MatchBudget.OrElse<int>(() => { calls++; throw TimedOut(Second); }, -1, Clock(TimeSpan.FromMilliseconds(1)), out outcome, out var retries));
        Assert.Equal((MatchBudget.Outcome.Dropped, MatchBudget.MaxAttempts, MatchBudget.MaxAttempts - 1), (outcome, calls, retries.Starved));
    }

    [Fact]
    public void Without_a_cpu_clock_every_timeout_is_a_strike()
    {
        var calls = 0;
        Assert.Equal(-1, MatchBudget.OrElse<int>(() => { calls++; throw TimedOut(Second); }, -1, () => null, out var outcome, out _));
        Assert.Equal((MatchBudget.Outcome.Dropped, 2), (outcome, calls));
    }

    [Fact]
    public void The_thread_clock_counts_this_threads_work_and_not_its_sleep()
    {
        if (ThreadCpu.Now() is not { } start) return;
        Thread.Sleep(50);
        var slept = ThreadCpu.Now()!.Value - start;
        var spin = System.Diagnostics.Stopwatch.StartNew();
        var x = 0L;
        while (spin.ElapsedMilliseconds < 200) x++;
        var worked = ThreadCpu.Now()!.Value - start - slept;
        Assert.True(x > 0);
        Assert.True(slept < TimeSpan.FromMilliseconds(40), $"slept {slept}");
        Assert.True(worked > TimeSpan.Zero, $"worked {worked}");
    }

    [Fact]
    public void The_counters_say_whether_a_retry_was_a_starved_thread_or_a_blow_up()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Name, string? Cause)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name is "watcher.extract.retries" or "watcher.extract.timeouts") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            string? cause = null;
            foreach (var tag in tags) if (tag.Key == "cause") cause = tag.Value as string;
            seen.Add((instrument.Name, cause));
        });
        listener.Start();
        var calls = 0;
        MatchBudget.OrElse(() => ++calls == 1 ? throw TimedOut(Second) : 1, -1, Clock(TimeSpan.FromMilliseconds(1)), out _, out _);
        MatchBudget.OrElse<int>(() => throw TimedOut(Second), -1, Clock(TimeSpan.FromMilliseconds(900)), out _, out _);
        // other tests may add their own (in parallel): these are there at least
        Assert.Contains(("watcher.extract.retries", "starved"), seen);
        Assert.Contains(("watcher.extract.retries", "blow-up"), seen);
        Assert.Contains(("watcher.extract.timeouts", (string?)null), seen);
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
        // the text is tried until the budget gives up (twice when the timeouts burn CPU, up to MaxAttempts when, as these
        // injected ones, they use none: a starved thread), then the headline and link once
        Assert.InRange(calls.Count, 3, MatchBudget.MaxAttempts + 1);
        Assert.All(calls[..^1], text => Assert.Equal("Beijing said…", text));
        Assert.Null(calls[^1]);
        Assert.Equal(Watcher.Core.Stories.StoryFingerprint.Of("China raises levy on canola seed to 100%", null, "https://example.com/a", "CN").SignatureBase64(), fingerprint!.SignatureBase64());
    }

    [Fact]
    public void A_fingerprint_that_runs_out_of_time_on_the_headline_too_is_none_and_other_errors_still_throw()
    {
        var calls = 0;
        Assert.Null(Watcher.Core.Pipeline.SourcePoller.Fingerprint("t", "x", null, null, (_, _, _, _) => { calls++; throw Timeout; }));
        Assert.InRange(calls, 4, 2 * MatchBudget.MaxAttempts);
        // a starved thread times out once: the second try gives the whole fingerprint
        calls = 0;
        var whole = Watcher.Core.Pipeline.SourcePoller.Fingerprint("Steel tariff raised", "Japan set a 40% tariff on Korean steel.", null, null,
            (title, text, link, country) => ++calls == 1 ? throw Timeout : Watcher.Core.Stories.StoryFingerprint.Of(title, text, link, country));
        Assert.Equal(Watcher.Core.Stories.StoryFingerprint.Of("Steel tariff raised", "Japan set a 40% tariff on Korean steel.", null, null).SignatureBase64(), whole!.SignatureBase64());
        Assert.Throws<FormatException>(() => Watcher.Core.Pipeline.SourcePoller.Fingerprint("t", "x", null, null, (_, _, _, _) => throw new FormatException()));
    }
}
