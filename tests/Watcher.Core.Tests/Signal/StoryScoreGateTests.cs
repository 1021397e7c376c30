using Watcher.Core.Stories;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A story candidate's copy of what <see cref="StoryMatcher.Score"/>'s first checks read (<see cref="StoryFingerprint.ScoreGate"/>):
/// a lookup skips a candidate on it only where the score is 0, so it may never change what a lookup finds.
/// </summary>
public class StoryScoreGateTests
{
    private static readonly string[] Countries = ["US", "CN", "CA", "MX", "IN", "EU", "FR", "DE", "ZA", "BW", "JP", "NO"];

    private static StoryFingerprint Of(uint[] signature, string? title, string? url, string[] homes, string[] lede) =>
        new(signature, title, url) { HomeCountries = homes, LedeParties = lede };

    private static uint[] Signature(Random random) => [.. Enumerable.Range(0, StoryFingerprint.Hashes).Select(_ => (uint)random.Next())];

    /// <summary>A signature sharing about <paramref name="share"/> of its hashes with <paramref name="of"/>; the others differ in the
    /// low bits, in the high bits only (the gate cannot see those), or anywhere.</summary>
    private static uint[] Like(uint[] of, double share, Random random) =>
        [.. of.Select(h => random.NextDouble() < share ? h
            : random.Next(3) switch { 0 => h ^ 1u << random.Next(0, 4), 1 => h ^ 1u << random.Next(4, 32), _ => (uint)random.Next() })];

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_pair_the_gate_settles_scores_zero(int seed)
    {
        var random = new Random(seed);
        string[] Some(int most) => [.. Countries.OrderBy(_ => random.Next()).Take(random.Next(most + 1)).Order(StringComparer.Ordinal)];
        string? Key(string prefix) => random.Next(3) switch { 0 => null, 1 => prefix + "shared", _ => prefix + random.Next(4) };
        var settled = 0;
        for (var trial = 0; trial < 2_000; trial++)
        {
            var signature = Signature(random);
            var homes = Some(2);
            var item = Of(signature, Key("t-"), Key("u-"), homes, [.. homes.Union(Some(2)).Order(StringComparer.Ordinal)]);
            var otherHomes = Some(2);
            var candidate = new StoryCandidate("s", Of(Like(signature, random.NextDouble(), random), Key("t-"), Key("u-"), otherHomes,
                [.. otherHomes.Union(Some(2)).Order(StringComparer.Ordinal)]));
            if (!item.Gate.ProvesZero(in candidate.Gate)) continue;
            settled++;
            Assert.Equal(0, StoryMatcher.Score(item, candidate.Fingerprint));
        }
        Assert.True(settled > 100, $"{settled} pairs settled");
    }

    [Fact]
    public void Two_homes_decisions_in_other_words_are_settled_and_a_copy_or_one_home_is_not()
    {
        var item = StoryFingerprint.Of("Norway raises tariff on Chilean salmon feed to 12%", "Oslo said on Monday it will apply a 12% tariff on fish feed from Chile.", "https://a.example/1");
        var other = StoryFingerprint.Of("Japan imposes 25% duty on Korean steel pipes", "Tokyo will charge a 25% anti-dumping duty on welded pipes made in South Korea.", "https://b.example/2");
        Assert.NotEmpty(item.HomeCountries);
        Assert.NotEmpty(other.HomeCountries);
        Assert.True(item.HomesDifferByMasks(other));
        Assert.True(item.Gate.ProvesZero(in new StoryCandidate("s-jp", other).Gate));
        // the item itself (its own link and headline), and a copy of it under another link: not settled
        Assert.False(item.Gate.ProvesZero(in new StoryCandidate("s-no", item).Gate));
        Assert.False(item.Gate.ProvesZero(in new StoryCandidate("s-no", item with { UrlKey = "u-another" }).Gate));
    }

    [Fact]
    public void A_candidate_given_another_fingerprint_carries_its_gate()
    {
        var item = StoryFingerprint.Of("Norway raises tariff on Chilean salmon feed to 12%", "Oslo said on Monday it will apply a 12% tariff on fish feed from Chile.", "https://a.example/1");
        var other = StoryFingerprint.Of("Japan imposes 25% duty on Korean steel pipes", "Tokyo will charge a 25% anti-dumping duty on welded pipes made in South Korea.", "https://b.example/2");
        var candidate = new StoryCandidate("s", other);
        Assert.True(item.Gate.ProvesZero(in candidate.Gate));
        Assert.False(item.Gate.ProvesZero(in (candidate with { Fingerprint = item }).Gate));
        Assert.True(item.Gate.ProvesZero(in (candidate with { Copy = true }).Gate));
    }

    [Fact]
    public void A_matcher_without_a_positive_threshold_still_scores_every_candidate()
    {
        var item = StoryFingerprint.Of("Norway raises tariff on Chilean salmon feed to 12%", "Oslo said on Monday it will apply a 12% tariff on fish feed from Chile.", "https://a.example/1");
        var other = StoryFingerprint.Of("Japan imposes 25% duty on Korean steel pipes", "Tokyo will charge a 25% anti-dumping duty on welded pipes made in South Korea.", "https://b.example/2");
        List<StoryCandidate> candidates = [new("s-jp", other)];
        Assert.Equal(0, StoryMatcher.Score(item, other));
        Assert.Null(new StoryMatcher(new InMemoryStoryIndex()).FindAmong(item, candidates));
        Assert.Equal("s-jp", new StoryMatcher(new InMemoryStoryIndex(), threshold: 0).FindAmong(item, candidates));
    }

    [Fact]
    public void A_signature_shorter_than_the_scores_is_left_to_the_score()
    {
        var random = new Random(9);
        var item = Of(Signature(random), null, null, ["NO"], ["NO"]);
        var candidate = new StoryCandidate("s", Of([.. Signature(random).Take(StoryFingerprint.Hashes / 2)], null, null, ["JP"], ["JP"]));
        Assert.False(item.Gate.ProvesZero(in candidate.Gate));
    }
}
