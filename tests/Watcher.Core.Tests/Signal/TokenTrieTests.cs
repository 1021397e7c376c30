using Watcher.Core.Matching;

namespace Watcher.Core.Tests.Signal;

public class TokenTrieTests
{
    private static readonly (string[] Pattern, string Name)[] Patterns =
    [
        (["tar*"], "tar*"), (["tari*"], "tari*"), (["tariff*"], "tariff*"), (["tariffs"], "tariffs"), (["tart*"], "tart*"),
        (["con*"], "con*"), (["cont*"], "cont*"), (["continent"], "continent"),
        (["trade", "war"], "trade war"), (["trade"], "trade"), (["war*"], "war*"), (["south", "korea"], "south korea"), (["korea"], "korea"),
        (["steel"], "steel"), (["stee*"], "stee*"), (["ste*"], "ste*"), // prefixes added after a word they cover
    ];

    [Theory]
    [InlineData("tariffs", "tar* tari* tariff* tariffs")]
    [InlineData("tariff", "tar* tari* tariff*")]
    [InlineData("tar", "tar*")]
    [InlineData("tart", "tar* tart*")]
    [InlineData("ta", "")]
    [InlineData("continent", "con* cont* continent")]
    [InlineData("con", "con*")]
    [InlineData("cone", "con*")]
    [InlineData("trade war", "trade trade war war*")]
    [InlineData("trade warfare", "trade war*")]
    [InlineData("south korea", "korea south korea")]
    [InlineData("south of korea", "korea")]
    [InlineData("steel", "ste* stee* steel")]
    [InlineData("steelworks", "ste* stee*")]
    [InlineData("stem", "ste*")]
    public void Finds_every_word_prefix_and_phrase_pattern_however_prefixes_share_their_first_letters(string text, string expected)
    {
        var trie = new TokenTrie<string>();
        foreach (var (pattern, name) in Patterns) trie.Add(pattern, name);
        var found = new List<(string Output, int First, int Last)>();
        trie.Scan(Tokenizer.Tokenize(text), found);
        Assert.Equal(expected, string.Join(' ', found.Select(f => f.Output).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_prefix_shorter_than_three_letters_is_refused()
    {
        var trie = new TokenTrie<string>();
        var ex = Assert.Throws<ArgumentException>(() => trie.Add(["ta*"], "ta*"));
        Assert.Contains("shorter than 3 letters", ex.Message);
        Assert.Equal(0, trie.Count);
    }
}
