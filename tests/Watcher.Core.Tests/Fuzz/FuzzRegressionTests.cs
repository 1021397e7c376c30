using System.Text;
using Watcher.Core.Bot;
using Watcher.Fuzz;

namespace Watcher.Core.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer (bench/fuzz/run.sh: SharpFuzz + AFL++) found crashing a target is kept in Fuzz/&lt;target&gt;/
/// and replayed here through the same target code: each must now end in the target's documented answer to bad input
/// (a parse error, null, or an ignored field), never in an exception.
/// </summary>
public class FuzzRegressionTests
{
    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.Names)
        {
            var dir = Path.Combine(Paths.RepoRoot, "tests", "Watcher.Core.Tests", "Fuzz", target);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal)) data.Add(target, Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_fuzzer_finding_is_handled_as_bad_input(string target, string file)
    {
        var input = File.ReadAllBytes(Path.Combine(Paths.RepoRoot, "tests", "Watcher.Core.Tests", "Fuzz", target, file));
        var thrown = Record.Exception(() => FuzzTargets.Run(target, input));
        Assert.Null(thrown);
    }

    [Fact]
    public void The_findings_folder_is_not_empty_so_the_theory_cannot_pass_vacuously() =>
        Assert.True(Findings().Count() >= 1);

    // The classes of finding, one readable case each.

    [Fact]
    public void An_activity_that_is_not_valid_utf8_is_not_an_activity()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"message","text":"hi X"}""");
        body[Array.IndexOf(body, (byte)'X')] = 0xC3; // a lead byte with no continuation
        Assert.Null(Activity.Parse(body));
    }

    [Fact]
    public void An_activity_that_repeats_a_property_is_rejected()
    {
        Assert.Null(Activity.Parse("""{"type":"message","recipient":{"id":"28:bot"},"recipient":{"id":"28:evil"}}"""u8));
        // Inside a free-form object (an entity) too: JsonObject threw ArgumentException there (found by AFL++, session 3).
        Assert.Null(Activity.Parse("""{"type":"message","entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"W","name":"X"}}]}"""u8));
    }

    [Theory]
    [InlineData("""{"type":"message","text":"<at>W</at> help","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":["28:bot"]}]}""")]
    [InlineData("""{"type":"message","text":"<at>W</at> help","recipient":{"id":"28:bot"},"entities":[{"type":7,"mentioned":{"id":"28:bot"}}]}""")]
    [InlineData("""{"type":"message","text":"<at>W</at> help","recipient":{"id":"28:bot"},"entities":[{"type":"mention","mentioned":{"id":{"x":1}},"text":[1]}]}""")]
    public void Mention_entities_of_the_wrong_shape_are_ignored(string json)
    {
        var activity = Activity.Parse(Encoding.UTF8.GetBytes(json))!;
        Assert.Equal("<at>W</at> help", Mentions.StripBotMention(activity));
    }

    [Theory]
    [InlineData("""{"channelData":{"tenant":["t-1"]},"conversation":{"tenantId":"t-2"}}""", "t-2")]
    [InlineData("""{"channelData":{"tenant":{"id":42}},"conversation":{"tenantId":"t-2"}}""", "t-2")]
    [InlineData("""{"channelData":{"tenant":{"id":"t-1"}},"conversation":{"tenantId":"t-2"}}""", "t-1")]
    public void A_tenant_of_the_wrong_shape_falls_back_to_the_conversation(string json, string tenant) =>
        Assert.Equal(tenant, Activity.Parse(Encoding.UTF8.GetBytes(json))!.TenantId);

    [Theory]
    [InlineData("China imposes a \u07C0\u07C6% tariff on Canadian canola.")]   // NKo digits before "%"
    [InlineData("Canada sets a \u0967\u0966\u0966 per cent surtax on Chinese EVs from March \u0969, 2026.")] // Devanagari digits
    [InlineData("The duty is US$\u07C1\u07C0 per tonne on steel from Japan.")]
    public void Digits_of_other_scripts_are_read_as_no_number(string text)
    {
        // \d matches every script's digits and double.Parse only ASCII ones, so these threw out of the extractor
        // (crash-001…010 in Fuzz/extract); now they are no rate and no date at all.
        var facts = Watcher.Core.Facts.FactExtractor.Extract(text);
        Assert.All(facts.Measures, m => Assert.Null(m.Rate));
    }

    [Fact]
    public void The_gap_between_rates_of_a_series_is_read_in_linear_steps()
    {
        // AFL++ (extract, session 5) found a 357-byte text (Fuzz/extract/hang-001.txt) taking 24 s: the series-gap pattern
        // could split a run of digits (or a capitalised word with digits) into any number of pieces, so a gap that fails
        // to match tried 2^n splits. With each step atomic, 200 digits that cannot match fail at once; without it this
        // would take 2^200 steps, so the 10-second guard (an interpreted copy of the pattern with a match timeout) is a
        // termination check, not a timing: it cannot be missed by a slow machine.
        var guarded = new System.Text.RegularExpressions.Regex(Watcher.Core.Facts.TariffExtractor.SeriesGap().ToString(),
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(10));
        Assert.DoesNotMatch(guarded, " and " + new string('9', 200) + "i ");
        Assert.DoesNotMatch(guarded, " Ab" + new string('9', 200) + "%");
        Assert.Matches(guarded, " on January 1, 2027 and increasing to ");
    }
}
