using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

/// <summary>
/// A look-alike grid of measures on every origin: one imposer's safeguards, quotas, budget tariff changes and customs
/// schedules, which share the imposer, "all origins" wording and rate-like figures with each other but are different
/// stories (other goods, another year, another chapter, a proposal and the decision weeks later, two ministers' meetings
/// in one city), and copies of one such story told in very different words. Written for session 10 with parties, goods
/// and outlets of their own; the grid is clustered as a set (as the poller does) and held at a floor, and every row is
/// also asked alone.
/// </summary>
public class StoryEveryOriginGridTests
{
    /// <summary>Different stories that look alike: (kind, title A, text A, title B, text B).</summary>
    public static TheoryData<string, string, string, string, string> Distinct => new()
    {
        {
            "one imposer's safeguards on two goods",
            "Turkey imposes safeguard duty on steel imports from all origins",
            "ANKARA (Reuters) - Turkey will impose a safeguard duty of 15% on imports of flat steel from all countries for three years, the trade ministry said in the Official Gazette on Tuesday. Imports above a quota of 1.25 million tonnes a year will pay the duty, which falls to 12.5% in the third year.",
            "Turkey imposes safeguard duty on ceramic tile imports from all origins",
            "ANKARA (Reuters) - Turkey will impose a safeguard duty of 15% on imports of ceramic tiles from all countries for three years, the trade ministry said in the Official Gazette on Friday. Imports above a quota of 1.25 million square metres a year will pay the duty, which falls to 12.5% in the third year."
        },
        {
            "one imposer's safeguards on two goods, release style",
            "Safeguard measures on imports of aluminium foil",
            "The Ministry of Commerce announces that a safeguard measure in the form of an additional duty of 18.5% will apply to imports of aluminium foil, irrespective of origin, from 1 March 2027 for a period of 200 days. Developing countries with a share below 3% are exempt.",
            "Safeguard measures on imports of float glass",
            "The Ministry of Commerce announces that a safeguard measure in the form of an additional duty of 18.5% will apply to imports of float glass, irrespective of origin, from 1 March 2027 for a period of 200 days. Developing countries with a share below 3% are exempt."
        },
        {
            "this year's budget tariff changes and last year's",
            "Budget 2027: customs duty cut on lithium cells, raised on imported toys",
            "NEW DELHI (PTI) - Finance Minister announced in the Union Budget 2027 on Saturday that basic customs duty on lithium-ion cells will be cut to 5% from 10%, while duty on imported toys rises to 70%. The changes apply to imports from all countries from February 2.",
            "Budget 2026: customs duty cut on mobile phone parts, raised on imported bicycles",
            "NEW DELHI (PTI) - Finance Minister announced in the Union Budget 2026 on Saturday that basic customs duty on mobile phone parts will be cut to 5% from 10%, while duty on imported bicycles rises to 35%. The changes apply to imports from all countries from February 2."
        },
        {
            "a quota on rice and a quota on sugar",
            "Philippines sets tariff-rate quota for rice imports at 350,000 tonnes",
            "MANILA (Reuters) - The Philippines will allow 350,000 tonnes of rice imports at a 15% in-quota tariff in 2027, with shipments above the quota paying 35%, the agriculture department said on Monday. The quota applies to all origins.",
            "Philippines sets tariff-rate quota for sugar imports at 350,000 tonnes",
            "MANILA (Reuters) - The Philippines will allow 350,000 tonnes of sugar imports at a 15% in-quota tariff in 2027, with shipments above the quota paying 35%, the Sugar Regulatory Administration said on Thursday. The quota applies to all origins."
        },
        {
            "a commission's proposal and the council's decision weeks later",
            "Commission proposes safeguard on ferroalloy imports",
            "BRUSSELS (Reuters) - The European Commission proposed on Tuesday a safeguard on imports of ferroalloys from all countries, with a tariff quota of 1.1 million tonnes and a 25% duty above it, to protect European smelters. Member states must approve the proposal.",
            "EU governments approve ferroalloy safeguard",
            "BRUSSELS (Reuters) - European Union governments approved on Monday a safeguard on imports of ferroalloys from all countries, with a tariff quota of 1.1 million tonnes and a 25% duty above it, six weeks after the Commission proposed it. The measure enters into force on Friday."
        },
        {
            "one summit series in two years, the year in the headline",
            "Pacific Islands Forum 2026: leaders meet in Honiara",
            "HONIARA (AP) - Leaders of the Pacific Islands Forum opened their annual meeting in Honiara on Monday, with climate finance and fisheries access at the top of the agenda. Australia and New Zealand sent their prime ministers.",
            "Pacific Islands Forum 2027: leaders meet in Nuku'alofa",
            "NUKU'ALOFA (AP) - Leaders of the Pacific Islands Forum opened their annual meeting in Nuku'alofa on Monday, with climate finance and fisheries access at the top of the agenda. Australia and New Zealand sent their prime ministers."
        },
        {
            "two ministers' meetings in one city",
            "Japan, Australia trade ministers meet in Tokyo on critical minerals",
            "TOKYO (Kyodo) - Japan's trade minister met his Australian counterpart in Tokyo on Tuesday to discuss supply of critical minerals and the tariffs both countries face in the United States, ministry officials said.",
            "Japan, Australia foreign ministers meet in Tokyo on security",
            "TOKYO (Kyodo) - Japan's foreign minister met her Australian counterpart in Tokyo on Thursday to discuss maritime security and the tariffs both countries face in the United States, ministry officials said."
        },
        {
            "a customs schedule update for two chapters",
            "Customs tariff schedule amended for chapter 72 iron and steel",
            "The Federal Customs Service has amended the customs tariff schedule for chapter 72 (iron and steel), setting the duty on hot-rolled coil at 7.5% for imports from all countries from 1 January 2027. The amendment was published in notice 2026/114.",
            "Customs tariff schedule amended for chapter 39 plastics",
            "The Federal Customs Service has amended the customs tariff schedule for chapter 39 (plastics), setting the duty on polyethylene at 7.5% for imports from all countries from 1 January 2027. The amendment was published in notice 2026/118."
        },
        {
            "one imposer's safeguard extended on two goods, wire and release",
            "South Africa extends safeguard duty on imported frozen chicken",
            "JOHANNESBURG (Reuters) - South Africa will extend its safeguard duty of 35.3% on frozen chicken imports from all countries by two years, the International Trade Administration Commission said on Wednesday.",
            "ITAC extends safeguard on imported wire rod",
            "The International Trade Administration Commission has extended the safeguard duty of 35.3% on imports of steel wire rod from all sources by two years, following an application by domestic producers."
        },
        {
            "one imposer's every-origin rate on two goods, one figure in common",
            "Kenya sets 35% duty on imported edible oil",
            "NAIROBI (Reuters) - Kenya's treasury set a 35% duty on imported edible oil from all origins on Thursday, part of the Finance Act 2027 which raises KES 12.6 billion in new revenue.",
            "Kenya sets 35% duty on imported paper",
            "NAIROBI (Reuters) - Kenya's treasury set a 35% duty on imported paper and paperboard from all origins on Friday, part of the Finance Act 2027 which raises KES 12.6 billion in new revenue."
        },
    };

