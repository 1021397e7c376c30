using Watcher.Core.Stories;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A lookup asks of most candidates only whether their text is a near-verbatim copy (similarity ≥ 0.8); the answer is read
/// from the first half of the signatures when even equal second halves could not reach the bar, and must always be the
/// full similarity's.
/// </summary>
public class StorySimilarityBoundTests
{
    [Theory]
    // equal hashes in the first half, in the second half, bar
    [InlineData(64, 64, 0.8)]  // identical
    [InlineData(64, 39, 0.8)]  // 103 of 128: just at the bar
    [InlineData(64, 38, 0.8)]  // 102: just below
    [InlineData(39, 64, 0.8)]  // 103: the first half cannot answer (39 + 64 reaches the bar), the full count does
    [InlineData(38, 64, 0.8)]  // 102: answered from the first half
    [InlineData(10, 64, 0.8)]
    [InlineData(0, 0, 0.8)]
    [InlineData(20, 20, 0.3)]  // 40/128 = 0.3125
    [InlineData(18, 20, 0.3)]  // 38/128 = 0.297
    [InlineData(0, 38, 0.3)]
    public void Below_the_bar_is_what_the_full_similarity_says(int firstHalf, int secondHalf, double bar)
    {
        var (a, b) = Pair(firstHalf, secondHalf);
        Assert.Equal((firstHalf + secondHalf) / (double)StoryFingerprint.Hashes, a.Similarity(b));
        Assert.Equal(a.Similarity(b) < bar, a.SimilarityBelow(b, bar));
        Assert.Equal(b.Similarity(a) < bar, b.SimilarityBelow(a, bar));
    }

    private static (StoryFingerprint, StoryFingerprint) Pair(int firstHalf, int secondHalf)
    {
        const int half = StoryFingerprint.Hashes / 2;
        var x = new uint[StoryFingerprint.Hashes];
        var y = new uint[StoryFingerprint.Hashes];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (uint)i;
            var equal = i < half ? i < firstHalf : i - half < secondHalf;
            y[i] = equal ? (uint)i : (uint)i + 1000;
        }
        return (new StoryFingerprint(x, null, null), new StoryFingerprint(y, null, null));
    }
}
