using System.Diagnostics;
using System.Net.Sockets;

namespace Watcher.Cli.LocalHost;

/// <summary>
/// Starts Azurite from the repository's own node_modules (installed by `npm ci` from the committed lock file), or
/// reuses one already listening. Stops only what it started.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    private readonly Process? _process;

    private Azurite(Process? process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public bool Started => _process is not null;

    public const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>How long a start may take before it is given up as stuck.</summary>
    private const int StartSeconds = 90;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>Reuses Azurite on the default ports if one answers; otherwise starts one persisting to <paramref name="location"/>.</summary>
    public static async Task<Azurite> StartOrReuseAsync(string repoRoot, string location, TextWriter log, CancellationToken ct = default)
    {
        if (await IsListeningAsync(10002, ct) && await IsListeningAsync(10001, ct))
        {
            log.WriteLine("Azurite: reusing the instance already listening on 127.0.0.1:10000-10002");
            return new Azurite(null, 10000, 10001, 10002);
        }
        return await StartAsync(repoRoot, location, 10000, 10001, 10002, log, ct);
    }

    /// <summary>Starts a private Azurite persisting to <paramref name="location"/> on the given ports (for restart tests).</summary>
    public static Task<Azurite> StartPersistentAsync(string repoRoot, string location, int blobPort, int queuePort, int tablePort, TextWriter log, CancellationToken ct = default) =>
        StartAsync(repoRoot, location, blobPort, queuePort, tablePort, log, ct);

    /// <summary>Starts a private Azurite on free ports, in memory (for tests).</summary>
    public static Task<Azurite> StartEphemeralAsync(string repoRoot, TextWriter log, CancellationToken ct = default) =>
        StartAsync(repoRoot, null, FreePort(), FreePort(), FreePort(), log, ct);

    private static async Task<Azurite> StartAsync(string repoRoot, string? location, int blob, int queue, int table, TextWriter log, CancellationToken ct)
    {
        var exe = Path.Combine(repoRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(exe))
            throw new InvalidOperationException($"Azurite is not installed at {exe}: run `npm ci` in {repoRoot} (the ./watcher launcher does this).");
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repoRoot,
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
                     "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                     "--blobPort", blob.ToString(), "--queuePort", queue.ToString(), "--tablePort", table.ToString(),
                 })
            psi.ArgumentList.Add(arg);
        if (location is null) psi.ArgumentList.Add("--inMemoryPersistence");
        else
        {
            Directory.CreateDirectory(location);
            psi.ArgumentList.Add("--location");
            psi.ArgumentList.Add(location);
        }
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start Azurite");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new Azurite(process, blob, queue, table);
        // Node starts Azurite in about a second on an idle machine; a machine loaded by parallel builds has taken over 30 s.
        // The wait ends as soon as both ports answer, so only a start that is really stuck waits it out.
        var deadline = DateTime.UtcNow.AddSeconds(StartSeconds);
        while (!await IsListeningAsync(table, ct) || !await IsListeningAsync(queue, ct))
        {
            if (process.HasExited) throw new InvalidOperationException($"Azurite exited at start with code {process.ExitCode}");
            if (DateTime.UtcNow > deadline)
            {
                await azurite.DisposeAsync();
                throw new TimeoutException($"Azurite did not start listening within {StartSeconds} s");
            }
            await Task.Delay(100, ct);
        }
        log.WriteLine($"Azurite: started (pid {process.Id}) on 127.0.0.1:{blob}/{queue}/{table}{(location is null ? " in memory" : " with data in " + location)}");
        return azurite;
    }

    public static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken ct)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(500);
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        try
        {
            if (!_process.HasExited)
            {
                // SIGTERM first: Azurite flushes its table database on a graceful exit (a SIGKILL loses recent writes).
                if (OperatingSystem.IsWindows() || SysKill(_process.Id, 15) != 0) _process.Kill(entireProcessTree: true);
                try
                {
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
                }
                catch (TimeoutException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException) { }
        _process.Dispose();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}
