using System.Text.Json;
using Watcher.Core.Matching;

namespace Watcher.Signal.Benchmarks;

/// <summary>About 1 MB of news items (the labelled set, repeated) and rule sets of any size drawn from its own vocabulary,
/// so that rules really hit and get evaluated, as they would in production.</summary>
public static class Corpus
{
    public const int TargetBytes = 1 << 20;

    public static List<(string Title, string Text)> Items()
    {
        var path = Path.Combine(RepoRoot(), "tests", "Watcher.Core.Tests", "Signal", "data", "labelled.jsonl");
        var one = File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("title").GetString()!, e.GetProperty("text").GetString()!)).ToList();
        var items = new List<(string, string)>();
        long bytes = 0;
        for (var i = 0; bytes < TargetBytes; i++)
        {
            var (title, text) = one[i % one.Count];
            items.Add((title, text));
            bytes += (title.Length + text.Length) * 1L;
        }
        return items;
    }

    /// <summary>Every item of the dev sets as the quality test reads it (title, then text), in file order. The session's unseen sets
    /// (holdout 9 and 10) are not read.</summary>
    public static List<string> DevSetTexts()
    {
        var data = Path.Combine(RepoRoot(), "tests", "Watcher.Core.Tests", "Signal", "data");
        string[] files = ["labelled.jsonl", "holdout.jsonl", .. Enumerable.Range(2, 7).Select(n => $"holdout-{n}.jsonl")];
        return files.SelectMany(f => File.ReadLines(Path.Combine(data, f))).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Title: e.GetProperty("title").GetString()!, Text: e.GetProperty("text").GetString()!))
            .Select(i => i.Text.Length == 0 ? i.Title : i.Title + ".\n" + i.Text).ToList();
    }

    public static long Bytes(List<(string Title, string Text)> items) => items.Sum(i => (long)i.Title.Length + i.Text.Length);

    /// <summary>The two default topics plus generated rules: phrases, prefixes, entity sets, NEAR, NOT and title: scopes.
    /// Hot (the default): words drawn from the corpus's own frequent words, so most rules hit. Cold: 90 % of the rules are
    /// about other subjects (words that never occur in the corpus), as most subscriptions are for a given item.</summary>
    public static Dictionary<string, string> Rules(int count, List<(string Title, string Text)> items, bool cold = false)
    {
        var vocabulary = items.Take(200).SelectMany(i => Tokenizer.Tokenize(i.Title + " " + i.Text)).Select(t => t.Text)
            .Where(t => t.Length >= 4 && t.All(char.IsLetter)).GroupBy(t => t).Where(g => g.Count() >= 2)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var absent = vocabulary.Select(w => "xq" + w).ToList();
        var rules = new Dictionary<string, string>(DefaultTopics.Queries);
        var random = new Random(42);
        var words = vocabulary;
        string W() => words[random.Next(words.Count)];
        for (var i = rules.Count; i < count; i++)
        {
            words = cold && i % 10 != 0 ? absent : vocabulary;
            var prefix = W();
            rules[$"rule-{i}"] = (i % 4) switch
            {
                0 => $"({W()} OR \"{W()} {W()}\" OR {prefix[..4]}*) AND ({W()} OR @countries) NOT {W()}",
                1 => $"{W()} NEAR/5 ({W()} OR {W()} OR @leaders)",
                2 => $"title:({W()} OR {W()}) AND ({W()} OR @blocs OR \"{W()} {W()}\")",
                _ => $"({W()} AND {W()}) OR ({prefix[..4]}* NEAR/3 @countries)",
            };
        }
        return rules;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Watcher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Watcher.sln not found above " + AppContext.BaseDirectory);
    }
}
