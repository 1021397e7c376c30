using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A poll reads each new item's measures twice (the story fingerprint from "headline.\nbody", the tariff tracker from
/// "headline\nbody"); <see cref="SentenceMemo"/> lets the second reading reuse the first's answer for a sentence read in the
/// same context, and must never hand out an answer for another sentence or context, nor one a caller changed.
/// </summary>
[Collection(Name)]
public class SentenceMemoTests
{
    /// <summary>The memo is one per process: other test classes extracting at the same time could take a slot between two
    /// reads of a test here, so this class runs on its own.</summary>
    public const string Name = "SentenceMemo (process-wide, not in parallel)";

    private const string Sentence = "Beijing set a 76% tariff on canola seed from Canada.";

    private static SentenceMemo.Context With(string field) => field switch
    {
        "sentence" => new(Sentence + " ", "2025-03", "CN", ["canola seed"], ["CN", "CA"], "CA", false, null),
        "date" => new(Sentence, "2025-04", "CN", ["canola seed"], ["CN", "CA"], "CA", false, null),
        "imposer" => new(Sentence, "2025-03", "US", ["canola seed"], ["CN", "CA"], "CA", false, null),
        "products" => new(Sentence, "2025-03", "CN", ["canola oil"], ["CN", "CA"], "CA", false, null),
        "no products" => new(Sentence, "2025-03", "CN", null, ["CN", "CA"], "CA", false, null),
        "countries" => new(Sentence, "2025-03", "CN", ["canola seed"], ["CN"], "CA", false, null),
        "target" => new(Sentence, "2025-03", "CN", ["canola seed"], ["CN", "CA"], "US", false, null),
        "announced" => new(Sentence, "2025-03", "CN", ["canola seed"], ["CN", "CA"], "CA", true, null),
        "implied" => new(Sentence, "2025-03", "CN", ["canola seed"], ["CN", "CA"], "CA", false, "CN"),
        _ => new(Sentence, "2025-03", "CN", ["canola seed"], ["CN", "CA"], "CA", false, null),
    };

    [Theory]
    [InlineData("sentence")]
    [InlineData("date")]
    [InlineData("imposer")]
    [InlineData("products")]
    [InlineData("no products")]
    [InlineData("countries")]
    [InlineData("target")]
    [InlineData("announced")]
    [InlineData("implied")]
    public void A_context_that_differs_in_any_one_thing_the_extractor_reads_is_another_context(string field)
    {
        Assert.NotEqual(With("same"), With(field));
        Assert.Equal(With("same"), With("same")); // equal lists, other instances
        Assert.Equal(With("same").GetHashCode(), With("same").GetHashCode());
    }

    [Fact]
    public void The_context_holds_every_parameter_the_extractor_reads()
    {
        // A parameter added to FromSentence and not to the Context would let one context's answer serve another.
        var parameters = typeof(TariffExtractor).GetMethod(nameof(TariffExtractor.FromSentence),
            System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!.GetParameters();
        var held = typeof(SentenceMemo.Context).GetProperties().Select(p => p.Name).ToList();
        Assert.Equal(parameters.Length, held.Count);
    }

    [Fact]
    public void A_sentence_read_again_in_its_context_is_answered_from_memory_and_a_changed_answer_stays_the_callers()
    {
        var context = new SentenceMemo.Context(Sentence + " (memo test)", null, null, null, ["CN", "CA"], null, false, null);
        var reads = 0;
        List<TariffMeasure> Read(SentenceMemo.Context c)
        {
            reads++;
            return TariffExtractor.FromSentence(c.Sentence, c.Date, c.Imposer, c.Products, c.Countries, c.Target, c.Announced, c.Implied);
        }
        var first = SentenceMemo.Find(context, Read);
        Assert.Contains(first, m => m.Imposer == "CN" && m.Target == "CA" && m.Rate == 76);
        first.Clear(); // the extractor edits the lists it is given (a generic product named before)
        var again = SentenceMemo.Find(new SentenceMemo.Context(context.Sentence, null, null, null, ["CN", "CA"], null, false, null), Read);
        Assert.Equal(1, reads);
        Assert.Contains(again, m => m.Imposer == "CN" && m.Rate == 76);
        var other = SentenceMemo.Find(new SentenceMemo.Context(context.Sentence, null, null, null, ["CN", "CA"], "US", false, null), Read);
        Assert.Equal(2, reads);
        Assert.NotSame(again, other);
    }

    [Fact]
    public void An_item_read_as_the_fingerprint_reads_it_then_as_the_tracker_does_gives_the_trackers_own_measures()
    {
        // The tracker's reading after the fingerprint's (the body's sentences answered from memory) equals its reading alone.
        const string title = "Canada slaps 25% surtax on US steel";
        const string body = "Ottawa said on Friday it will apply a 25% surtax on steel imports from the United States. The measure starts in April.";
        var alone = TariffExtractor.Extract(title + "\n" + body);
        _ = TariffExtractor.Extract(title + ".\n" + body, headlineRestated: false);
        var after = TariffExtractor.Extract(title + "\n" + body);
        Assert.NotEmpty(alone);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(alone), System.Text.Json.JsonSerializer.Serialize(after));
    }
}

[CollectionDefinition(SentenceMemoTests.Name, DisableParallelization = true)]
public sealed class SentenceMemoCollection;
