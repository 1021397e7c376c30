using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;

namespace Watcher.Core.Facts;

/// <summary>
/// What the extractors may cost per item: at most <see cref="MaxText"/> characters read, and a bound on the time one
/// regex match may take, as a defence in depth for the extractors' ~150 patterns: each
/// session's new patterns have brought a backtracking blow-up the fuzzer found later (a 357-byte text once took 24 s).
/// The hosts call <see cref="Apply"/> first thing, which makes every regex in the process that has no timeout of its
/// own (source-generated ones included) throw <see cref="RegexMatchTimeoutException"/> after <see cref="PerMatch"/>;
/// the extractors read an item through <see cref="OrElse{T}"/>, so such an item yields no facts instead of a stalled
/// poll, is counted (<c>watcher.extract.timeouts</c>), and is still recorded and alerted on like any other.
/// </summary>
public static class MatchBudget
{
    /// <summary>The AppContext switch .NET reads once, when the first regex is built.</summary>
    public const string Switch = "REGEX_DEFAULT_MATCH_TIMEOUT";

    /// <summary>A match over one sentence takes microseconds; a second is a blow-up even on a loaded machine.</summary>
    public static readonly TimeSpan PerMatch = TimeSpan.FromSeconds(1);

    private static readonly Meter Meter = new(Telemetry.WatcherMetrics.MeterName, "1.0");
    private static readonly Counter<long> Timeouts = Meter.CreateCounter<long>("watcher.extract.timeouts", "{item}", "Items whose fact extraction hit the regex match timeout");
    private static readonly Counter<long> Retries = Meter.CreateCounter<long>("watcher.extract.retries", "{item}", "Item reads tried again after a regex match timeout (a starved thread or a blow-up)");

    /// <summary>Sets the process's default match timeout unless something set one already (the fuzz harness sets it to infinite, to find hangs).</summary>
    public static void Apply()
    {
        if (AppContext.GetData(Switch) is not TimeSpan) AppContext.SetData(Switch, PerMatch);
    }

    /// <summary>
    /// How much of an item the poll's extractors read: ~10,000 words, a long read. A feed may carry a 10 MB item (the
    /// fetch limit), and extraction, linear in the text since run-on sentences are read in pieces, would take seconds to a
    /// minute on it; what an article says past this is not tracked.
    /// </summary>
    public const int MaxText = 64 * 1024;

    /// <summary>The first <see cref="MaxText"/> characters of <paramref name="text"/> (never half a surrogate pair).</summary>
    public static string Head(string text) => Detection.TextNormalizer.Head(text, MaxText);

    /// <summary>
    /// <paramref name="read"/>'s answer, or <paramref name="fallback"/> when one of its matches ran out of time twice.
    /// The budget is wall-clock time, so on a starved host (a load of 100+ on two cores, measured in session 13: 4 of
    /// 10,000 baseline items lost their facts) a thread that was merely descheduled mid-match looks like a blow-up; the
    /// read is tried once more before it is given up, which a real blow-up fails again (bounded at twice the budget).
    /// </summary>
    public static T OrElse<T>(Func<T> read, T fallback)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return read();
            }
            catch (RegexMatchTimeoutException) when (attempt == 1)
            {
                Retries.Add(1);
            }
            catch (RegexMatchTimeoutException)
            {
                Timeouts.Add(1);
                return fallback;
            }
        }
    }
}
