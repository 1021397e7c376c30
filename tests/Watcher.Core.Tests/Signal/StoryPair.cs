using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>Whether two items are one story, asked both ways round (an item may arrive before or after its copy).</summary>
internal static class StoryPair
{
    public static void AssertSame(bool same, string titleA, string textA, string titleB, string textB)
    {
        var (a, b) = (StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null));
        Assert.True(same == StoryMatcher.Score(a, b) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(a, b):F2}: {titleA} / {titleB}");
        Assert.True(same == StoryMatcher.Score(b, a) >= StoryMatcher.DefaultThreshold, $"{StoryMatcher.Score(b, a):F2}: {titleB} / {titleA}");
    }
}