    /// <summary>Look-alikes the clusterer still merges (counted by the grid's floor): one forum's annual meeting in two years
    /// told from one template, no year or edition in either headline. The index looks back a week, so the two never meet in
    /// a poll; a labelled set without dates puts them side by side.</summary>
    public static TheoryData<string, string, string, string, string> KnownMerged => new()
    {
        {
            "one summit series in two years",
            "Pacific Islands Forum leaders meet in Honiara",
            "HONIARA (AP) - Leaders of the Pacific Islands Forum opened their annual meeting in Honiara on Monday, with climate finance and fisheries access at the top of the agenda. Australia and New Zealand sent their prime ministers.",
            "Pacific Islands Forum leaders meet in Nuku'alofa",
            "NUKU'ALOFA (AP) - Leaders of the Pacific Islands Forum opened their annual meeting in Nuku'alofa on Monday, with climate finance and fisheries access at the top of the agenda. Australia and New Zealand sent their prime ministers."
        },
    };

    /// <summary>One story told in very different words: (kind, title A, text A, title B, text B).</summary>
    public static TheoryData<string, string, string, string, string> Same => new()
    {
        {
            "a safeguard told by the gazette notice and by the wire",
            "Turkey imposes safeguard duty on steel imports from all origins",
            "ANKARA (Reuters) - Turkey will impose a safeguard duty of 15% on imports of flat steel from all countries for three years, the trade ministry said in the Official Gazette on Tuesday. Imports above a quota of 1.25 million tonnes a year will pay the duty, which falls to 12.5% in the third year.",
            "Official Gazette: safeguard measure on flat steel",
            "Decision No. 2027/3 of the Ministry of Trade sets a safeguard measure on flat steel products: an additional duty of 15% on quantities above 1.25 million tonnes a year, decreasing to 12.5% in the third year, regardless of country of origin."
        },
        {
            "a quota told by the regulator and by a trade paper",
            "Philippines sets tariff-rate quota for sugar imports at 350,000 tonnes",
            "MANILA (Reuters) - The Philippines will allow 350,000 tonnes of sugar imports at a 15% in-quota tariff in 2027, with shipments above the quota paying 35%, the Sugar Regulatory Administration said on Thursday. The quota applies to all origins.",
            "Sugar importers get 350,000-tonne window at lower tariff",
            "Refiners and industrial users will be able to bring in up to 350,000 tonnes of sugar at 15 per cent next year under an order from the Sugar Regulatory Administration, with anything beyond that paying 35 per cent. Planters' groups in Negros said the volume was too high."
        },
        {
            "a budget's duty changes told by the ministry and by an analyst",
            "Budget 2027: customs duty cut on lithium cells, raised on imported toys",
            "NEW DELHI (PTI) - Finance Minister announced in the Union Budget 2027 on Saturday that basic customs duty on lithium-ion cells will be cut to 5% from 10%, while duty on imported toys rises to 70%. The changes apply to imports from all countries from February 2.",
            "What the budget means for EV makers and toy importers",
            "Battery makers got what they asked for: the lithium-ion cell duty drops to 5 per cent from 10 per cent. Toy importers were less lucky, with the duty going up to 70 per cent from February 2, a move the finance ministry says will help domestic manufacturing."
        },
    };

