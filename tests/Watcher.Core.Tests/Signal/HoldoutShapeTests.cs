using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Watcher.Core.Tests.Signal;

/// <summary>The least an unseen set must hold to be worth its run.</summary>
public sealed record HoldoutSize(int Items, int Stories, int Negatives, int HeadlineOnly, int Measures);

/// <summary>
/// The shape of a set written to be unseen (docs/holdout-N-notes.md; QualityTests scores it only with
/// WATCHER_MEASURE_UNSEEN=1 while it is): every line a well-formed labelled item, checked on every run so that a broken line
/// is found now and not when the lead takes its first run. Nothing here extracts, matches or clusters its text.
/// </summary>
public abstract class HoldoutShapeTests(string path, HoldoutSize size, int? ratesInWords = null)
{
    private readonly string[] _lines = File.ReadLines(path).Where(l => l.Trim().Length > 0).ToArray();
    private readonly IReadOnlyList<LabelledItem> _items = LabelledSet.Load(path);

    private static readonly HashSet<string> Fields = ["id", "cluster", "source", "source_country", "title", "text", "topics", "measures", "link"];
    private static readonly HashSet<string> MeasureFields = ["imposer", "target", "rate", "product"];
    private static readonly HashSet<string> Topics = ["tariffs", "summits"];

    /// <summary>A two-letter ISO country code or the EU; a target may also be "*" (every origin).</summary>
    private static readonly Regex Party = new("^([A-Z]{2}|EU)$", RegexOptions.CultureInvariant);

    /// <summary>A label names what its item writes: every word of a product (but the generic `goods`) occurs in the item, and
    /// every rate is written in it as a number, but the few written in words (a set that counts them says how many; the
    /// notes list them). Reads the text; scores nothing.</summary>
    [Fact]
    public void Every_labelled_product_and_rate_is_written_in_its_item()
    {
        var inWords = 0;
        foreach (var item in _items)
        {
            var text = item.Title + "\n" + item.Text;
            var numbers = Regex.Matches(text, @"\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant)
                .Select(m => double.Parse(m.Value.Replace(",", ""), CultureInfo.InvariantCulture)).ToHashSet();
            foreach (var m in item.Measures)
            {
                if (m.Product != "goods")
                    foreach (var word in m.Product.Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
                        Assert.True(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{item.Id}: a product word is not in the item");
                if (!numbers.Contains(m.Rate)) inWords++;
            }
        }
        if (ratesInWords is { } expected) Assert.Equal(expected, inWords);
    }

    [Fact]
    public void Every_line_is_a_labelled_item_with_known_fields_of_the_right_kinds()
    {
        Assert.Equal(_lines.Length, _items.Count);
        foreach (var (line, n) in _lines.Select((l, i) => (l, i + 1)))
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            Assert.True(o.ValueKind == JsonValueKind.Object, $"line {n} is not an object");
            var names = o.EnumerateObject().Select(p => p.Name).ToList();
            Assert.True(names.All(Fields.Contains), $"line {n}: unknown field in {string.Join(", ", names)}");
            foreach (var field in new[] { "id", "cluster", "source", "title", "text" })
                Assert.True(o.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String, $"line {n}: `{field}` missing or not a string");
            Assert.True(!o.TryGetProperty("link", out var link) || link.ValueKind == JsonValueKind.String, $"line {n}: `link` not a string");
            // the outlet's country, declared from its name alone (data/outlet_country.py): null, or a party
            Assert.True(!o.TryGetProperty("source_country", out var country) || country.ValueKind == JsonValueKind.Null
                || (country.ValueKind == JsonValueKind.String && Party.IsMatch(country.GetString()!)), $"line {n}: `source_country` is neither null nor a party");
            Assert.True(o.TryGetProperty("topics", out var topics) && topics.ValueKind == JsonValueKind.Array
                && topics.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String), $"line {n}: `topics` is not a list of strings");
            Assert.True(o.TryGetProperty("measures", out var measures) && measures.ValueKind == JsonValueKind.Array, $"line {n}: `measures` is not a list");
            foreach (var m in measures.EnumerateArray())
            {
                Assert.True(m.ValueKind == JsonValueKind.Object && m.EnumerateObject().Select(p => p.Name).ToHashSet().SetEquals(MeasureFields),
                    $"line {n}: a measure has not exactly imposer, target, rate and product");
                Assert.True(m.GetProperty("rate").ValueKind == JsonValueKind.Number, $"line {n}: a measure's rate is not a number");
            }
        }
    }

    [Fact]
    public void Ids_are_unique_and_every_item_names_its_story()
    {
        var duplicates = _items.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate ids: " + string.Join(", ", duplicates));
        foreach (var item in _items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title), $"{item.Id}: no title");
            Assert.False(string.IsNullOrWhiteSpace(item.Source), $"{item.Id}: no source");
            // an item's id is its story id, or the story id and a copy number: a story id with a typo names no item
            Assert.Matches("^" + Regex.Escape(item.Cluster) + "(-[0-9]+)?$", item.Id);
        }
        Assert.True(_items.Select(i => i.Cluster).Distinct().Count() < _items.Count, "no story has several copies");
    }

    [Fact]
    public void Topics_are_default_topics_and_the_same_for_every_copy_of_a_story()
    {
        foreach (var item in _items)
        {
            Assert.True(item.Topics.All(Topics.Contains), $"{item.Id}: unknown topic in {string.Join(", ", item.Topics)}");
            Assert.Equal(item.Topics.Count, item.Topics.Distinct().Count());
        }
        foreach (var story in _items.GroupBy(i => i.Cluster))
            Assert.True(story.Select(i => string.Join("+", i.Topics.Order())).Distinct().Count() == 1, $"{story.Key}: copies with different topics");
    }

    [Fact]
    public void Every_measure_has_an_imposer_a_target_a_rate_and_a_product()
    {
        foreach (var item in _items)
        {
            if (item.Topics.Count == 0) Assert.True(item.Measures.Count == 0, $"{item.Id}: a negative with measures");
            foreach (var m in item.Measures)
            {
                Assert.True(Party.IsMatch(m.Imposer), $"{item.Id}: imposer `{m.Imposer}`");
                Assert.True(m.Target == "*" || Party.IsMatch(m.Target), $"{item.Id}: target `{m.Target}`");
                Assert.True(m.Imposer != m.Target, $"{item.Id}: imposer and target are both `{m.Imposer}`");
                Assert.True(double.IsFinite(m.Rate) && m.Rate > 0, $"{item.Id}: rate {m.Rate}");
                Assert.True(m.Product.Trim().Length > 0 && m.Product == m.Product.Trim(), $"{item.Id}: product `{m.Product}`");
            }
        }
    }

    [Fact]
    public void The_set_is_big_enough_to_be_worth_an_unseen_run()
    {
        Assert.True(_items.Count >= size.Items, $"{_items.Count} items");
        Assert.True(_items.Select(i => i.Cluster).Distinct().Count() >= size.Stories, $"fewer than {size.Stories} stories");
        Assert.True(_items.Count(i => i.Topics.Count == 0) >= size.Negatives, $"fewer than {size.Negatives} negatives");
        Assert.True(_items.Count(i => i.Text.Length == 0) >= size.HeadlineOnly, $"fewer than {size.HeadlineOnly} headline-only items");
        Assert.True(_items.Sum(i => i.Measures.Count) >= size.Measures, $"fewer than {size.Measures} labelled measures");
        Assert.Contains(_items, i => i.Topics.Contains("summits"));
        Assert.Contains(_items, i => i.Measures.Any(m => m.Target == "*"));
    }
}

