using System.Diagnostics;
using System.Security;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watcher.Core.Matching;
using Watcher.Core.Sources;
using Watcher.Core.Stories;

namespace Watcher.Core.Pipeline;

/// <summary>
/// A long-running host's warm-up: the signal path of a poll (feed parse, topic match, story fingerprint, story lookup and
/// score, tariff and event extraction) run once over a small built-in feed before the host says it is ready, so the JIT
/// compiles those methods — the source-generated regexes above all, a fifth of a fresh host's first baseline cycle
/// (docs/benchmarks.md, "Session 14 (perf19)") — at start-up instead of inside the first cycle. It only computes: nothing
/// is fetched, sent or written (it polls through <see cref="SourcePoller"/> over stores of its own, in memory, dropped after);
/// one-shot CLI verbs do not run it.
/// The texts are written for it, not taken from any source or labelled set: what matters is that they reach the
/// extractors' and the matcher's rules (rates, origins, goods, meetings, copies of one story in other words).
/// </summary>
public sealed class SignalWarmup(ITopicMatcher matcher)
{
    /// <summary>What the warm-up did (for the log and /api/health): items polled, stories started, tariff rows recorded.</summary>
    public sealed record Result(int Items, int Stories, int Facts, TimeSpan Elapsed, TimeSpan Cpu);

    /// <summary>Title and text of each built-in item, as two outlets' feeds would carry them (a story told twice in other words).</summary>
    internal static readonly (string Title, string Text)[] Items =
    [
        ("Canada slaps 25% tariff on Chinese electric vehicles",
            "Ottawa said on Tuesday it will impose a 25 per cent surtax on electric vehicles made in China from October 1, and a 15% duty on "
            + "Chinese steel and aluminium products, matching measures taken by Washington. The finance minister said the move protects auto workers."),
        ("Ottawa imposes surtax on China-made EVs, steel",
            "Canada will apply a 25% surtax on all Chinese-made electric vehicles starting October 1, Prime Minister said, adding a 15 percent "
            + "tariff on steel and aluminium imported from China. Beijing said it would take all necessary measures to protect its firms."),
        ("EU imposes provisional anti-dumping duties of up to 35.6% on biodiesel from China",
            "The European Commission on Friday imposed provisional anti-dumping duties ranging from 12.8% to 35.6% on imports of biodiesel "
            + "originating in China. The duties apply for six months. Producers in Spain and the Netherlands had complained of prices below cost."),
        ("India raises import duty on edible oils to 20pc",
            "New Delhi raised the basic customs duty on crude palm oil, soyoil and sunflower oil to 20 percent from zero, the finance ministry "
            + "said in a notification, while the duty on refined oils rises to 32.5%. The move supports farmers ahead of the soybean harvest."),
        ("US cuts tariffs on Vietnamese goods to 15% from 20% under trade deal",
            "Washington will lower the reciprocal tariff on goods from Vietnam to 15% from 20%, the White House said, while transshipped goods "
            + "face 40%. Cambodia's rate falls to 17% and Thailand's to 16%, according to the order signed on Thursday."),
        ("China retaliates with 10% tariff on US pork and soybeans",
            "Beijing will impose additional tariffs of 10% on US pork, beef, soybeans and dairy and 15% on chicken, wheat and corn from March 10, "
            + "the Customs Tariff Commission of the State Council said, in response to Washington's latest duties on Chinese goods."),
        ("Mexico exempts auto parts from 50% tariff plan",
            "Mexico will exempt auto parts and components from the 50 per cent tariffs it plans on cars, textiles and steel from countries "
            + "without a trade agreement, the economy ministry said. The tariffs would hit imports from China, South Korea and India."),
        ("Xi meets Lula in Beijing as leaders pledge closer trade ties",
            "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Tuesday, and the two "
            + "leaders signed 20 agreements on trade, agriculture and technology during the state visit."),
        ("Lula arrives in China for state visit with trade on the agenda",
            "Brazil's President Lula arrived in Beijing on Monday for a three-day state visit to China, where he will meet Xi Jinping to "
            + "discuss trade, investment and the war in Ukraine, his office said."),
        ("G20 leaders gather in Johannesburg for first summit in Africa",
            "Leaders of the Group of 20 major economies meet in Johannesburg on Saturday and Sunday for the 20th G20 summit, the first held on "
            + "African soil, with debt relief and trade tensions at the top of the agenda."),
        ("ASEAN economic ministers meet in Kuala Lumpur ahead of 47th summit",
            "Trade and economy ministers of the Association of Southeast Asian Nations met in Kuala Lumpur on Wednesday to prepare the 47th "
            + "ASEAN Summit later this month, where US tariffs are expected to dominate the talks."),
        ("Weekly trade brief: duties, quotas and deals",
            "This week: Turkey raised its duty on imported cars to 40%; Australia extended anti-dumping measures on steel pipes from Korea; "
            + "the UK cut its tariff on French wine to zero; and Japan agreed a quota of 100,000 tonnes for US rice."),
        ("UK to double steel tariffs to 50% above quota",
            "Britain will charge a tariff of 50% on steel imports above quota from July, up from 25%, the business department said, and "
            + "cut quota volumes by 15 per cent to protect domestic producers from a flood of cheap metal."),
        ("Govt hikes customs duty on imported sugar",
            "The government has raised the customs duty on imported raw and refined sugar to 25 percent with immediate effect, the revenue "
            + "authority said on Monday, to curb imports that undercut local mills."),
        ("Live: markets slide as tariff deadline nears",
            "Stocks fell on Friday as investors weighed the August 1 tariff deadline. Shares of carmakers dropped after the president said "
            + "Japanese cars would face a 25% levy, and European shares were flat."),
        ("Bakery chain opens new store in Leeds",
            "A bakery chain opened its hundredth store in Leeds on Saturday, creating 30 jobs. The company said sales rose 8% last year."),
    ];

