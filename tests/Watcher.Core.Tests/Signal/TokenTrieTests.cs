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

    /// <summary>A phrase's first word with a few continuations is searched by comparing symbols, one with many by its
    /// dictionary; either way, and after patterns are added once the trie has scanned, every phrase is found.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(30)]
    public void Finds_phrases_after_a_first_word_with_few_or_many_continuations_also_when_added_after_a_scan(int continuations)
    {
        var trie = new TokenTrie<string>();
        for (var k = 0; k < continuations; k++) trie.Add(["north", $"word{k}"], $"north word{k}");
        trie.Add(["north", "pola*"], "north pola*");
        var found = new List<(string Output, int First, int Last)>();
        trie.Scan(Tokenizer.Tokenize("north word1 north polar north word0"), found);
        Assert.Equal("north polar north word0 north word1",
            string.Join(' ', found.Select(f => f.Output.Replace("pola*", "polar")).Order(StringComparer.Ordinal)));

        // Grows the node past (or further past) the few searched by comparison, after the first scan laid it out.
        for (var k = continuations; k < continuations + 9; k++) trie.Add(["north", $"word{k}"], $"north word{k}");
        found.Clear();
        trie.Scan(Tokenizer.Tokenize($"north word{continuations + 8} and north word1"), found);
        Assert.Equal($"north word1 north word{continuations + 8}", string.Join(' ', found.Select(f => f.Output).Order(StringComparer.Ordinal)));
    }

    /// <summary>The known words sit in one flat open-addressing table: with thousands of them (so slots collide), each
    /// token finds its own word and only that; a token no pattern names finds none.</summary>
    [Fact]
    public void Finds_each_of_thousands_of_words_and_nothing_for_words_no_pattern_names()
    {
        var trie = new TokenTrie<int>();
        for (var k = 0; k < 3000; k++) trie.Add([$"w{k}"], k);
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(k => $"w{k} x{k} w{k}z"));
        var found = new List<(int Output, int First, int Last)>();
        trie.Scan(Tokenizer.Tokenize(text), found);
        Assert.Equal(Enumerable.Range(0, 3000), found.Select(f => f.Output));
        Assert.Equal(Enumerable.Range(0, 3000).Select(k => 3 * k), found.Select(f => f.First));
    }
}
