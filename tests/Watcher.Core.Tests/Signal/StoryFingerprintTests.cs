using Watcher.Core.Stories;

namespace Watcher.Core.Tests.Signal;

public class StoryFingerprintTests
{
    [Fact]
    public void Tracking_parameters_and_attributions_do_not_change_the_keys()
    {
        var a = StoryFingerprint.Of("Carney accepts Xi's invitation to visit China", "text", "https://www.bbc.com/news/x?utm_source=rss&fbclid=1");
        var b = StoryFingerprint.Of("Carney accepts Xi's invitation to visit China - BBC News", "other text", "https://bbc.com/news/x/");
        Assert.Equal(a.UrlKey, b.UrlKey);
        Assert.Equal(a.TitleKey, b.TitleKey);
        Assert.Equal(1, StoryMatcher.Score(a, b));
    }

    [Theory]
    // Counted several lanes at a time: every equal position counts once, wherever it falls (first, last, a lane's edge).
    [InlineData(new int[0])]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 127 })]
    [InlineData(new[] { 0, 7, 8, 15, 16, 63, 64, 120, 127 })]
    [InlineData(new[] { -1 })] // every position
    public void Signature_similarity_counts_each_equal_hash_once(int[] equalAt)
    {
        var a = Enumerable.Range(0, StoryFingerprint.Hashes).Select(i => (uint)i * 2_654_435_761u).ToArray();
        var b = a.Select(h => h ^ 0x8000_0001u).ToArray();
        var same = equalAt is [-1] ? Enumerable.Range(0, StoryFingerprint.Hashes).ToArray() : equalAt;
        foreach (var i in same) b[i] = a[i];

        Assert.Equal(same.Length, StoryFingerprint.SameHashes(a, b));
        Assert.Equal(same.Length, StoryFingerprint.SameHashes(b, a));
    }

    [Theory]
    // Same imposer, target and rate, different products: two measures, two stories (found by the peer farm, where
    // every such pair had merged and its second story was never alerted).
    [InlineData("The United Kingdom imposes 50% tariff on Brazilian electric vehicles", "London said on Tuesday it will apply a 50% tariff on imports of electric vehicles from Brazil, effective March 3. Exporters warned of lost contracts worth millions.",
                "The United Kingdom slaps 50% tariff on Brazilian solar panels", "London said on Monday it will apply a 50% tariff on imports of solar panels from Brazil, effective May 9. Shipping lines reported cancelled bookings.", false)]
    [InlineData("Thailand slaps 10% tariff on Chinese beef", "Bangkok said on Friday it will apply a 10% tariff on imports of beef from China, effective April 4. Farmers' unions called for compensation.",
                "Thailand confirms 10% tariff on Chinese canola oil", "Bangkok said on Wednesday it will apply a 10% tariff on imports of canola oil from China, effective June 12. Wholesalers started rationing supply.", false)]
    // A wire template shared by two different measures (another rate, another product) does not make them one story.
    [InlineData("Norway imposes 25% tariff on Indonesian plywood", "Oslo said on Friday it will apply a 25% tariff on imports of plywood from Indonesia, effective May 4. Customs officers will publish guidance on Friday. Exporters warned of lost contracts worth millions.",
                "Norway announces 35% tariff on Indonesian footwear", "Oslo said on Friday it will apply a 35% tariff on imports of footwear from Indonesia, effective May 9. Customs officers will publish guidance on Friday. Exporters warned of lost contracts worth millions.", false)]
    // The same measure worded differently stays one story ("tomato imports" / "tomatoes").
    [InlineData("US to impose 17% duty on Mexican tomatoes", "The United States will impose a 17% antidumping duty on most tomato imports from Mexico after withdrawing from a 2019 agreement, the Commerce Department said.",
                "Washington applies 17% anti-dumping duty to Mexican tomatoes", "Washington began applying a 17% anti-dumping duty on Mexican tomatoes on Monday after ending a 2019 suspension agreement.", true)]
    public void Measures_on_different_products_are_different_stories(string titleA, string textA, string titleB, string textB, bool sameStory) =>
        Assert.Equal(sameStory, StoryMatcher.Score(StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null)) >= StoryMatcher.DefaultThreshold);

    [Fact]
    public void A_copy_with_other_facts_compares_by_its_own_facts_not_the_originals_cached_ones()
    {
        var a = StoryFingerprint.Of("Canada sets 25% tariff on Chinese steel", "Ottawa said it will apply a 25% tariff on imports of steel from China.", null);
        var b = StoryFingerprint.Of("Canada sets 25% tariff on Chinese steel", "Ottawa said it will apply a 25% tariff on imports of steel from China.", null);
        Assert.Equal(1, a.TitleSimilarity(b)); // builds a's and b's headline sets
        var changed = a with { Facts = ["m:CA>CN:99#aluminium"], TitleWords = ["unrelated", "headline", "words", "here"] };
        Assert.Equal(["m:CA>CN:99#aluminium"], changed.Facts);
        Assert.Equal(0, changed.TitleSimilarity(b)); // not the 1.0 a cache built from a's headline would give
    }

    [Fact]
    public void Signature_round_trips_through_base64_and_bad_input_is_refused()
    {
        var fp = StoryFingerprint.Of("t", "China imposes a 76% levy on canola seed", null);
        Assert.Equal(fp.Signature, StoryFingerprint.ParseSignature(fp.SignatureBase64()));
        Assert.Throws<FormatException>(() => StoryFingerprint.ParseSignature(Convert.ToBase64String(new byte[7])));
    }

    [Fact]
    public void Keys_are_bands_then_title_then_url_then_headline_bands_then_facts_then_home_words_then_headline_word_pairs()
    {
        var fingerprint = StoryFingerprint.Of("Canada and China agree to talks on canola", "Canada imposed a 100% tariff on Chinese EVs.", "https://x.example/a");
        var keys = fingerprint.Keys().ToList();
        // salient headline words: @CA, @CN, agree, canola ("talks" is a meeting word): six pairs
        Assert.Equal(["@CA", "@CN", "agree", "canola"], fingerprint.SalientTitleWords);
        // the lede's measure gives the item a home (Canada): its two salient words that are no party are home keys
        // and the headline names two countries' talks: one bilateral key ("v-", session 25) before the home keys
        Assert.Equal(StoryFingerprint.Bands + 2 + StoryFingerprint.TitleBands + 1 + 1 + 2 + 6, keys.Count);
        Assert.Single(keys, k => k.StartsWith("v-", StringComparison.Ordinal));
        Assert.StartsWith("b00-", keys[0]);
        Assert.StartsWith("t-", keys[StoryFingerprint.Bands]);
        Assert.StartsWith("u-", keys[StoryFingerprint.Bands + 1]);
        Assert.StartsWith("h0-", keys[StoryFingerprint.Bands + 2]);
        Assert.StartsWith("f-", keys[StoryFingerprint.Bands + 2 + StoryFingerprint.TitleBands]);
        Assert.All(keys[^8..^6], k => Assert.StartsWith("w-", k));
        Assert.All(keys[^6..], k => Assert.StartsWith("p-", k));
        // a headline of fewer than three content words gets no headline bands; no facts, no fact keys; one salient word, no pair
        Assert.Equal(StoryFingerprint.Bands, StoryFingerprint.Of("Tariffs", "body", null).Keys().Count());
        // numbers are not salient (a rate is in the fact keys)
        Assert.Equal(["@CA", "@CN", "canola"], StoryFingerprint.Of("China slaps 76% tariff on Canadian canola", null, null).SalientTitleWords);
        // at most six salient words: fifteen pairs
        Assert.Equal(15, StoryFingerprint.Of("Peru Chile Bolivia Ecuador Colombia Paraguay Uruguay copper lithium tin", null, null).Keys().Count(k => k.StartsWith("p-", StringComparison.Ordinal)));
    }

    [Theory]
    // The vocabulary lists are compared folded, as headline words are: "trade", "surcharge", "measures", "state" (folding
    // to "trad", "surcharg", "measur", "stat") are trade or meeting vocabulary, not what the story is about. Before, they
    // were salient: every "trade" headline paired "trad" with its parties in the index.
    [InlineData("Canada and Mexico resume trade talks in Ottawa", "@CA @MX resum")]
    [InlineData("Peru imposes surcharge on Bolivian sugar", "@BO @PE sugar")]
    [InlineData("Vietnam announces new measures on Thai rice", "@TH @VN rice")]
    [InlineData("Prabowo arrives in Hanoi for state visit", "@ID @VN")]
    public void Vocabulary_words_are_compared_folded_and_are_not_salient(string title, string salient)
    {
        Assert.Equal(salient, string.Join(" ", StoryFingerprint.Of(title, null, null).SalientTitleWords));
    }

    [Theory]
    [InlineData("Peru imposes surcharge on Bolivian sugar", true, false)]
    [InlineData("Canada and Mexico resume trade talks in Ottawa", true, false)]
    [InlineData("Prabowo begins state visit to Vietnam", false, true)]
    public void Trade_and_meeting_headlines_are_told_by_their_folded_words(string title, bool trade, bool meeting)
    {
        var fingerprint = StoryFingerprint.Of(title, null, null);
        Assert.Equal(trade, fingerprint.IsTradeHeadline);
        Assert.Equal(meeting, fingerprint.IsMeetingHeadline);
    }

    [Theory]
    // names of one country fold to its id, plurals fold, stop words go
    [InlineData("Beijing slaps duties on Canadian canola", "@CN slap duty @CA canola")]
    [InlineData("Chinese tariffs and China's taxes", "@CN tariff tax")]
    [InlineData("Xi meets Trump in Busan", "@CN meet @US busan")]
    [InlineData("Ottawa imposed, imposes and is imposing duties; Lima slapped them", "@CA impos duty @PE slap them")]
    public void Headline_words_are_normalised_so_rewrites_agree(string title, string words) =>
        Assert.Equal(words, string.Join(' ', StoryFingerprint.Of(title, "", null).TitleWords));

    [Theory]
    // same words, same countries: one story; the shorter item's countries must all appear in the longer one
    [InlineData("Indonesia slaps 24.5% anti-dumping duty on Chinese nylon film", "", "Indonesia imposes anti-dumping duties on nylon film from China and Thailand",
        "Indonesia will impose anti-dumping duties of 24.5% on nylon film imported from China for five years, the ministry said. Imports from Thailand face 12.1%.", true)]
    [InlineData("US raises tariffs on Canadian steel to 50%", "", "US raises tariffs on Mexican steel to 50%",
        "The United States raised its tariff on Mexican steel to 50% on Monday, the White House said.", false)]
    [InlineData("Indonesia slaps 24.5% anti-dumping duty on Chinese nylon film", "", "Asia's steel walls go up as Chinese exports hit record",
        "Vietnam has imposed anti-dumping duties of up to 27.83% on hot-rolled coil from China, and Malaysia opened its own investigation into Chinese film and steel.", false)]
    // a forum in the headline is where the story happened, not a party to it
    [InlineData("Trump and Xi meet on APEC sidelines in Busan", "", "Trump and Xi meet in Busan, agree to ease trade war",
        "US President Donald Trump and Chinese President Xi Jinping met in Busan on Thursday and agreed to ease the trade war, cutting fentanyl tariffs.", true)]
    // an analysis shares few words with the wire copy, but its headline shares some and its opening states the same measure
    [InlineData("What Tokyo's sugar move means for Thai millers", "Analysis. For years Thai millers counted on buyers in Osaka. Tokyo has now tripled its duty on Thai sugar to 45%, which exporters call a betrayal.",
        "Japan triples duty on Thai sugar to 45%", "TOKYO (Reuters) - Japan will triple its import duty on raw sugar from Thailand to 45%, the finance ministry said on Monday, citing a surge in shipments.", true)]
    [InlineData("What Tokyo's sugar move means for Thai millers", "Analysis. For years Thai millers counted on buyers in Osaka. Tokyo has now tripled its duty on Thai sugar to 45%, which exporters call a betrayal.",
        "Japan sets 45% duty on Thai rice", "TOKYO (Reuters) - Japan will impose a 45% import duty on rice from Thailand, the finance ministry said on Monday, citing a surge in shipments.", false)]
    // two full articles: a release that says "the government" where the wire says "Peru" is still Peru's story
    [InlineData("Peru imposes 20% safeguard duty on imported tiles", "Peru has imposed a provisional safeguard duty of 20% on ceramic tiles for 200 days, the trade ministry in Lima said on Monday, to curb a surge of cheap imports mainly from Brazil and Mexico. Local tile makers had asked for the measure.",
        "Govt slaps 20% safeguard duty on tiles to check Brazilian imports", "The government on Monday notified a 20% provisional safeguard duty on ceramic tiles for 200 days, aiming to check a surge of cheap imports, mostly from Brazil and Mexico. Tile makers welcomed the move, while builders warned of higher costs.", true)]
    public void Headlines_join_their_story_by_shared_words_unless_the_countries_differ(string titleA, string textA, string titleB, string textB, bool same) =>
        Assert.Equal(same, StoryMatcher.Score(StoryFingerprint.Of(titleA, textA, null), StoryFingerprint.Of(titleB, textB, null)) >= StoryMatcher.DefaultThreshold);

    [Theory]
    [InlineData("m:US>CA:35@2025-08", "m:US>CA:35@2025-08", true)]
    [InlineData("m:US>CA:35@2025-08", "m:US>CA:35", true)]
    [InlineData("m:US>CA:35@2025-08", "m:US>CA:35@2024-03", false)]
    [InlineData("m:US>CA:35", "m:US>CA:25", false)]
    [InlineData("m:EU>*:25#ferroalloy", "m:EU>*:25#ferrosilicon,manganese alloy", true)]
    [InlineData("m:GB>BR:50#electric vehicle", "m:GB>BR:50#solar panel", false)]
    // one measure stated a little differently: a rounded rate ("up to 38 percent" for 38.02%) ...
    [InlineData("m:KR>CN:38.02#hot-rolled steel plate", "m:KR>CN:38#thick steel plate", true)]
    [InlineData("m:NO>VN:12#plywood", "m:NO>VN:11.6#plywood panel", true)]
    // ... but not two rates that differ, nor a rounded rate on another product
    [InlineData("m:KR>CN:38.6#steel plate", "m:KR>CN:38#steel plate", false)]
    [InlineData("m:KR>CN:38.02#steel plate", "m:KR>CN:38.4#steel plate", false)]
    [InlineData("m:KR>CN:38.02#steel plate", "m:KR>CN:38#tyre", false)]
    // every origin, told from one exporter's side, is the same measure on the same named product ...
    [InlineData("m:IN>*:30#yellow pea", "m:IN>CA:30#yellow pea", true)]
    [InlineData("m:PE>BR:20#ceramic tile", "m:PE>*:20#tile", true)]
    // ... not when a product is missing or generic, not for two named targets, not for another imposer
    [InlineData("m:IN>*:30#good", "m:IN>CA:30#good", false)]
    [InlineData("m:IN>*:30", "m:IN>CA:30#yellow pea", false)]
    [InlineData("m:IN>AU:30#yellow pea", "m:IN>CA:30#yellow pea", false)]
    [InlineData("m:IN>*:30#yellow pea", "m:PK>CA:30#yellow pea", false)]
    // a head noun's class: light vehicles and cars are automobiles; auto parts, trucks and car batteries are not
    [InlineData("m:MX>CN:50#light vehicle", "m:MX>CN:50#automobile", true)]
    [InlineData("m:MX>CN:50#car", "m:MX>CN:50#electric vehicle", true)]
    [InlineData("m:MX>CN:50#auto part", "m:MX>CN:50#electric vehicle", false)]
    [InlineData("m:MX>CN:50#heavy truck", "m:MX>CN:50#automobile", false)]
    [InlineData("m:MX>CN:50#car battery", "m:MX>CN:50#automobile", false)]
    // a meeting named with one more participant by one outlet is the same meeting; another pair, or one leader alone, is not
    [InlineData("e:Antonio Costa|Ursula von der Leyen|Xi Jinping", "e:Ursula von der Leyen|Xi Jinping", true)]
    [InlineData("e:Narendra Modi|Vladimir Putin", "e:Narendra Modi|Xi Jinping", false)]
    [InlineData("e:Xi Jinping", "e:Donald Trump|Xi Jinping", false)]
    public void Facts_agree_unless_they_differ(string a, string b, bool agree) =>
        Assert.Equal(agree, StoryFingerprint.FactsAgree(a, b));

    [Theory]
    // the index key of a measure is its imposer and whole rate: copies that agree (above) share it
    [InlineData("m:KR>CN:38.02#hot-rolled steel plate@2026-10", "m:KR:38")]
    [InlineData("m:IN>CA:30#yellow pea", "m:IN:30")]
    [InlineData("m:IN>*:30", "m:IN:30")]
    [InlineData("m:CN>EU:34.5#brandy", "m:CN:35")]
    [InlineData("e:Narendra Modi|Vladimir Putin", "e:Narendra Modi|Vladimir Putin")]
    public void Fact_index_keys_meet_where_facts_may_agree(string fact, string key) =>
        Assert.Equal(key, StoryFingerprint.FactIndexKey(fact));

    [Fact]
    public async Task Index_returns_only_stories_sharing_a_key()
    {
        var index = new InMemoryStoryIndex();
        var matcher = new StoryMatcher(index);
        var canola = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed", "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, the commerce ministry said.", null);
        await matcher.AddAsync("s-canola", canola);
        var copy = StoryFingerprint.Of("Beijing hits canola with 76% duty", "Beijing will put a 76% levy on Canadian canola seed imports and 100% on canola oil, meal and peas, China's commerce ministry said on Saturday.", null);
        var other = StoryFingerprint.Of("Oilers edge Flames in overtime", "Edmonton scored 42 seconds into overtime to beat Calgary 4-3.", null);
        Assert.Equal("s-canola", await matcher.FindAsync(copy));
        Assert.Null(await matcher.FindAsync(other));
    }
}
