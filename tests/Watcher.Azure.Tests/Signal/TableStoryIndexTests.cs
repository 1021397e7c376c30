using Azure.Data.Tables;
using Watcher.Azure.Tables;
using Watcher.Core.Stories;

namespace Watcher.Azure.Tests.Signal;

/// <summary>The story index in Azurite Table Storage: one row per story in its day's partition, mirrored in memory per host.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStoryIndexTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await azurite.ResetAsync();
        await new TableStorageInitializer(azurite.Tables).EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_rewritten_copy_finds_the_story_and_an_unrelated_item_does_not()
    {
        var index = new TableStoryIndex(azurite.Tables);
        var matcher = new StoryMatcher(index);
        var original = StoryFingerprint.Of("China imposes 76% levy on Canadian canola seed",
            "China will impose a 76% levy on imports of Canadian canola seed and a 100% levy on canola oil, meal and peas, the commerce ministry said. Canola exports to China were worth C$4.95 billion last year.",
            "https://wire.example/canola?utm_source=rss");
        await matcher.AddAsync("s-canola/1", original); // '/' is not allowed in keys: stored escaped, read back intact

        var copy = StoryFingerprint.Of("Beijing hits canola with 76% duty",
            "Beijing will put a 76% levy on Canadian canola seed imports and 100% on canola oil, meal and peas, China's commerce ministry said on Saturday.", null);
        var other = StoryFingerprint.Of("Oilers edge Flames in overtime", "Edmonton scored 42 seconds into overtime to beat Calgary 4-3.", null);
        var sameUrl = StoryFingerprint.Of("Completely different headline here", "Nothing alike.", "https://wire.example/canola");

        Assert.Equal("s-canola/1", await matcher.FindAsync(copy));
        Assert.Null(await matcher.FindAsync(other));
        Assert.Equal("s-canola/1", await matcher.FindAsync(sameUrl));

        var candidate = Assert.Single(await index.CandidatesAsync(copy));
        Assert.Equal(original.Signature, candidate.Fingerprint.Signature);
        Assert.Equal(original.Facts, candidate.Fingerprint.Facts);
        Assert.Equal(original.TitleWords, candidate.Fingerprint.TitleWords);
        Assert.Equal(["CA", "CN"], candidate.Fingerprint.Entities);
        Assert.Equal(original.WordCount, candidate.Fingerprint.WordCount);
        Assert.Equal(["4.95"], candidate.Fingerprint.Figures); // a distinctive figure, kept for the lookup that reads the row
        Assert.Equal(["76", "100"], candidate.Fingerprint.Rates); // the lede's rates, kept for the lookup that reads the row

        // a headline alone, worded differently, finds its article through the headline bands
        Assert.Equal("s-canola/1", await matcher.FindAsync(StoryFingerprint.Of("China slaps 76% levy on Canadian canola seed", "", null)));

        var row = Assert.Single(azurite.Tables.GetTableClient(TableNames.StoryIndex).Query<TableEntity>());
        Assert.Equal("d-" + DateTime.UtcNow.ToString("yyyyMMdd"), row.PartitionKey);
        Assert.Matches(@"^\d{19}\|s-canola%2F1$", row.RowKey); // time-ordered: what is new since a read is a key range

        // Another host (a new process) loads the window and finds the story without this host's memory.
        Assert.Equal("s-canola/1", await new StoryMatcher(new TableStoryIndex(azurite.Tables)).FindAsync(copy));
        Assert.False(Assert.Single(await index.CandidatesAsync(copy)).Fingerprint.IsLiveHeadline);
    }

    [Fact]
    public async Task A_live_blogs_headline_is_kept_in_its_row()
    {
        // read from the raw headline when the fingerprint is made, so the row must carry it (its words do not)
        var live = StoryFingerprint.Of("Live: Stocks, bonds and the dollar — Friday's market moves",
            "2:40 p.m. ET — Canola crushers slip after China confirmed a 76% levy on Canadian canola seed.", null);
        Assert.True(live.IsLiveHeadline);
        await new StoryMatcher(new TableStoryIndex(azurite.Tables)).AddAsync("s-live", live);
        var read = Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(live));
        Assert.True(read.Fingerprint.IsLiveHeadline);
    }

    [Fact]
    public async Task The_body_a_lede_has_act_is_kept_in_the_row()
    {
        // read from the raw text when the fingerprint is made (its words do not say who acts), so the row must carry it
        var stage = StoryFingerprint.Of("Steelmakers brace for 50% tariff above quota",
            "Steelmakers expect losses after the European Parliament approved on Tuesday a 50% tariff on steel above quota.", null);
        Assert.Equal(StoryFingerprint.Body.Legislature, stage.LedeBody);
        await new StoryMatcher(new TableStoryIndex(azurite.Tables)).AddAsync("s-stage", stage);
        var read = Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(stage)).Fingerprint;
        Assert.Equal(StoryFingerprint.Body.Legislature, read.LedeBody);
    }

    [Fact]
    public async Task The_edition_a_lede_names_is_kept_in_the_row()
    {
        // read from the raw lede when the fingerprint is made (its words are not kept), so the row must carry it
        var summit = StoryFingerprint.Of("EU-China summit in Brussels ends without breakthrough",
            "The 26th EU-China summit ended in Brussels on Tuesday without agreement on electric vehicles.", null);
        Assert.Equal("26th", summit.LedeEdition);
        await new StoryMatcher(new TableStoryIndex(azurite.Tables)).AddAsync("s-edition", summit);
        var read = Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(summit)).Fingerprint;
        Assert.Equal("26th", read.LedeEdition);
        var next = StoryFingerprint.Of("27th China-EU summit held in Beijing", null, null);
        Assert.True(read.HeadlinesNameOtherOccasion(next));
    }

    [Fact]
    public async Task The_headline_bits_read_from_raw_text_are_kept_in_the_row()
    {
        // the leader bit, a correction and a headline's top rate are read from the raw headline and text; the row must carry them
        var item = StoryFingerprint.Of("Xi hosts South Korean president; duties of up to 95.2% on graphite electrodes",
            "The rate is 15%, correcting an earlier statement that had put it at 18%.", null);
        Assert.True(item.HeadlineNamesKnownLeader);
        Assert.True(item.StatesCorrection);
        Assert.True(item.HeadlineStatesTopRate);
        await new StoryMatcher(new TableStoryIndex(azurite.Tables)).AddAsync("s-bits", item);
        var read = Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(item)).Fingerprint;
        Assert.True(read.HeadlineNamesKnownLeader);
        Assert.True(read.StatesCorrection);
        Assert.True(read.HeadlineStatesTopRate);

        // a row written by older code has none of the three columns: the leader bit reads unknown (countries stand for their
        // leaders as before), the other two read false
        var table = azurite.Tables.GetTableClient(TableNames.StoryIndex);
        var row = Assert.Single(table.Query<TableEntity>());
        row.Remove("Leader");
        row.Remove("Corrects");
        row.Remove("TopRate");
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        var old = Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(item)).Fingerprint;
        Assert.Null(old.HeadlineNamesKnownLeader);
        Assert.False(old.StatesCorrection);
        Assert.False(old.HeadlineStatesTopRate);
    }

    [Fact]
    public async Task The_home_countries_are_kept_in_the_row_and_an_older_row_reads_as_unknown()
    {
        // read from the outlet's country when the fingerprint is made (the row's words do not say which outlet wrote it)
        var harare = StoryFingerprint.Of("Government raises import duty on cooking oil to 35 percent",
            "The government has raised the customs duty on imported cooking oil to 35 percent from 20 percent to protect local refiners, the finance ministry said.", null, sourceCountry: "ZW");
        const string copy = "Customs duty on imported cooking oil rises to 35 per cent from 20 per cent, the finance ministry said, in a bid to protect local refiners.";
        var lilongwe = StoryFingerprint.Of("Cooking oil import duty goes up to 35%", copy, null, sourceCountry: "MW");
        var wire = StoryFingerprint.Of("Cooking oil import duty goes up to 35%", copy, null);
        Assert.Equal(["ZW"], harare.HomeCountries);
        var table = azurite.Tables.GetTableClient(TableNames.StoryIndex);
        await new StoryMatcher(new TableStoryIndex(azurite.Tables)).AddAsync("s-oil-zw", harare);
        var read = Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(lilongwe)).Fingerprint;
        Assert.Equal(["ZW"], read.HomeCountries);
        Assert.True(read.HomesDiffer(lilongwe));
        Assert.Null(await new StoryMatcher(new TableStoryIndex(azurite.Tables)).FindAsync(lilongwe)); // another country's duty
        Assert.Equal("s-oil-zw", await new StoryMatcher(new TableStoryIndex(azurite.Tables)).FindAsync(wire)); // a wire copy: no country

        // a row written by older code has neither column: its home is unknown, which never disagrees
        var row = Assert.Single(table.Query<TableEntity>());
        row.Remove("Homes");
        row.Remove("LedeParties");
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        var old = Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(lilongwe)).Fingerprint;
        Assert.Empty(old.HomeCountries);
        Assert.False(old.HomesDiffer(lilongwe));
        Assert.Equal("s-oil-zw", await new StoryMatcher(new TableStoryIndex(azurite.Tables)).FindAsync(lilongwe));
    }

    [Fact]
    public async Task A_host_sees_another_hosts_new_story_at_once_when_fresh_and_after_the_refresh_interval_otherwise()
    {
        var options = new StoryIndexOptions { Refresh = TimeSpan.FromMinutes(5) };
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var indexB = new TableStoryIndex(azurite.Tables, options, time);
        var hostA = new StoryMatcher(new TableStoryIndex(azurite.Tables, options, time));
        var hostB = new StoryMatcher(indexB);
        var story = StoryFingerprint.Of("US raises tariff on Canadian goods to 35%", "The United States will raise its tariff on Canadian goods to 35%, the White House said.", null);
        Assert.Null(await hostB.FindAsync(story)); // B loads its (empty) window

        await hostA.AddAsync("s-35", story);

        Assert.Null(await hostB.FindAsync(story));                      // B's mirror is younger than the refresh interval
        Assert.Equal("s-35", await hostB.FindAsync(story, fresh: true)); // under the creation lock B reads what A added
        var later = StoryFingerprint.Of("US tariff on Canadian goods rises to 35%", "The White House said the United States will raise its tariff on Canadian goods to 35%.", null);
        await hostA.AddAsync("s-35b", later);
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Contains(await new TableStoryIndex(azurite.Tables, options, time).CandidatesAsync(later), c => c.StoryId == "s-35b");
        Assert.Contains(await indexB.CandidatesAsync(later), c => c.StoryId == "s-35b"); // a stale mirror reads what is new
    }

    [Fact]
    public async Task A_long_running_hosts_mirror_lets_go_of_stories_from_before_the_look_back_window_as_a_new_host_has_none()
    {
        var options = new StoryIndexOptions { LookBackDays = 7 };
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));
        var index = new TableStoryIndex(azurite.Tables, options, time);
        var old = StoryFingerprint.Of("Canada imposes 25% tariff on Chinese steel", "Ottawa said on Monday it will apply a 25% tariff on steel from China.", "https://a.example/steel");
        var copy = StoryFingerprint.Of("Ottawa slaps 25% duty on steel from China", "Canada will charge a 25% tariff on Chinese steel, Ottawa said.", null);
        await index.AddAsync("s-old", old);
        await index.AddCopyAsync("s-old", copy);
        Assert.Contains(await index.CandidatesAsync(old, fresh: true), c => c.StoryId == "s-old");

        // six days on, the window (today and the six days before) still holds the second of November
        time.Advance(TimeSpan.FromDays(6));
        var later = StoryFingerprint.Of("Japan raises rice tariff to 40%", "Tokyo will raise its tariff on imported rice to 40%, the ministry said.", null);
        await index.AddAsync("s-later", later);
        Assert.Contains(await index.CandidatesAsync(old, fresh: true), c => c.StoryId == "s-old");
        Assert.NotNull(index.ListingOf("s-old"));
        Assert.Equal(3, index.Held.Entries);

        // a day more, it does not: the story and its copy leave this host's mirror and its listings, as a new host never loads them
        time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await index.CandidatesAsync(old, fresh: true));
        Assert.Empty(await index.CandidatesAsync(copy));
        Assert.Null(index.ListingOf("s-old"));
        var newHost = new TableStoryIndex(azurite.Tables, options, time);
        Assert.Empty(await newHost.CandidatesAsync(old));
        Assert.Equal(newHost.Held, index.Held);
        Assert.Equal((1, later.Keys().Distinct().Count(), 1), index.Held);
        Assert.Contains(await index.CandidatesAsync(later), c => c.StoryId == "s-later");

        // a new story still works: written, found, listed; and the old one, told again, is a story again
        var news = StoryFingerprint.Of("India cuts duty on solar panels to 10%", "New Delhi will cut its duty on imported solar panels to 10%, the finance ministry said.", null);
        await index.AddAsync("s-new", news);
        Assert.Contains(await index.CandidatesAsync(news), c => c.StoryId == "s-new");
        Assert.NotNull(index.ListingOf("s-new"));
        await index.AddAsync("s-old", old);
        Assert.Contains(await index.CandidatesAsync(old, fresh: true), c => c.StoryId == "s-old");
        Assert.Contains(await new TableStoryIndex(azurite.Tables, options, time).CandidatesAsync(news), c => c.StoryId == "s-new");
    }

    [Fact]
    public async Task A_story_whose_row_is_written_again_stays_in_the_mirror_while_its_newest_row_is_in_the_window()
    {
        var options = new StoryIndexOptions { LookBackDays = 7 };
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));
        var index = new TableStoryIndex(azurite.Tables, options, time);
        var story = StoryFingerprint.Of("EU and Japan hold summit in Brussels", "EU leaders met Japan's prime minister in Brussels on Tuesday for their annual summit.", null);
        await index.AddAsync("s-summit", story);
        await index.CandidatesAsync(story, fresh: true);

        // another host writes the story's row again three days on (its own lookup found nothing): this host reads it
        time.Advance(TimeSpan.FromDays(3));
        await new TableStoryIndex(azurite.Tables, options, time).AddAsync("s-summit", story);
        await index.CandidatesAsync(story, fresh: true);

        // a week after the first row, the second still is in the window: a new host loads it, and this host keeps the story
        time.Advance(TimeSpan.FromDays(5));
        Assert.Contains(await index.CandidatesAsync(story, fresh: true), c => c.StoryId == "s-summit");
        Assert.Contains(await new TableStoryIndex(azurite.Tables, options, time).CandidatesAsync(story), c => c.StoryId == "s-summit");
        Assert.NotNull(index.ListingOf("s-summit"));

        // once that row is out of the window too, neither has it
        time.Advance(TimeSpan.FromDays(3));
        Assert.Empty(await index.CandidatesAsync(story, fresh: true));
        Assert.Empty(await new TableStoryIndex(azurite.Tables, options, time).CandidatesAsync(story));
        Assert.Equal((0, 0, 0), index.Held);
    }

    [Fact]
    public async Task A_copy_is_stored_as_its_own_row_and_another_host_finds_the_story_through_it()
    {
        var release = StoryFingerprint.Of("Ministry of Economy sets definitive duties on Ukrainian sunflower oil",
            "Ankara, 3 March. The Ministry of Economy has imposed definitive anti-dumping duties of 18.4% on sunflower oil originating in Ukraine, following a complaint by domestic crushers. The duties apply for five years from publication in the Official Gazette.", null);
        var wire = StoryFingerprint.Of("Türkiye slaps 18.4% duty on Ukrainian sunflower oil",
            "Türkiye imposed anti-dumping duties of 18.4% on sunflower oil from Ukraine on Tuesday, the economy ministry said, siding with domestic crushers who said cheap imports had cut their margins. Ukrainian exporters said they would appeal to the WTO and warned that shipments to Mersin and Istanbul would stop.", null);
        var third = StoryFingerprint.Of("Ukrainian sunflower oil shipments to Mersin and Istanbul halt", null, null);
        var index = new TableStoryIndex(azurite.Tables);
        var matcher = new StoryMatcher(index);
        await matcher.AddAsync("s-oil/1", release);
        Assert.Null(await matcher.FindAsync(third)); // the release alone does not find the third copy
        Assert.Equal("s-oil/1", await matcher.FindAsync(wire));
        await matcher.AddCopyAsync("s-oil/1", wire);
        await matcher.AddCopyAsync("s-oil/1", wire); // kept once
        Assert.Equal("s-oil/1", await matcher.FindAsync(third));

        var rows = azurite.Tables.GetTableClient(TableNames.StoryIndex).Query<TableEntity>().OrderBy(r => r.RowKey, StringComparer.Ordinal).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("s-oil/1", r.GetString("StoryId")));
        Assert.Null(rows[0].GetString("Copy"));
        Assert.Equal(wire.CopyTag, rows[1].GetString("Copy"));
        Assert.Matches(@"^\d{19}\|s-oil%2F1\|[0-9a-f]{12}$", rows[1].RowKey);

        // another host loads the window, story and copy, and finds the story through the copy; a host that refreshes
        // reads a copy added after its first load
        var other = new TableStoryIndex(azurite.Tables);
        Assert.Equal("s-oil/1", await new StoryMatcher(other).FindAsync(third));
        var candidates = await other.CandidatesAsync(third);
        Assert.Contains(candidates, c => c.StoryId == "s-oil/1" && c.Copy && c.Fingerprint.Signature.SequenceEqual(wire.Signature));
        var blog = StoryFingerprint.Of("Live: Mersin crushers cheer as Ukrainian exporters plan WTO appeal",
            "Turkish crushers' shares rose in Istanbul after the duty on Ukrainian sunflower oil; Ukrainian exporters plan a WTO appeal and say shipments to Mersin will stop.", null);
        await index.AddCopyAsync("s-oil/1", blog);
        Assert.Contains(await other.CandidatesAsync(blog, fresh: true), c => c.StoryId == "s-oil/1" && c.Fingerprint.Signature.SequenceEqual(blog.Signature));
    }

    [Fact]
    public async Task A_story_keeps_at_most_MaxCopies_copy_rows()
    {
        var index = new TableStoryIndex(azurite.Tables);
        await index.AddAsync("s-oil", StoryFingerprint.Of("Sunflower oil duty", "Türkiye sets a duty on Ukrainian sunflower oil.", null));
        var copies = Enumerable.Range(0, InMemoryStoryIndex.MaxCopies + 2)
            .Select(i => new StoryCandidate("s-oil", StoryFingerprint.Of($"Sunflower oil duty, outlet {i}", $"Outlet {i} reports the Turkish duty on Ukrainian sunflower oil, number {i}.", null)) { Copy = true })
            .ToList();
        await index.AddManyAsync(copies[..2]);
        await index.AddManyAsync(copies[2..]);
        Assert.Equal(1 + InMemoryStoryIndex.MaxCopies, azurite.Tables.GetTableClient(TableNames.StoryIndex).Query<TableEntity>().Count());
    }

    [Fact]
    public async Task Adding_the_same_story_twice_gives_one_candidate()
    {
        var index = new TableStoryIndex(azurite.Tables);
        var fp = StoryFingerprint.Of("US raises tariff on Canadian goods to 35%", "The United States will raise its tariff on Canadian goods to 35%.", null);
        await index.AddAsync("s-1", fp);
        await index.AddAsync("s-1", fp);
        Assert.Single(await index.CandidatesAsync(fp));
        Assert.Single(await new TableStoryIndex(azurite.Tables).CandidatesAsync(fp)); // and for a host that loads both rows
    }

    [Fact]
    public async Task Under_the_creation_lock_each_host_sees_what_the_other_created_and_the_lock_is_exclusive()
    {
        var options = new StoryIndexOptions { Refresh = TimeSpan.FromHours(1) };
        var a = new TableStoryIndex(azurite.Tables, options, TimeProvider.System);
        var b = new TableStoryIndex(azurite.Tables, options, TimeProvider.System);
        var first = StoryFingerprint.Of("India cuts import duty on Australian wine to 50%", "New Delhi lowered customs duties on Australian wine to 50% under the trade agreement with Canberra.", null);
        var second = StoryFingerprint.Of("Mexico raises tariffs on Asian auto parts to 50%", "The tariff on imports of car parts from non-treaty countries rises to 50% in January, the economy ministry said.", null);
        Assert.Empty(await a.CandidatesAsync(first)); // both mirrors loaded, empty
        Assert.Empty(await b.CandidatesAsync(first));

        await using (await a.LockCreationAsync())
        {
            Assert.Empty(await a.CandidatesAsync(first, fresh: true));
            await a.AddAsync("s-wine", first);
            // B cannot take the lock while A holds it.
            var waiting = b.LockCreationAsync();
            await Task.Delay(300);
            Assert.False(waiting.IsCompleted);
            _ = waiting.ContinueWith(t => t.Result.DisposeAsync().AsTask(), TaskScheduler.Default).Unwrap();
        }
        await Task.Delay(300);

        await using (await b.LockCreationAsync())
        {
            Assert.Contains(await b.CandidatesAsync(first, fresh: true), c => c.StoryId == "s-wine"); // B's mirror was older
            await b.AddAsync("s-parts", second);
        }
        await using (await a.LockCreationAsync())
            Assert.Contains(await a.CandidatesAsync(second, fresh: true), c => c.StoryId == "s-parts"); // A was not the last holder
    }

    [Fact]
    public async Task A_release_with_a_poller_of_the_same_host_waiting_hands_the_lease_over_and_other_hosts_keep_waiting()
    {
        var requestsOfA = new RequestCounter();
        var a = new TableStoryIndex(requestsOfA.Tables(azurite.ConnectionString));
        var b = new TableStoryIndex(azurite.Tables);
        var firstHold = await a.LockCreationAsync();
        var secondOfA = a.LockCreationAsync();
        await Task.Delay(100);
        var hostB = b.LockCreationAsync();
        await Task.Delay(300);
        Assert.False(secondOfA.IsCompleted);
        Assert.False(hostB.IsCompleted);

        requestsOfA.Reset();
        await firstHold.DisposeAsync();
        var secondHold = await secondOfA.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(requestsOfA.Methods); // handed over in memory: not given back to storage and taken again
        await Task.Delay(300);
        Assert.False(hostB.IsCompleted);
        var row = (await azurite.Tables.GetTableClient(TableNames.StoryIndex).GetEntityAsync<global::Azure.Data.Tables.TableEntity>("lock", "create")).Value;
        Assert.False(string.IsNullOrEmpty(row.GetString("Owner"))); // still held in storage across the hand-over

        await secondHold.DisposeAsync(); // nobody of A waits: back to storage, and B gets it
        await using (await hostB.WaitAsync(TimeSpan.FromSeconds(10))) { }
    }

    [Fact]
    public async Task A_polls_stories_added_together_go_in_one_transaction_and_other_hosts_read_them()
    {
        var requests = new RequestCounter();
        var writer = new TableStoryIndex(requests.Tables(azurite.ConnectionString));
        var stories = Enumerable.Range(0, 30).Select(i => new StoryCandidate($"s-{i:D2}", StoryFingerprint.Of(
            $"Country {i} sets duty on item {i}", $"A release numbered {i} about tariff schedule {i * 7} for goods {i * 13}.", $"https://wire.example/{i}"))).ToList();
        await writer.CandidatesAsync(stories[0].Fingerprint); // the first lookup loads the (empty) mirror

        requests.Reset();
        await writer.AddManyAsync(stories);
        Assert.Equal(["POST"], requests.Methods); // one batch for 30 rows
        Assert.Contains(await writer.CandidatesAsync(stories[7].Fingerprint), c => c.StoryId == "s-07"); // this host's mirror at once

        var reader = new TableStoryIndex(azurite.Tables);
        Assert.Equal("s-21", await new StoryMatcher(reader).FindAsync(stories[21].Fingerprint));
    }

    /// <summary>The queries a client sends to the story index table: "ids" when they select only the id columns, "rows" when they
    /// read rows (the fingerprint's columns).</summary>
    private sealed class IndexQueries : global::Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        private readonly List<string> _kinds = [];

        public List<string> Kinds
        {
            get { lock (_kinds) return [.. _kinds]; }
        }

        public void Clear()
        {
            lock (_kinds) _kinds.Clear();
        }

        public override void OnSendingRequest(global::Azure.Core.HttpMessage message)
        {
            var uri = Uri.UnescapeDataString(message.Request.Uri.ToString());
            if (message.Request.Method == global::Azure.Core.RequestMethod.Get && uri.Contains("/" + TableNames.StoryIndex + "()", StringComparison.Ordinal))
                lock (_kinds) _kinds.Add(uri.Contains("$select=RowKey,StoryId,Copy&", StringComparison.Ordinal) || uri.EndsWith("$select=RowKey,StoryId,Copy", StringComparison.Ordinal) ? "ids" : "rows");
        }
    }

    [Fact]
    public async Task A_refresh_reads_only_ids_while_every_story_is_known_and_whole_rows_from_the_first_one_that_is_not()
    {
        var options = new StoryIndexOptions { Refresh = TimeSpan.FromMinutes(5) };
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var queries = new IndexQueries();
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(queries, global::Azure.Core.HttpPipelinePosition.PerCall);
        var mine = new TableStoryIndex(new TableServiceClient(azurite.ConnectionString, clientOptions), options, time);
        var other = new TableStoryIndex(azurite.Tables, options, time);
        var stories = new[] { "Chile", "Peru", "Kenya", "Egypt", "Norway" }.Select(c =>
            StoryFingerprint.Of($"{c} raises tariff on imported bicycles to 30%", $"{c} will apply a 30% tariff on imported bicycles from March, the trade ministry of {c} said.", null)).ToList();
        Assert.Empty(await mine.CandidatesAsync(stories[0]));                 // the first load reads whole rows (of nothing)
        for (var i = 0; i < 4; i++) await mine.AddAsync($"s-mine-{i}", stories[i]);
        queries.Clear();

        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Contains(await mine.CandidatesAsync(stories[0]), c => c.StoryId == "s-mine-0");
        Assert.DoesNotContain("rows", queries.Kinds);                          // its own four rows: ids only
        Assert.Contains("ids", queries.Kinds);

        await other.AddAsync("s-theirs", stories[4]);                          // another host's story
        queries.Clear();
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Contains(await mine.CandidatesAsync(stories[4]), c => c.StoryId == "s-theirs");
        Assert.Equal(1, queries.Kinds.Count(k => k == "rows"));                // whole rows once, from the unknown row on
        var fromStorage = Assert.Single(await mine.CandidatesAsync(stories[4]), c => c.StoryId == "s-theirs");
        Assert.Equal(stories[4].Signature, fromStorage.Fingerprint.Signature);
        Assert.Equal(stories[4].Facts, fromStorage.Fingerprint.Facts);
    }
}
