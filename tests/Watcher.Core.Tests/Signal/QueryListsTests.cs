using System.Text.Json;
using Watcher.Core.Entities;
using Watcher.Core.Matching;
using Watcher.Core.Matching.Query;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// Named lists (<c>@goods</c>, <c>@sport</c> …, <see cref="DefaultTopics.Lists"/>): a query reads one as if its text stood
/// there in parentheses, in the field scope it stands in. The default topics name their shared lists instead of repeating
/// them (session 15); the parsed queries are the same as their text with every list written out, node for node, and match
/// the same topics on every dev item. data/default-topics-written-out.json is that text: both queries as they stood at the
/// end of session 14, plus session 15's talks on a trade agreement (<c>@trade-talks</c>, TopicRelevanceTradeAgreementTalksTests).
/// A change to a default query on purpose changes this file in the same commit, written out.
/// </summary>
public class QueryListsTests
{
    private static bool Matches(string query, string title, string text = "") =>
        new RuleSet([new("r", query)]).Match(title, text).Count == 1;

    // negatives first: what the lists must NOT read
    [Theory]
    [InlineData("tariff* NEAR/4 @goods", "", "Tariffs on mobile data rise next month.", false)]        // a phone plan is no goods
    [InlineData("tariff* NEAR/4 @goods", "", "Pork prices rose 4% while the power tariff stayed flat.", false)] // pork too far from the tariff
    [InlineData("title:@goods", "Power tariffs rise", "Pork prices rose as well.", false)]              // the field scope holds inside the list
    [InlineData("trade NOT @sport", "", "The NBA trade deadline passed quietly.", false)]
    [InlineData("summit* NOT @sport", "", "Summit clash: the Premier League leaders meet.", false)]
    [InlineData("@tariff-headline", "Electricity prices climb", "The new tariff takes effect.", false) ] // a tariff in the text only
    [InlineData("tariff* NEAR/4 @goods", "", "Tariffs on pork and beef were cut.", true)]
    [InlineData("title:@goods", "Pork tariff cut", "", true)]
    [InlineData("trade NOT @sport", "", "Trade between the two countries grew.", true)]
    [InlineData("@tariff-headline", "Steel tariff raised", "", true)]
    [InlineData("@GOODS NEAR/3 tariff*", "", "onions face a new tariff", true)]                         // names are read in any case
    public void A_named_list_reads_as_its_text_in_parentheses(string query, string title, string text, bool expected) =>
        Assert.Equal(expected, Matches(query, title, text));

    [Theory]
    [InlineData("@goods-and-more", "unknown entity set")]
    [InlineData("@goods NEAR/3 @tariff-change-headline", "NEAR cannot take a NOT")]                     // a list with NOT inside a NEAR, as if written out
    public void A_list_is_refused_where_its_text_would_be(string query, string problem) =>
        Assert.Contains(problem, Assert.Throws<QueryParseException>(() => QueryParser.Parse(query)).Message);

    [Fact]
    public void A_query_may_not_read_more_than_the_list_budget()
    {
        var query = string.Concat(Enumerable.Repeat("@goods ", 200)) + "tariff";
        Assert.True(query.Length < QueryParser.MaxLength);
        Assert.Contains("characters of named lists", Assert.Throws<QueryParseException>(() => QueryParser.Parse(query)).Message);
    }

    [Fact]
    public void No_list_is_named_like_an_entity_set_and_each_parses_alone()
    {
        foreach (var (name, text) in DefaultTopics.Lists)
        {
            Assert.Null(EntityCatalog.Resolve(name));
            Assert.InRange(text.Length, 1, QueryParser.MaxLength);
            QueryParser.Parse("@" + name + " OR tariff");
        }
    }

    [Fact]
    public void The_default_queries_leave_room_to_widen()
    {
        foreach (var query in DefaultTopics.Queries.Values) Assert.InRange(query.Length, 1, QueryParser.MaxLength / 2);
    }

    private static Dictionary<string, string> WrittenOut() => JsonSerializer.Deserialize<Dictionary<string, string>>(
        File.ReadAllText(Path.Combine(Paths.RepoRoot, "tests", "Watcher.Core.Tests", "Signal", "data", "default-topics-written-out.json")))!;

    [Fact]
    public void The_queries_parse_to_the_same_nodes_as_their_text_written_out()
    {
        foreach (var (topic, before) in WrittenOut())
            Assert.Equal(Canonical(QueryParser.Parse(before, int.MaxValue)), Canonical(QueryParser.Parse(DefaultTopics.Queries[topic])));
    }

    [Fact]
    public void The_queries_match_the_same_topics_as_their_text_written_out_on_every_dev_item()
    {
        // written out, the tariffs query is longer than a person's query may be
        var writtenOut = new RuleSet(WrittenOut(), int.MaxValue);
        var named = new RuleSet(DefaultTopics.Queries);
        foreach (var (name, path) in LabelledSet.DevSets)
            foreach (var item in LabelledSet.Load(path))
            {
                var old = writtenOut.Match(item.Title, item.Text).Select(m => m.Rule).Order();
                var now = named.Match(item.Title, item.Text).Select(m => m.Rule).Order();
                Assert.True(old.SequenceEqual(now), $"{name} {item.Id}: before [{string.Join(", ", old)}], now [{string.Join(", ", now)}]");
            }
    }

    /// <summary>Writes data/default-topics-written-out.json again from the default queries, every named list written out in
    /// parentheses where it is named; runs only with WATCHER_WRITE_TOPICS_OUT=1 (after a change to a default query on purpose).</summary>
    [Fact]
    public void Write_the_queries_out()
    {
        if (Environment.GetEnvironmentVariable("WATCHER_WRITE_TOPICS_OUT") != "1") return;
        var path = Path.Combine(Paths.RepoRoot, "tests", "Watcher.Core.Tests", "Signal", "data", "default-topics-written-out.json");
        var writtenOut = DefaultTopics.Queries.ToDictionary(q => q.Key, q => WriteOut(q.Value));
        File.WriteAllText(path, JsonSerializer.Serialize(writtenOut, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static string WriteOut(string query) => System.Text.RegularExpressions.Regex.Replace(query, @"@([A-Za-z0-9-]+)",
        m => DefaultTopics.Lists.TryGetValue(m.Groups[1].Value, out var list) ? "(" + WriteOut(list) + ")" : m.Value);

    /// <summary>The node without its positions, an OR within an OR (or an AND within an AND) read as one: what the
    /// evaluator decides is the same whether a list is named or written out, with or without its parentheses.</summary>
    private static string Canonical(QueryNode node) => node switch
    {
        TermNode t => $"{t.Key}|{t.Field}|{string.Join(";", t.Patterns.Select(p => string.Join(' ', p)))}",
        AndNode a => "AND(" + string.Join(", ", Flat<AndNode>(a, x => x.Children).Select(Canonical)) + ")",
        OrNode o => "OR(" + string.Join(", ", Flat<OrNode>(o, x => x.Children).Select(Canonical)) + ")",
        NotNode n => "NOT(" + Canonical(n.Child) + ")",
        NearNode n => $"NEAR/{n.Distance}(" + Canonical(n.Left) + ", " + Canonical(n.Right) + ")",
        _ => throw new ArgumentException(node.GetType().Name),
    };

    private static IEnumerable<QueryNode> Flat<T>(T node, Func<T, IReadOnlyList<QueryNode>> children) where T : QueryNode =>
        children(node).SelectMany(c => c is T same ? Flat(same, children) : [c]);
}