    /// <summary>The built-in items as an RSS document of one outlet: the warm-up parses it as a poll parses a feed.</summary>
    internal static byte[] Feed()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Warm-up</title><link>https://warmup.invalid/</link><description>warm-up</description>");
        for (var i = 0; i < Items.Length; i++)
        {
            var (title, text) = Items[i];
            xml.Append("<item><title>").Append(SecurityElement.Escape(title)).Append("</title><link>https://warmup.invalid/story/").Append(i)
                .Append("</link><guid isPermaLink=\"false\">warmup-").Append(i).Append("</guid><pubDate>Wed, 01 Jan 2025 00:00:00 GMT</pubDate><description>")
                .Append(SecurityElement.Escape(text)).Append("</description></item>");
        }
        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    /// <summary>The warm-up's source: the built-in feed, as sources.json would list an outlet.</summary>
    internal static readonly SourceDefinition Source = new() { Id = "warmup", Url = "https://warmup.invalid/feed.xml", Name = "Warm-up" };

    /// <summary>
    /// Polls the built-in feed <paramref name="passes"/> times as a cycle polls a source it has never seen: a silent first poll
    /// through <see cref="SourcePoller"/> itself (fetch, parse, the per-item path, the tracker's plan, the batch's flush), over
    /// stores of its own in memory and an HTTP handler that serves the feed, all new each pass (so later passes score copies
    /// as the first did) and dropped after. Nothing is fetched, sent or written to storage, and no poll metric is recorded.
    /// Session 16 (pipe16): the warm-up had its own copy of the poller's per-item steps; it now runs the poller's, so a
    /// change to that path warms the new path.
    /// </summary>
    public async Task<Result> RunAsync(int passes = 1, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int items = 0, stories = 0, facts = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            ct.ThrowIfCancellationRequested();
            var stores = new State.InMemoryStores();
            var tariffs = new Tariffs.InMemoryTariffStore();
            using var http = new HttpClient(new FeedHandler(Feed()));
            var poller = new SourcePoller(new Fetching.FeedFetcher(http, new Fetching.FetchOptions()), stores, stores, matcher,
                new Delivery.DeliveryDispatcher(stores, stores, [], new Delivery.DeliveryOptions(), TimeProvider.System, NullLogger<Delivery.DeliveryDispatcher>.Instance),
                new PollOptions(), TimeProvider.System, NullLogger<SourcePoller>.Instance, new InMemoryStoryIndex(), tariffs);
            var batch = new BaselineBatch();
            var polled = await poller.PollOnceAsync(Source, batch, ct);
            if (polled.Fetch != Fetching.FetchStatus.Fetched) throw new InvalidOperationException($"the warm-up's poll did not read its feed: {polled.Error}");
            var failed = await poller.FlushAsync(batch, ct: ct);
            if (failed.Count > 0) throw new InvalidOperationException("the warm-up's flush failed", failed.Values.First());
            items += polled.Items;
            stories += polled.Changes.Count(c => c.Change == ItemChangeKind.New);
            facts += (await tariffs.ListAsync(ct: ct)).Count;
        }
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new Result(items, stories, facts, clock.Elapsed, used);
    }

    /// <summary>Answers every request with the built-in feed, in process.</summary>
    private sealed class FeedHandler(byte[] feed) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new ByteArrayContent(feed) { Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/rss+xml") } },
            });
    }
}

