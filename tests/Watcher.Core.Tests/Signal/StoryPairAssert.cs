using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The clustering rules' pair checks, both ways: the index scores a newcomer against what it holds, so a pair that joins (or stays
/// apart) in one order only would depend on poll order. The score is printed on failure.
/// </summary>
internal static class StoryPairAssert
{
    public static void Apart(StoryFingerprint a, StoryFingerprint b)
    {
        Assert.True(StoryMatcher.Score(a, b) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}");
        Assert.True(StoryMatcher.Score(b, a) < StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}");
    }

    public static void Joined(StoryFingerprint a, StoryFingerprint b)
    {
        Assert.True(StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}");
        Assert.True(StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}");
    }
}
