using Watcher.Core.Stories;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The per-fingerprint masks and key hashes that settle a candidate pair before <see cref="StoryMatcher.Score"/> reads the
/// candidate's lists and strings: they may only confirm what the lists say, never change an answer.
/// </summary>
public class StoryPairPrecheckTests
{
    private static StoryFingerprint Of(string[] homes, string[] lede) =>
        new(new uint[StoryFingerprint.Hashes], null, null) { HomeCountries = homes, LedeParties = lede };

    /// <summary>The lists' answer, as HomesDiffer read it before the masks.</summary>
    private static bool ByLists(StoryFingerprint a, StoryFingerprint b)
    {
        if (a.HomeCountries.Count == 0 || b.HomeCountries.Count == 0) return false;
        string[] unionsOfEu = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];
        string[] sacu = ["ZA", "BW", "NA", "LS", "SZ"];
        bool One(string x, string y) => x == y || (x == "EU" && unionsOfEu.Contains(y)) || (y == "EU" && unionsOfEu.Contains(x))
            || (x == "SACU" && sacu.Contains(y)) || (y == "SACU" && sacu.Contains(x));
        if (a.HomeCountries.Any(x => b.HomeCountries.Any(y => One(x, y)))) return false;
        return !a.HomeCountries.Any(b.LedeParties.Contains) && !b.HomeCountries.Any(a.LedeParties.Contains);
    }

    public static TheoryData<string[], string[], string[], string[], bool> Pairs => new()
    {
        // two homes, neither named in the other's lede: different decisions
        { ["MY"], ["MY", "BR"], ["NO"], ["NO", "CL"], true },
        // one home
        { ["IN"], ["IN", "CN"], ["IN"], ["IN", "CN"], false },
        // the other's home named in one's lede (the exporters' side)
        { ["MY"], ["MY", "BR"], ["NO"], ["NO", "MY"], false },
        { ["US"], ["US"], ["CN"], ["CN", "US"], false },
        // a customs union and one of its members are one home; two members are two
        { ["EU"], ["EU", "CN"], ["FR"], ["FR", "CN"], false },
        { ["FR"], ["FR"], ["EU"], ["EU"], false },
        { ["SACU"], ["SACU"], ["BW"], ["BW"], false },
        { ["ZA"], ["ZA"], ["BW"], ["BW"], true },
        { ["DE"], ["DE"], ["FR"], ["FR"], true },
        // several homes; one shared
        { ["US", "CA"], ["US", "CA", "MX"], ["MX", "CA"], ["MX", "CA"], false },
        { ["US", "CA"], ["US", "CA"], ["MX", "JP"], ["MX", "JP"], true },
        // no home said: nothing differs
        { [], ["US"], ["CN"], ["CN"], false },
        { ["US"], ["US"], [], [], false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Homes_differ_as_the_lists_say_whichever_way_round(string[] homesA, string[] ledeA, string[] homesB, string[] ledeB, bool differ)
    {
        var (a, b) = (Of(homesA, ledeA), Of(homesB, ledeB));
        Assert.Equal(differ, ByLists(a, b));
        Assert.Equal(differ, a.HomesDiffer(b));
        Assert.Equal(differ, b.HomesDiffer(a));
        // the masks settle a pair only where the lists agree
        if (a.HomesDifferByMasks(b)) Assert.True(differ);
        if (b.HomesDifferByMasks(a)) Assert.True(differ);
    }

    [Fact]
    public void Every_pair_of_many_countries_gets_the_lists_answer_colliding_bits_included()
    {
        // 80 ids on 64 bits: some share a bit, and the lists must then decide
        var ids = Enumerable.Range(0, 80).Select(i => $"{(char)('A' + i / 26)}{(char)('A' + i % 26)}").Concat(["EU", "FR", "SACU", "ZA"]).ToArray();
        var prints = ids.SelectMany((h, i) => new[] { Of([h], [h]), Of([h], [h, ids[(i + 7) % ids.Length]]) }).ToArray();
        var byMasks = 0;
        foreach (var a in prints)
            foreach (var b in prints)
            {
                Assert.Equal(ByLists(a, b), a.HomesDiffer(b));
                if (a.HomesDifferByMasks(b)) byMasks++;
            }
        Assert.True(byMasks > 0);
    }

    [Fact]
    public void A_copy_with_other_homes_or_lede_parties_answers_with_its_own()
    {
        var a = Of(["MY"], ["MY"]);
        var b = Of(["NO"], ["NO"]);
        Assert.True(a.HomesDiffer(b));
        Assert.False(a.HomesDiffer(b with { LedeParties = ["NO", "MY"] }));
        Assert.False(a.HomesDiffer(b with { HomeCountries = ["MY"] }));
        Assert.False((a with { HomeCountries = [] }).HomesDiffer(b));
    }

    [Fact]
    public void Headline_and_link_keys_match_by_value_and_a_copy_carries_its_own()
    {
        var a = StoryFingerprint.Of("Canada imposes 100% tariff on Chinese EVs", "Ottawa announced a 100% surtax on Chinese EVs.", "https://wire.example/1");
        var b = StoryFingerprint.Of("Canada imposes 100% tariff on Chinese EVs", "Canada will charge a 100 per cent levy on Chinese-built EVs.", "https://daily.example/2");
        Assert.True(a.SameTitleKey(b));
        Assert.False(a.SameUrlKey(b));
        // equal strings built apart (not the same instance) still match
        var c = b with { UrlKey = new string(a.UrlKey!.ToCharArray()) };
        Assert.True(a.SameUrlKey(c));
        Assert.False(a.SameTitleKey(c with { TitleKey = "another headline" }));
        Assert.False((a with { TitleKey = null }).SameTitleKey(b with { TitleKey = null }));
        Assert.Equal(1, StoryMatcher.Score(a, c));
    }

    [Fact]
    public void One_home_spelt_by_strings_built_apart_is_one_home()
    {
        // a home read from a fact or a stored row is a string of its own: the interned first home must not depend on the instance
        var a = Of([new string("IN".ToCharArray())], ["IN"]);
        var b = Of([new string("IN".ToCharArray())], [new string("CN".ToCharArray())]);
        Assert.False(a.HomesDiffer(b));
        Assert.False(b.HomesDiffer(a));
        Assert.True(a.HomesDiffer(b with { HomeCountries = [new string("NO".ToCharArray())] }));
        Assert.False(a.HomesDiffer(b with { HomeCountries = ["NO", new string("IN".ToCharArray())] }));
    }

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    /// <summary>A shortcut of <see cref="StoryFingerprint.SimilarityBelow"/> (the first half of the signatures, or any bound read
    /// from part of them) may only settle it where the whole signatures agree: pairs of every overlap, whose other hashes differ
    /// in their low bits, in their high bits only, or anywhere, against every bar a score uses and the edges.</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Similarity_below_a_bar_is_what_the_whole_signatures_say(int seed)
    {
        var random = new Random(seed);
        double[] bars = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.35, 0.5, 0.75, 0.79, 0.8, 0.81, 0.9, 1, 1.01];
        for (var trial = 0; trial < 200; trial++)
        {
            var a = Enumerable.Range(0, StoryFingerprint.Hashes).Select(_ => (uint)random.Next()).ToArray();
            var share = random.NextDouble();
            var highOnly = random.Next(3);
            var b = a.Select(h => random.NextDouble() < share ? h
                : highOnly switch { 0 => h ^ 1u << random.Next(4, 32), 1 => h ^ 1u << random.Next(0, 4), _ => (uint)random.Next() }).ToArray();
            var (x, y) = (new StoryFingerprint(a, null, null), new StoryFingerprint(b, null, null));
            foreach (var bar in bars)
            {
                Assert.Equal(x.Similarity(y) < bar, x.SimilarityBelow(y, bar));
                Assert.Equal(y.Similarity(x) < bar, y.SimilarityBelow(x, bar));
            }
        }
    }

    [Fact]
    public void A_copy_with_another_signature_compares_by_its_own()
    {
        var a = Enumerable.Range(0, StoryFingerprint.Hashes).Select(i => (uint)i * 2_654_435_761u).ToArray();
        var other = a.Select(h => h + 1).ToArray(); // every low nibble differs
        var x = new StoryFingerprint(a, null, null);
        var y = new StoryFingerprint(other, null, null);
        Assert.True(x.SimilarityBelow(y, 0.01));
        Assert.False(x.SimilarityBelow(y with { Signature = a }, 1));
        Assert.True((x with { Signature = other }).SimilarityBelow(x, 0.01));
        Assert.False((x with { Signature = other }).SimilarityBelow(y, 1));
    }
}
