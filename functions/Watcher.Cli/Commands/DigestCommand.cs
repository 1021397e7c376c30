using Microsoft.Extensions.DependencyInjection;
using Watcher.Azure.Tables;
using Watcher.Cli.LocalHost;
using Watcher.Core.Alerts;
using Watcher.Core.Channels.Email;
using Watcher.Core.Digests;
using Watcher.Core.State;

namespace Watcher.Cli.Commands;

/// <summary>`watcher digest --preview --subscriber ID [--out FILE]`: the digest HTML a subscriber would get now, not sent.</summary>
public static class DigestCommand
{
    public static async Task<int> RunAsync(CommandLine cmd, CancellationToken ct)
    {
        if (!cmd.Flag("preview")) throw new UsageException("digest needs --preview (digests are sent by the digest timer of `watcher serve` or the Function app)");
        var id = cmd.Option("subscriber") ?? throw new UsageException("digest --preview needs --subscriber ID");
        var outFile = cmd.Option("out");
        cmd.EnsureAllUsed();
        var overrides = new Dictionary<string, string?>(cmd.ConfigOverrides, StringComparer.OrdinalIgnoreCase);
        await using var azurite = await LocalStorage.EnsureAsync(overrides, Console.Error, ct);

        using var host = WatcherHost.BuildConsoleHost(overrides);
        await host.Services.GetRequiredService<TableStorageInitializer>().EnsureCreatedAsync(ct);

        var subscriptions = await host.Services.GetRequiredService<ISubscriptionStore>().ListAsync(ct);
        var sub = subscriptions.FirstOrDefault(s => s.Id == id);
        if (sub is null)
        {
            Console.Error.WriteLine($"watcher: no subscription '{id}' (known: {string.Join(", ", subscriptions.Select(s => s.Id).DefaultIfEmpty("none"))})");
            return ExitCodes.BadInput;
        }
        if (sub.Channel != Core.Delivery.ChannelNames.Email)
        {
            Console.Error.WriteLine($"watcher: subscription '{id}' is a {sub.Channel} subscription; digests are e-mail only");
            return ExitCodes.BadInput;
        }

        var message = await PreviewAsync(host.Services, sub, ct);
        if (message is null)
        {
            Console.Error.WriteLine($"Nothing is waiting for {sub.Id} ({Cadences.Of(sub)}): the next digest would not be sent.");
            return ExitCodes.Ok;
        }
        Console.Error.WriteLine($"Subject: {message.Subject}");
        if (outFile is null) Console.Out.Write(message.Html);
        else
        {
            await File.WriteAllTextAsync(outFile, message.Html, ct);
            Console.Error.WriteLine($"Wrote {Path.GetFullPath(outFile)}");
        }
        return ExitCodes.Ok;
    }

    /// <summary>Every alert waiting in the subscriber's queue, composed as the next digest would be (as one part).</summary>
    public static async Task<EmailMessage?> PreviewAsync(IServiceProvider services, Subscription sub, CancellationToken ct)
    {
        var entries = (await services.GetRequiredService<IDigestQueue>().ListAsync(sub.Id, ct))
            .Where(e => e.State == DigestEntryState.Queued && e.AlertJson.Length > 0).ToList();
        if (entries.Count == 0) return null;
        var time = services.GetRequiredService<TimeProvider>();
        var reason = Cadences.IsDigest(sub) ? HoldReason.Digest : entries[0].Reason;
        var due = CadencePlanner.FlushDue(sub, time.GetUtcNow()) ?? time.GetUtcNow();
        var request = new DigestRequest(sub, CadencePlanner.Label(sub, reason, due) + " (preview)", reason,
            entries.Select(e => Alert.FromJson(e.AlertJson)).ToList(), "preview");
        return DigestComposer.Compose(request, services.GetRequiredService<EmailLinks>());
    }
}
