using Watcher.Core.Facts;
using Xunit;

namespace Watcher.Core.Tests.Signal;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("Canada imposed a 100% tariff. China replied on Monday.", new[] { "Canada imposed a 100% tariff.", "China replied on Monday." })]
    [InlineData("The U.S. set a 25% duty. Mr. Carney met Xi.", new[] { "The U.S. set a 25% duty.", "Mr. Carney met Xi." })]
    [InlineData("Headline without a stop\nBody sentence one. 76% is the rate.", new[] { "Headline without a stop", "Body sentence one.", "76% is the rate." })]
    public void Splits_at_stops_and_line_breaks_but_not_after_abbreviations(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text).Select(s => s.Text));

    [Theory]
    [InlineData(", ")]   // a machine-made list: cut after a comma
    [InlineData(" ")]    // no clause break at all: cut after a space
    [InlineData("")]     // no space either: cut at the limit
    public void A_run_on_sentence_is_read_in_pieces_no_longer_than_the_limit_that_cover_all_of_it(string separator)
    {
        // A 20,000-word sentence of rates took the extractor over two minutes and a gigabyte (each rate is read against its
        // whole sentence, and each measure carried the whole sentence as evidence); now it is read in pieces.
        var clause = "Canada set a 25% tariff on Chinese steel and";
        var text = "Lede. " + string.Join(separator, Enumerable.Repeat(clause, 600)) + " the end. Next sentence.";
        var pieces = SentenceSplitter.Split(text);
        Assert.All(pieces, p => Assert.InRange(p.Text.Length, 1, SentenceSplitter.MaxLength));
        Assert.All(pieces, p => Assert.Equal(p.Text, text.Substring(p.Start, p.Text.Length)));
        Assert.Equal(text.Replace(" ", ""), string.Concat(pieces.Select(p => p.Text.Replace(" ", ""))));
        Assert.True(pieces.Count > 10);
        if (separator == ", ") Assert.All(pieces.Skip(1).SkipLast(2), p => Assert.EndsWith(",", p.Text));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('x', SentenceSplitter.MaxLength - 1) + "😀" + new string('y', 10);
        var pieces = SentenceSplitter.Split(text);
        Assert.Equal(new string('x', SentenceSplitter.MaxLength - 1), pieces[0].Text);
        Assert.StartsWith("😀", pieces[1].Text);
    }

    [Fact]
    public void Measures_of_a_run_on_sentence_carry_their_piece_as_evidence_not_the_whole_text()
    {
        var text = "Tariffs everywhere\n" + string.Join(" ", Enumerable.Range(0, 400).Select(i =>
            $"{(i % 2 == 0 ? "Canada" : "Japan")} set a {i % 90 + 5}% tariff on {(i % 3 == 0 ? "Chinese" : "Korean")} steel and")) + " that was all.";
        var measures = TariffExtractor.Extract(text);
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.InRange(m.Evidence.Length, 1, SentenceSplitter.MaxLength));
    }

    [Fact]
    public void A_text_split_again_gets_the_same_sentences_in_a_list_of_its_own()
    {
        // the first split of a text, and a second of an equal text (another instance, as the fingerprint and the reading compose it)
        var body = "Lima said on Friday it will apply a 15% duty on shoes. Importers rushed cargo through customs.";
        var first = SentenceSplitter.Split(body);
        first.Add(new Sentence("changed by its caller", 0));
        var again = SentenceSplitter.Split(string.Concat("Lima said on Friday ", body.AsSpan(20)));
        Assert.Equal(["Lima said on Friday it will apply a 15% duty on shoes.", "Importers rushed cargo through customs."], again.Select(s => s.Text));
        Assert.Equal([0, 55], again.Select(s => s.Start));
        Assert.NotSame(first, again);
    }

    [Fact]
    public void A_text_split_after_many_others_is_split_as_the_first_time()
    {
        var texts = Enumerable.Range(1, 20).Select(i => $"Item {i} states a {i}% duty. It ends here.\nA line {i}").ToList();
        var firsts = texts.Select(t => SentenceSplitter.Split(t).ToList()).ToList();
        for (var i = texts.Count - 1; i >= 0; i--) Assert.Equal(firsts[i], SentenceSplitter.Split(texts[i]));
        Assert.Equal(["Item 3 states a 3% duty.", "It ends here.", "A line 3"], SentenceSplitter.Split(texts[2]).Select(s => s.Text));
    }
}
