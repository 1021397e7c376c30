using Watcher.Core.Facts;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A live blog's post, opened by its posting time, names its own goods before its colon ("Kayaks: the 20 percent duty is gone") or
/// before its duty word ("Scooter duty up to 50 percent"), and never takes the goods of the post before it (TariffExtractor.LivePost.cs,
/// session 34, budget65). A speaker before the colon ("Minister: …") is no goods, and a post that names its goods after "on" keeps
/// them. The sentences are written for these tests.
/// </summary>
public class LivePostGoodsTests
{
    private static string Read(string text, string? country) =>
        string.Join('|', TariffExtractor.Extract(text, country).Select(MeasureKey.Of));

    [Theory]
    // goods before the colon
    [InlineData("LIVE: Budget 2034/35.\n3.02pm: Garden hoses duty cut to 5 percent.\n3.05pm: Kayaks: the 20 percent duty is gone.", "TC", "TC>* 20% Kayaks")]
    // goods before the duty word, never the previous post's
    [InlineData("LIVE: Budget 2034/35.\n10:31 Snorkelling masks: duty cut to 5 percent.\n10:36 Scooter duty up to 50 percent.", "TC", "TC>* 50% Scooter")]
    public void A_post_names_its_own_goods(string text, string country, string expected)
    {
        var read = Read(text, country);
        Assert.Contains(expected, read);
        Assert.DoesNotContain("TC>* 50% Snorkelling", read);
        Assert.DoesNotContain(" goods", read);
    }

    [Fact]
    public void A_speaker_before_the_colon_is_no_goods_and_goods_after_on_stay() =>
        Assert.Contains("TC>* 40% garden chairs", Read("LIVE: Budget 2034/35.\n15:42 Minister: customs duty on garden chairs up to 40%.", "TC"));

    [Fact]
    public void A_sentence_with_no_posting_time_keeps_its_reading() =>
        // no post: the goods are the sentence's own, as before
        Assert.Contains("TC>* 25% outboard motors", Read("Budget 2034: duty on outboard motors raised.\nThe duty on outboard motors rises to 25 percent.", "TC"));
}