    [Theory]
    [MemberData(nameof(Distinct))]
    public void Look_alikes_stay_apart(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(false, titleA, textA, titleB, textB);
    }

    [Theory]
    [MemberData(nameof(Same))]
    public void One_story_in_other_words_joins(string kind, string titleA, string textA, string titleB, string textB)
    {
        Assert.NotEmpty(kind);
        StoryPair.AssertSame(true, titleA, textA, titleB, textB);
    }

    /// <summary>Pairwise precision and recall of the whole grid clustered in order, as the poller would: no false pair, and
    /// at least the recall measured when the grid was written.</summary>
    [Fact]
    public async Task The_grid_clusters_at_its_floor()
    {
        // one item per (headline, text); an item's story is its text (a row may reuse another row's item with its own
        // headline: the same report), joined with the items the Same rows pair it with
        var items = new List<(string Id, string Cluster, string Title, string Text)>();
        var story = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string text) => story.TryGetValue(text, out var up) && up != text ? Root(up) : text;
        void Add(string title, string text)
        {
            if (!story.ContainsKey(text)) story[text] = text;
            if (!items.Any(i => i.Title == title && i.Text == text)) items.Add(($"i{items.Count}", "", title, text));
        }
        foreach (var row in Distinct.Concat(KnownMerged).Concat(Same))
        {
            Add((string)row[1], (string)row[2]);
            Add((string)row[3], (string)row[4]);
        }
        foreach (var row in Same) story[Root((string)row[4])] = Root((string)row[2]);
        items = [.. items.Select(i => i with { Cluster = Root(i.Text) })];
        var matcher = new StoryMatcher(new InMemoryStoryIndex());
        var found = new Dictionary<string, string>();
        foreach (var (id, _, title, text) in items)
        {
            var fp = StoryFingerprint.Of(title, text, null);
            var match = await matcher.FindAsync(fp);
            found[id] = match ?? id;
            if (match is null) await matcher.AddAsync(id, fp);
            else await matcher.AddCopyAsync(match, fp);
        }
        int tp = 0, fp2 = 0, fn = 0;
        var errors = new List<string>();
        for (var i = 0; i < items.Count; i++)
            for (var j = i + 1; j < items.Count; j++)
            {
                var (want, got) = (items[i].Cluster == items[j].Cluster, found[items[i].Id] == found[items[j].Id]);
                if (want && got) tp++;
                else if (got) { fp2++; errors.Add($"merged {items[i].Title} + {items[j].Title}"); }
                else if (want) { fn++; errors.Add($"split {items[i].Title} / {items[j].Title}"); }
            }
        var precision = tp + fp2 == 0 ? 1 : (double)tp / (tp + fp2);
        var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        Assert.True(precision >= PrecisionFloor, $"precision {precision:F3}: {string.Join("; ", errors)}");
        Assert.True(recall >= RecallFloor, $"recall {recall:F3}: {string.Join("; ", errors)}");
    }

    private const double PrecisionFloor = 1.0, RecallFloor = 1.0;
}
