using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

public class TokenizerTests
{
    [Theory]
    [InlineData("Canada's 100% tariff", "canada 100 tariff")]
    [InlineData("U.S. and US and us and USA", "usa and usa and us and usa")]
    [InlineData("anti-dumping duties", "anti dumping duties")]
    [InlineData("Montréal, Québec", "montreal quebec")]
    [InlineData("1,000 tonnes at 2.5%", "1000 tonnes at 2.5")]
    [InlineData("the E.U. said", "the eu said")]
    [InlineData("don't", "dont")]
    public void Normalises_words(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Tokenizer.Tokenize(text).Select(t => t.Text)));

    [Fact]
    public void Tokens_point_back_into_the_original_text()
    {
        const string text = "Canada's levy";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal("Canada", text[tokens[0].Start..tokens[0].End]);
        Assert.Equal("levy", text[tokens[1].Start..tokens[1].End]);
    }
}
