using Watcher.Cli;
using Watcher.Cli.Commands;

// The `watcher` command: thin verbs over the same services the Function app uses (CONTRACTS.md §1).
Watcher.Core.Facts.MatchBudget.Apply(); // before any regex is built: a backtracking blow-up costs a second, not a stalled poll
var valueOptions = new HashSet<string>(StringComparer.Ordinal) { "out", "base-url", "urls", "subscriber", "rounds", "country" };
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

try
{
    var cmd = new CommandLine(args, valueOptions);
    return cmd.Verb switch
    {
        "demo" => await DemoCommand.RunAsync(cmd, cancel.Token),
        "poll" => await PollCommand.RunAsync(cmd, cancel.Token),
        "parse" => await ParseCommand.RunAsync(cmd, cancel.Token),
        "extract" => await ExtractCommand.RunAsync(cmd, cancel.Token),
        "serve" => await ServeCommand.RunAsync(cmd, cancel.Token),
        "digest" => await DigestCommand.RunAsync(cmd, cancel.Token),
        "help" or "--help" or "-h" => Help(Console.Out, ExitCodes.Ok),
        _ => throw new UsageException($"unknown verb '{cmd.Verb}'"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"watcher: {ex.Message}");
    return Help(Console.Error, ExitCodes.Usage);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("watcher: cancelled");
    return ExitCodes.Failure;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"watcher: {ex.Message}");
    if (Environment.GetEnvironmentVariable("WATCHER_DEBUG") is "1" or "true") Console.Error.WriteLine(ex);
    return ExitCodes.Failure;
}

static int Help(TextWriter w, int code)
{
    w.WriteLine("""
        usage: watcher <verb> [options]

          demo   [--out DIR] [--fresh] [--json]        the whole pipeline offline, with bundled sample news
          poll   --once [--json]                       one poll cycle of the configured sources, then exit
          parse  FILE-or-URL... [--base-url URL] [--json]  parse feeds and print them normalised
          extract FILE-or--... [--country XX] [--json]  tariff measures, diplomatic events and topics of articles' text;
                                                       --country: the outlet's country (ISO-2 or EU), the last-resort
                                                       imposer of a domestic measure the text names no country for
          serve  [--urls URL]                          the local host: timers and HTTP routes (default http://127.0.0.1:7071)
          digest --preview --subscriber ID [--out FILE]  the digest e-mail a subscriber would get now (HTML), not sent

        Configuration: environment variables (Watcher__Storage__ConnectionString=...), local.settings.json,
        or --Watcher:Section:Key=value on the command line.
        """);
    return code;
}
