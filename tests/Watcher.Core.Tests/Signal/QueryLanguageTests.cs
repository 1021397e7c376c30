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

    public static TheoryData<string, int, string> HostileQueries() => new()
    {
        // Found by AFL++ (session 5): thousands of '(' overflowed the parser's stack, which takes the whole process down.
        { new string('(', 1_000) + "tariff", QueryParser.MaxDepth, "nests deeper than" },
        { string.Concat(Enumerable.Repeat("NOT ", 40)) + "tariff", QueryParser.MaxDepth * 4, "nests deeper than" },
        { string.Concat(Enumerable.Repeat("title:", 40)) + "tariff", QueryParser.MaxDepth * 6, "nests deeper than" },
        { "tariff" + string.Concat(Enumerable.Repeat(" NEAR steel", 40)), 7 + QueryParser.MaxDepth * 11, "nests deeper than" },
        { string.Concat(Enumerable.Repeat("steel OR ", 1_500)) + "tariff", QueryParser.MaxLength, "longer than 12,000 characters" },
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void A_query_nesting_too_deep_or_too_long_is_refused_with_a_short_message(string query, int position, string problem)
    {
        // Refused with the position like any bad query (never a stack overflow); the message shows the text around it only.
        var ex = Assert.Throws<QueryParseException>(() => new RuleSet([new("r", query)]));
        Assert.Equal(position, ex.Position);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 2 * QueryParseException.Context + 150, $"{ex.Message.Length} characters");
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses()
    {
        var deepest = new string('(', QueryParser.MaxDepth) + "tariff" + new string(')', QueryParser.MaxDepth);
        Assert.Single(new QueryTopicMatcher(new Dictionary<string, string> { ["t"] = deepest }).Match("Tariff", "A tariff."));
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

    [Theory]
    // "South Korea" is found after "Korea" (both end on the same word) although it starts before it: NEAR must still see it.
    [InlineData("trip NEAR/1 @countries", "a trip to South Korea", true)]
    [InlineData("trip NEAR/1 @countries", "a trip to the Korea", false)]
    [InlineData("@countries NEAR/1 trip", "South Korea and a trip", false)]
    [InlineData("(trip OR visit*) NEAR/1 (@countries OR Seoul)", "a visit to South Korea", true)]
    [InlineData("(visit* OR trip) NEAR/1 (@leaders OR tariff*)", "the Chinese president and his long trip", false)]
    [InlineData("title:(steel OR copper) NEAR/1 tariff*", "steel tariffs", false)]
    [InlineData("title:(steel OR copper) NEAR/1 tariff*", "", true, "Copper tariffs")]
    // NEAR stays within a sentence; an abbreviation's dot ("U.S.") is not a sentence end
    [InlineData("tariff* NEAR/8 @countries", "Leaders urged unity against rising tariffs. East Timor joined the bloc.", false)]
    [InlineData("tariff* NEAR/8 @countries", "Rising tariffs on U.S. goods hurt Canada.", true)]
    [InlineData("steel NEAR/3 tariff*", "It was about steel. Tariffs came later.", false)]
    [InlineData("steel NEAR/3 tariff*", "It was about steel and tariffs.", true)]
    public void Near_over_multi_word_aliases_ors_and_fields(string query, string text, bool expected, string title = "") =>
        Assert.Equal(expected, Matches(query, text, title));

    /// <summary>Deciding a NEAR first compares coarse blocks of 256 positions (TermHits.Blocks): a pair in neighbouring
    /// blocks, or in blocks whose numbers wrap past 64, must still be found, and only a real pair counts.</summary>
    [Theory]
    [InlineData(250, 1, 1, true)] // same block
    [InlineData(254, 1, 1, true)] // "tariff" at 254, "canada" at 256: neighbouring blocks
    [InlineData(255, 0, 1, true)]
    [InlineData(255, 100, 100, true)]
    [InlineData(255, 101, 100, false)]
    [InlineData(16_383, 1, 1, true)] // block 63 and block 64 (bit 0): neighbours once wrapped
    [InlineData(0, 300, 100, false)] // neighbouring blocks, too far apart
    [InlineData(10, 16_384, 100, false)] // the same bit 64 blocks later, too far apart
    public void Near_finds_pairs_across_blocks_of_positions_and_only_real_pairs(int before, int between, int distance, bool expected)
    {
        string Filler(int n) => string.Concat(Enumerable.Repeat("lorem ", n));
        var text = $"{Filler(before)}tariff {Filler(between)}canada";
        Assert.Equal(expected, Matches($"tariff NEAR/{distance} @countries", text));
        Assert.Equal(expected, Matches($"@countries NEAR/{distance} (tariff OR levy)", text));
    }

    [Fact]
    public void Matching_reuses_per_thread_buffers_so_threads_and_nested_calls_do_not_mix_items()
    {
        // Every item must give exactly the result it gives alone, whether matched on eight threads at once or from inside
        // another match's topic filter on the same thread.
        var set = new RuleSet([new("steel", "steel NEAR/3 tariff*"), new("cn", "@CN AND (trade OR tariff*)"), new("summit", "summit NEAR/5 @leaders")]);
        var texts = new[] { "tariffs on steel from China", "Xi and Trump at the summit", "trade with Beijing", "nothing here", "steel, then tariffs" };
        var alone = texts.Select(t => string.Join(',', set.Match("", t).Select(m => $"{m.Rule}:{m.Hits.Count}"))).ToArray();
        Assert.Equal(["steel:2,cn:2", "summit:3", "cn:2", "", "steel:2"], alone);
        var parallel = new string[texts.Length * 200];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = string.Join(',', set.Match("", texts[i % texts.Length]).Select(m => $"{m.Rule}:{m.Hits.Count}")));
        for (var i = 0; i < parallel.Length; i++) Assert.Equal(alone[i % texts.Length], parallel[i]);
        string? inner = null;
        var outer = set.Match("", texts[0], rule => { inner ??= string.Join(',', set.Match("", texts[1]).Select(m => m.Rule)); return true; });
        Assert.Equal("summit", inner);
        Assert.Equal(["steel", "cn"], outer.Select(m => m.Rule));
    }

    [Fact]
    public void A_match_explained_later_gives_the_hits_it_would_have_given_at_once()
    {
        // Matching only decides which rules hold; the hits are collected when first read. Other items matched in between
        // reuse the matcher's buffers, so a late read must come from the item's own copy of its hits.
        var set = new RuleSet([new("steel", "steel NEAR/3 tariff*"), new("cn", "title:@CN OR (@CN AND tariff*)")]);
        static string Show(IEnumerable<RuleMatch> ms) =>
            string.Join(';', ms.Select(m => m.Rule + "=" + string.Join(' ', m.Hits.Select(h => $"{h.Field}:{h.FirstToken}-{h.LastToken}"))));
        var atOnce = Show(set.Match("China hits back", "new tariffs on steel and on Chinese steel"));
        var later = set.Match("China hits back", "new tariffs on steel and on Chinese steel");
        set.Match("Steel tariffs", "China and Canada: steel tariffs, steel tariffs");
        set.Match("", "nothing about it");
        Assert.Equal("steel=text:1-1 text:3-3;cn=title:0-0 text:1-1 text:6-6", atOnce);
        Assert.Equal(atOnce, Show(later));
    }

    [Fact]
    public void A_topic_match_explained_later_has_the_same_terms_and_snippet_and_survives_json()
    {
        var matcher = QueryTopicMatcher.Default;
        var lazy = matcher.Match("Canada slaps 100% tariff on Chinese EVs", "Ottawa will impose a 100% tariff on electric vehicles from China.").Single();
        matcher.Match("Xi meets Carney at APEC", "The two leaders met on the sidelines of the summit.");
        Assert.Equal(DefaultTopics.Tariffs, lazy.Topic);
        Assert.Contains("tariff", lazy.Terms);
        Assert.Contains("100% tariff on electric vehicles", lazy.Snippet);
        var json = System.Text.Json.JsonSerializer.Serialize(lazy);
        var back = System.Text.Json.JsonSerializer.Deserialize<TopicMatch>(json)!;
        Assert.Equal(lazy, back);
        Assert.Equal(lazy.Terms, back.Terms);
        var edited = lazy with { Snippet = "cut" };
        Assert.Equal(lazy.Terms, edited.Terms);
        Assert.Equal("cut", edited.Snippet);
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

public class TopicQueryValidationTests
{
    [Fact]
    public void A_bad_topic_in_sources_json_is_refused_at_load_with_its_name_and_position()
    {
        // The whole file is refused (nothing half-loaded); the message names the topic and points at the problem.
        var json = """{"sources":[{"id":"a","url":"https://a.example/rss","topics":["ev"]}],"topics":{"ev":"(electric AND vehicle*"}}""";
        var ex = Assert.Throws<InvalidDataException>(() => Watcher.Core.Sources.SourcesFile.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "test.json"));
        Assert.StartsWith("test.json: topic 'ev': missing ')'", ex.Message);
        Assert.Equal(0, Assert.IsType<QueryParseException>(ex.InnerException).Position);
    }

    [Fact]
    public void A_bad_rule_names_itself()
    {
        var ex = Assert.Throws<QueryParseException>(() => new RuleSet([new("good", "steel"), new("bad", "steel AND")]));
        Assert.StartsWith("rule 'bad': the query ends", ex.Message);
        Assert.Equal(9, ex.Position);
    }
}
