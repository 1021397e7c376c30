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
/// poll (a starved thread's timeouts are tried again: see there), is counted (<c>watcher.extract.timeouts</c>), and is still
/// recorded and alerted on like any other.
/// </summary>
public static class MatchBudget
{
    /// <summary>The AppContext switch .NET reads once, when the first regex is built.</summary>
    public const string Switch = "REGEX_DEFAULT_MATCH_TIMEOUT";

    /// <summary>A match over one sentence takes microseconds; a second of it is a blow-up when the thread spent it running
    /// (on a starved host it may have spent it waiting: <see cref="OrElse{T}(Func{T}, T)"/> tells the two apart).</summary>
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

    /// <summary>Reads of one item a budget allows, whatever the CPU clock says: the bound on a read's wall-clock time.</summary>
    public const int MaxAttempts = 8;

    /// <summary>How a budgeted read ended (what the counters record).</summary>
    internal enum Outcome
    {
        /// <summary>The read gave its answer (perhaps after retries).</summary>
        Read,
        /// <summary>The read ran out of time as a blow-up would (or ran out of attempts): the fallback.</summary>
        Dropped,
    }

    /// <summary>
    /// <paramref name="read"/>'s answer, or <paramref name="fallback"/> when its matches ran out of time as a blow-up does.
    /// <para>
    /// .NET's match timeout is wall-clock time: on a starved host (a load of 100+ on two cores) a thread that was merely
    /// descheduled mid-match looks like a blow-up. Session 15 measured 50–200 of a 10,000-item baseline losing their facts
    /// that way with a plain "try twice" rule. So on a timeout the read's own CPU time is measured (the thread's CPU clock,
    /// <see cref="ThreadCpu"/>): a read that timed out having used under half the match's timeout in CPU was not scheduled,
    /// not stuck, and is tried again without a strike (counted on <c>watcher.extract.retries</c> with
    /// <c>cause=starved</c>). A blow-up burns CPU: two timeouts that used their CPU (<c>cause=blow-up</c>), or twice the
    /// timeout in CPU over all attempts, or <see cref="MaxAttempts"/> attempts, and the read gives <paramref name="fallback"/>
    /// (<c>watcher.extract.timeouts</c>). A hostile item therefore still ends: within twice the budget in CPU on an idle host
    /// (as before), within <see cref="MaxAttempts"/> timeouts on a starved one. Where no thread CPU clock is available every
    /// timeout is a strike (the old rule).
    /// </para>
    /// </summary>
    public static T OrElse<T>(Func<T> read, T fallback) => OrElse(read, fallback, ThreadCpu.Now, out _, out _);

    /// <param name="cpuClock">The calling thread's CPU time so far (null: unknown); tests inject one.</param>
    /// <param name="outcome">How the read ended.</param>
    /// <param name="retries">How often it was tried again, and why.</param>
    internal static T OrElse<T>(Func<T> read, T fallback, Func<TimeSpan?> cpuClock, out Outcome outcome, out (int Starved, int BlowUp) retries)
    {
        var spent = TimeSpan.Zero;
        var strikes = 0;
        retries = (0, 0);
        for (var attempt = 1; ; attempt++)
        {
            var before = cpuClock();
            try
            {
                var answer = read();
                outcome = Outcome.Read;
                return answer;
            }
            catch (RegexMatchTimeoutException ex)
            {
                var budget = ex.MatchTimeout > TimeSpan.Zero && ex.MatchTimeout != Regex.InfiniteMatchTimeout ? ex.MatchTimeout : PerMatch;
                var used = before is { } b && cpuClock() is { } a ? a - b : (TimeSpan?)null;
                if (used is { } u) spent += u;
                var starved = used < budget / 2;
                if (!starved) strikes++;
                if (strikes >= 2 || spent >= budget * 2 || attempt >= MaxAttempts)
                {
                    Timeouts.Add(1);
                    outcome = Outcome.Dropped;
                    return fallback;
                }
                if (starved) retries.Starved++;
                else retries.BlowUp++;
                Retries.Add(1, new KeyValuePair<string, object?>("cause", starved ? "starved" : "blow-up"));
            }
        }
    }
}

/// <summary>
/// The calling thread's CPU time (user and kernel), or null where it cannot be read: Linux's
/// <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> (the Function app runs on Linux), Windows' <c>GetThreadTimes</c>.
/// A call costs well under a microsecond; <see cref="MatchBudget"/> reads it twice per read of an item.
/// </summary>
internal static class ThreadCpu
{
    private static bool _unavailable = !(OperatingSystem.IsLinux() || OperatingSystem.IsWindows());

    public static TimeSpan? Now()
    {
        if (_unavailable) return null;
        try
        {
            if (OperatingSystem.IsLinux())
            {
                if (clock_gettime(ClockThreadCpuTimeId, out var ts) == 0) return TimeSpan.FromTicks(ts.Seconds * TimeSpan.TicksPerSecond + ts.Nanoseconds / 100);
            }
            else if (GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user))
                return TimeSpan.FromTicks(kernel + user); // 100 ns units, as TimeSpan's ticks
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
        }
        _unavailable = true;
        return null;
    }

    private const int ClockThreadCpuTimeId = 3;

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [System.Runtime.InteropServices.DllImport("kernel32")]
    private static extern IntPtr GetCurrentThread();

    [System.Runtime.InteropServices.DllImport("kernel32")]
    [return: System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(IntPtr thread, out long creation, out long exit, out long kernel, out long user);
}