/// <summary>Holdout 11 (docs/holdout-11-notes.md), written in session 8.</summary>
public sealed class Holdout11ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout11Path, new HoldoutSize(90, 50, 12, 10, 100));

/// <summary>Holdout 12 (docs/holdout-12-notes.md), written in session 9.</summary>
public sealed class Holdout12ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout12Path, new HoldoutSize(100, 55, 15, 12, 110));

/// <summary>Holdout 13 (docs/holdout-13-notes.md), written in session 10; 7 of its rates are written in words or with a
/// fraction sign (the notes list them, not here, where signal helpers read).</summary>
public sealed class Holdout13ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout13Path, new HoldoutSize(140, 65, 17, 20, 200), ratesInWords: 7);

/// <summary>Holdout 14 (docs/holdout-14-notes.md), written in session 11.</summary>
public sealed class Holdout14ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout14Path, new HoldoutSize(140, 70, 18, 25, 200));

/// <summary>Holdout 15 (docs/holdout-15-notes.md), written in session 12; 4 of its rates are written in words.</summary>
public sealed class Holdout15ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout15Path, new HoldoutSize(150, 75, 20, 40, 200), ratesInWords: 4);

/// <summary>Holdout 16 (docs/holdout-16-notes.md), written in session 13; 3 of its rates are written in words.</summary>
public sealed class Holdout16ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout16Path, new HoldoutSize(160, 75, 20, 40, 200), ratesInWords: 3);

/// <summary>Holdout 17 (docs/holdout-17-notes.md), written in session 14; 1 of its rates has a decimal comma ("61,7 %").</summary>
public sealed class Holdout17ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout17Path, new HoldoutSize(160, 75, 20, 40, 200), ratesInWords: 1);

