namespace Watcher.Benchmarks;

/// <summary>Time spent sanitising during a --probe pass.</summary>
internal static class ProbeState
{
    public static long SanitizeTicks;
}
