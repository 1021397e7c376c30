using Watcher.Core.Matching;
using Watcher.Core.Matching.Query;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// The rule set decides matches with compiled queries over term bits, evaluated only for the candidate rules its postings
/// name. These tests hold that to the slow reference — every rule decided by walking its parsed tree
/// (<see cref="QueryEvaluator.Holds"/>) — on thousands of random rules and texts, so a shortcut that changes any answer fails.
/// </summary>
public class RuleEvaluationEquivalenceTests
{
    private static readonly string[] Words =
        ["tariff", "tariffs", "steel", "trade", "duty", "duties", "summit", "talks", "met", "visit", "canola", "imports",
         "mobile", "leaders", "retaliate", "goods", "minister", "beijing", "ottawa", "price", "war", "oil"];

    private static readonly string[] Fillers = ["the", "a", "on", "said", "new", "of", "and", "in", "after", "with"];

    private static readonly string[] Names =
        ["Canada", "China", "the U.S.", "Xi Jinping", "Mark Carney", "Donald Trump", "the EU", "APEC", "South Korea", "Korea", "Brussels", "Japan"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Compiled_candidate_evaluation_gives_the_tree_evaluators_answers_on_random_rules_and_texts(int seed)
    {
        var random = new Random(seed);
        var rules = new Dictionary<string, string>();
        while (rules.Count < 150)
        {
            var query = Query(random, depth: 0);
            if (Parses(query)) rules[$"r{rules.Count}"] = query;
        }
        var set = new RuleSet(rules);
        var matched = 0;
        for (var i = 0; i < 300; i++)
        {
            var (title, text) = (Text(random, random.Next(0, 9)), Text(random, random.Next(5, 80)));
            var expected = set.MatchEveryRuleByTree(title, text);
            var actual = set.Match(title, text).Select(m => m.Rule).ToList();
            Assert.True(expected.SequenceEqual(actual),
                $"title: {title}\ntext: {text}\nexpected: {string.Join(", ", expected)}\nactual: {string.Join(", ", actual)}");
            matched += actual.Count;
        }
        Assert.InRange(matched, 300, int.MaxValue); // the random rules really match, so the comparison means something
    }

    [Fact]
    public void Default_topics_give_the_tree_evaluators_answers_on_the_labelled_set()
    {
        var set = new RuleSet(DefaultTopics.Queries);
        var matched = 0;
        foreach (var item in LabelledSet.Load())
        {
            var expected = set.MatchEveryRuleByTree(item.Title, item.Text);
            Assert.Equal(expected, set.Match(item.Title, item.Text).Select(m => m.Rule).ToList());
            matched += expected.Count;
        }
        Assert.InRange(matched, 30, int.MaxValue);
    }

    private static bool Parses(string query)
    {
        try
        {
            QueryParser.Parse(query);
            return true;
        }
        catch (QueryParseException)
        {
            return false;
        }
    }

    private static string Query(Random random, int depth)
    {
        var roll = random.Next(depth >= 3 ? 5 : 12);
        string Next() => Query(random, depth + 1);
        return roll switch
        {
            0 or 1 => Words[random.Next(Words.Length)],
            2 => $"\"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}\"",
            3 => Words[random.Next(Words.Length)] is var w ? w[..Math.Min(4, w.Length)] + "*" : "",
            4 => new[] { "@countries", "@leaders", "@blocs", "@CN", "@US" }[random.Next(5)],
            5 => $"{Next()} AND {Next()}",
            6 => $"({Next()} OR {Next()} OR {Next()})",
            7 => $"{Next()} NOT {Next()}",
            8 => $"{Near(random, depth)} NEAR/{random.Next(0, 8)} {Near(random, depth)}",
            9 => $"{(random.Next(2) == 0 ? "title" : "text")}:{Next()}",
            10 => $"({Next()} {Next()})",
            _ => $"({Next()} OR {Next()})",
        };
    }

    /// <summary>A NEAR operand: no NOT inside.</summary>
    private static string Near(Random random, int depth) => random.Next(5) switch
    {
        0 => $"({Words[random.Next(Words.Length)]} OR {Names[random.Next(3)].Split(' ')[^1]} OR @leaders)",
        1 => "@countries",
        2 => $"title:{Words[random.Next(Words.Length)]}",
        3 => $"({Words[random.Next(Words.Length)]} AND {Words[random.Next(Words.Length)]})",
        _ => depth < 2 ? $"({Words[random.Next(Words.Length)]} NEAR/2 {Words[random.Next(Words.Length)]})" : Words[random.Next(Words.Length)],
    };

    private static string Text(Random random, int words)
    {
        var parts = new List<string>();
        for (var k = 0; k < words; k++)
        {
            var roll = random.Next(10);
            var word = roll < 4 ? Words[random.Next(Words.Length)] : roll < 6 ? Names[random.Next(Names.Length)] : Fillers[random.Next(Fillers.Length)];
            parts.Add(random.Next(12) == 0 ? word + "." : word);
        }
        if (parts.Count > 0) parts[0] = char.ToUpperInvariant(parts[0][0]) + parts[0][1..];
        for (var k = 1; k < parts.Count; k++)
            if (parts[k - 1].EndsWith('.')) parts[k] = char.ToUpperInvariant(parts[k][0]) + parts[k][1..];
        return string.Join(' ', parts);
    }
}
