using Watcher.Core.Matching;
using Watcher.Core.Matching.Query;

namespace Watcher.Core.Tests.Signal;

public class QueryLanguageTests
{
    private static bool Matches(string query, string text, string title = "") =>
        new RuleSet([new("r", query)]).Match(title, text).Count == 1;

    [Theory]
    [InlineData("tariff", "Canada keeps the tariff.", true)]
    [InlineData("tariff", "Canada keeps the tariffs.", false)]
    [InlineData("tariff*", "Canada keeps the tariffs.", true)]
    [InlineData("\"import duty\"", "a new import-duty regime", true)]
    [InlineData("\"import duty\"", "duty on imports", false)]
    [InlineData("steel AND aluminium", "steel and aluminium", true)]
    [InlineData("steel aluminium", "steel only", false)]
    [InlineData("steel OR aluminium", "aluminium only", true)]
    [InlineData("tariff* NOT mobile", "mobile tariffs rise", false)]
    [InlineData("tariff* NOT mobile", "steel tariffs rise", true)]
    [InlineData("(steel OR copper) AND tariff*", "copper tariffs", true)]
    [InlineData("(steel OR copper) AND tariff*", "lumber tariffs", false)]
    [InlineData("tariff* NEAR/2 steel", "tariffs on Chinese steel", true)]
    [InlineData("tariff* NEAR/2 steel", "steel from China faces new tariffs", false)]
    [InlineData("tariff* NEAR/5 steel", "steel from China faces new tariffs", true)]
    [InlineData("@CN", "Officials in Beijing said", true)]
    [InlineData("@CN", "the PRC responded", true)]
    [InlineData("@CA AND @CN", "Ottawa and Beijing", true)]
    [InlineData("@US", "let us know", false)]
    [InlineData("@US", "the U.S. responded", true)]
    [InlineData("@US", "the US responded", true)]
    [InlineData("@APEC", "the Asia-Pacific Economic Cooperation forum", true)]
    [InlineData("@G7", "at the G-7 meeting", true)]
    [InlineData("@leaders", "Prime Minister Mark Carney said", true)]
    [InlineData("@xi", "the Chinese president said", true)]
    [InlineData("@blocs", "Brussels retaliates", true)]
    [InlineData("Montreal", "in Montréal today", true)]
    [InlineData("Canada", "Canada's exports", true)]
    public void Operators_phrases_prefixes_and_entity_sets(string query, string text, bool expected) =>
        Assert.Equal(expected, Matches(query, text));

    [Theory]
    [InlineData("title:tariff*", "Tariffs rise", "no mention here", true)]
    [InlineData("title:tariff*", "Markets", "tariffs rise", false)]
    [InlineData("text:tariff*", "Tariffs rise", "nothing", false)]
    [InlineData("title:(summit OR visit) AND @CN", "Summit ends", "China attended", true)]
    public void Field_scopes_limit_terms_to_the_title_or_the_text(string query, string title, string text, bool expected) =>
        Assert.Equal(expected, Matches(query, text, title));

    [Fact]
    public void Near_does_not_cross_from_title_to_text() =>
        Assert.False(Matches("tariff NEAR/1 steel", "steel prices", "a new tariff"));

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("tariff AND", 10, "ends where a term")]
    [InlineData("(tariff OR levy", 0, "missing ')'")]
    [InlineData("tariff OR levy)", 14, "unmatched ')'")]
    [InlineData("\"import duty", 0, "unterminated phrase")]
    [InlineData("steel NEAR/x tariff", 6, "NEAR needs a distance")]
    [InlineData("steel NEAR/0 tariff", 6, "NEAR needs a distance")]
    [InlineData("@atlantis", 0, "unknown entity set")]
    [InlineData("tariff AND @narnia", 11, "unknown entity set")]
    [InlineData("headline:tariff", 0, "unknown field")]
    [InlineData("NOT mobile", 0, "at least one term")]
    [InlineData("ta*", 0, "too short")]
    [InlineData("ta*iff", 0, "may only end a word")]
    [InlineData("steel NEAR (tariff NOT mobile)", 6, "NEAR cannot take a NOT")]
    [InlineData("OR tariff", 0, "expected a term")]
    [InlineData("title:", 0, "needs a term")]
    public void Bad_queries_fail_with_the_position_of_the_problem(string query, int position, string problem)
    {
        // A bad rule is refused at compile time (nothing is half-registered), with the character position.
        var ex = Assert.Throws<QueryParseException>(() => new RuleSet([new("r", query)]));
        Assert.Equal(position, ex.Position);
        Assert.Contains(problem, ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_match_explains_itself_with_terms_and_a_snippet()
    {
        var matcher = new QueryTopicMatcher(new Dictionary<string, string> { ["t"] = "tariff* NEAR/4 @CN" });
        var match = Assert.Single(matcher.Match("Canola", "Farmers worry. China retaliated with tariffs on canola seed in March."));
        Assert.Equal("t", match.Topic);
        Assert.Equal(["China", "tariffs"], match.Terms);
        Assert.Contains("China retaliated with tariffs", match.Snippet);
    }

    [Fact]
    public void Only_requested_topics_are_evaluated()
    {
        var matcher = new QueryTopicMatcher(new Dictionary<string, string> { ["a"] = "steel", ["b"] = "steel" });
        Assert.Equal(["b"], matcher.Match("", "steel", ["b"]).Select(m => m.Topic));
    }

    [Fact]
    public void Many_rules_share_one_trie_and_only_touched_rules_are_evaluated()
    {
        var rules = Enumerable.Range(0, 500).Select(i => new KeyValuePair<string, string>($"r{i}", $"word{i} AND (tariff* OR @CN)"));
        var set = new RuleSet(rules);
        Assert.Equal(500, set.RuleCount);
        var matches = set.Match("", "word42 and tariffs on word7 but not word");
        Assert.Equal(["r42", "r7"], matches.Select(m => m.Rule).Order(StringComparer.Ordinal));
    }
}