/// <summary>Every dev set declares each item's outlet country (`source_country`, null or a party) right after its `source`,
/// as data/outlet_country.py's policy gives it from the outlet's name alone (`outlet_country.py --check` checks the values).</summary>
public class DevSetSourceCountryTests
{
    [Fact]
    public void Every_dev_item_declares_its_outlet_s_country_after_its_source()
    {
        foreach (var (name, path) in LabelledSet.DevSets)
            foreach (var (line, n) in File.ReadLines(path).Where(l => l.Trim().Length > 0).Select((l, i) => (l, i + 1)))
            {
                using var doc = JsonDocument.Parse(line);
                var fields = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
                var at = fields.IndexOf("source_country");
                Assert.True(at > 0 && fields[at - 1] == "source", $"{name} line {n}: no `source_country` right after `source`");
                var country = doc.RootElement.GetProperty("source_country");
                Assert.True(country.ValueKind == JsonValueKind.Null || (country.ValueKind == JsonValueKind.String && Regex.IsMatch(country.GetString()!, "^[A-Z]{2}$")),
                    $"{name} line {n}: `source_country` is neither null nor a party");
            }
    }
}

/// <summary>Holdout 18 (docs/holdout-18-notes.md), written in session 15; none of its rates is written in words.</summary>
public sealed class Holdout18ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout18Path, new HoldoutSize(160, 75, 20, 40, 200), ratesInWords: 0);

/// <summary>Holdout 19 (docs/holdout-19-notes.md), written in session 16; none of its rates is written in words.</summary>
public sealed class Holdout19ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout19Path, new HoldoutSize(160, 75, 20, 40, 200), ratesInWords: 0);

/// <summary>Holdout 20 (docs/holdout-20-notes.md), written in session 17; none of its rates is written in words.</summary>
public sealed class Holdout20ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout20Path, new HoldoutSize(160, 75, 20, 40, 200), ratesInWords: 0);

/// <summary>Holdout 21 (docs/holdout-21-notes.md), written in session 18; none of its rates is written in words.</summary>
public sealed class Holdout21ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout21Path, new HoldoutSize(160, 75, 20, 40, 200), ratesInWords: 0);

/// <summary>Holdout 22 (docs/holdout-22-notes.md), written in session 19; none of its rates is written in words.</summary>
public sealed class Holdout22ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout22Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 23 (docs/holdout-23-notes.md), written in session 20; none of its rates is written in words.</summary>
public sealed class Holdout23ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout23Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 24 (docs/holdout-24-notes.md), written in session 21; none of its rates is written in words.</summary>
public sealed class Holdout24ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout24Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 25 (docs/holdout-25-notes.md), written in session 22; none of its rates is written in words.</summary>
public sealed class Holdout25ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout25Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 26 (docs/holdout-26-notes.md), written in session 23; none of its rates is written in words.</summary>
public sealed class Holdout26ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout26Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 27 (docs/holdout-27-notes.md), written in session 23; none of its rates is written in words.</summary>
public sealed class Holdout27ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout27Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 28 (docs/holdout-28-notes.md), written in session 24; none of its rates is written in words.</summary>
public sealed class Holdout28ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout28Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 29 (docs/holdout-29-notes.md), written in session 25; none of its rates is written in words.</summary>
public sealed class Holdout29ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout29Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 30 (docs/holdout-30-notes.md), written in session 26; none of its rates is written in words.</summary>
public sealed class Holdout30ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout30Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 31 (docs/holdout-31-notes.md), written in session 27; none of its rates is written in words.</summary>
public sealed class Holdout31ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout31Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 32 (docs/holdout-32-notes.md), written in session 28; none of its rates is written in words.</summary>
public sealed class Holdout32ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout32Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 33 (docs/holdout-33-notes.md), written in session 29; none of its rates is written in words.</summary>
public sealed class Holdout33ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout33Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 34 (docs/holdout-34-notes.md), written in session 30; none of its rates is written in words.</summary>
public sealed class Holdout34ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout34Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 35 (docs/holdout-35-notes.md), written in session 31; none of its rates is written in words.</summary>
public sealed class Holdout35ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout35Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 36 (docs/holdout-36-notes.md), written in session 32; none of its rates is written in words.</summary>
public sealed class Holdout36ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout36Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);

/// <summary>Holdout 37 (docs/holdout-37-notes.md), written in session 33; none of its rates is written in words.</summary>
public sealed class Holdout37ShapeTests() : HoldoutShapeTests(LabelledSet.Holdout37Path, new HoldoutSize(166, 78, 22, 45, 280), ratesInWords: 0);