/// <summary>
/// Whether the host's warm-up (<see cref="SignalWarmup"/>) has run: "off" in a host that does not warm up (the one-shot CLI
/// verbs, tests), "warming" while it runs, then "ready" (or "failed": a warm-up that threw leaves the host as it would be
/// without one, and says why). Shown by /api/health; the local host's cycles wait for it (<see cref="WhenDone"/>).
/// </summary>
public sealed class WarmupStatus
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _state;
    private DateTimeOffset? _started;
    private SignalWarmup.Result? _result;
    private string? _error;

    /// <param name="warming">The host runs a warm-up (<see cref="SignalWarmupService"/>): "warming" until it is done;
    /// otherwise "off", and done already.</param>
    public WarmupStatus(bool warming = false)
    {
        _state = warming ? "warming" : "off";
        if (!warming) _done.TrySetResult();
    }

    public string State => _state;

    /// <summary>Completes when the warm-up has run (or failed), at once when there is none.</summary>
    public Task WhenDone => _done.Task;

    internal void Start(DateTimeOffset now) => _started = now;

    internal void Finish(SignalWarmup.Result result)
    {
        _result = result;
        _state = "ready";
        _done.TrySetResult();
    }

    internal void Fail(Exception error)
    {
        _error = error.GetType().Name + ": " + error.Message;
        _state = "failed";
        _done.TrySetResult();
    }

    /// <summary>What /api/health shows.</summary>
    public object Describe() => new
    {
        state = _state,
        started = _started,
        ms = _result is null ? (long?)null : (long)_result.Elapsed.TotalMilliseconds,
        cpuMs = _result is null ? (long?)null : (long)_result.Cpu.TotalMilliseconds,
        items = _result?.Items,
        error = _error,
    };
}

/// <summary>
/// Runs <see cref="SignalWarmup"/> once when a long-running host starts (`watcher serve`, the Function app's worker), on
/// a thread of its own: the host starts listening at once and /api/health says "warming" until it is done.
/// </summary>
public sealed class SignalWarmupService(SignalWarmup warmup, WarmupStatus status, TimeProvider time,
    ILogger<SignalWarmupService> logger) : IHostedService
{
    /// <summary>Passes over the built-in feed: the first compiles; the later ones call the framework's hot methods often
    /// enough for the runtime to recompile its precompiled (ReadyToRun) code at full optimisation, as a cycle would.</summary>
    public const int Passes = 3;

    private readonly CancellationTokenSource _stop = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        status.Start(time.GetUtcNow());
        _ = Task.Run(async () =>
        {
            try
            {
                var result = await warmup.RunAsync(Passes, _stop.Token);
                status.Finish(result);
                logger.LogInformation("Warm-up done: {Items} items, {Stories} stories, {Facts} tariff rows in {Ms} ms ({CpuMs} ms CPU)",
                    result.Items, result.Stories, result.Facts, (long)result.Elapsed.TotalMilliseconds, (long)result.Cpu.TotalMilliseconds);
            }
            catch (Exception ex)
            {
                status.Fail(ex);
                if (ex is not OperationCanceledException) logger.LogWarning(ex, "Warm-up failed; the host runs without it");
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stop.Cancel();
        return Task.CompletedTask;
    }
}

public static class SignalWarmupExtensions
{
    /// <summary>The warm-up of a long-running host (after <see cref="WatcherCoreExtensions.AddWatcherCore"/>): run once at
    /// start, "warming" in /api/health until done.</summary>
    public static IServiceCollection AddSignalWarmup(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton(new WarmupStatus(warming: true)));
        services.TryAddSingleton<SignalWarmup>();
        return services.AddHostedService<SignalWarmupService>();
    }
}
