using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Watcher.Cli.LocalHost;

namespace Watcher.Azure.Tests.Email;

/// <summary>A real SMTP server for the MailKit path: maildev from node_modules (`npm ci`), on free ports, stopped at the end.</summary>
public sealed class MaildevFixture : IAsyncLifetime
{
    private Process? _process;
    private readonly string _dir = Directory.CreateTempSubdirectory("watcher-maildev-").FullName;
    public int SmtpPort { get; } = Azurite.FreePort();
    public int WebPort { get; } = Azurite.FreePort();
    public HttpClient Web { get; } = new();

    public async Task InitializeAsync()
    {
        var exe = Path.Combine(AzuriteFixture.RepoRoot, "node_modules", ".bin", "maildev");
        if (!File.Exists(exe)) throw new InvalidOperationException($"maildev is not installed at {exe}: run `npm ci` in the repository");
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "-s", SmtpPort.ToString(), "-w", WebPort.ToString(), "--mail-directory", _dir })
            psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new InvalidOperationException("could not start maildev");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Web.BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/");
        // As Azurite's start: a second when idle, over 15 s on a machine loaded by parallel builds.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"maildev exited with {_process.ExitCode}");
            try
            {
                if ((await Web.GetAsync("api/email")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("maildev did not start within 90 s");
    }

    /// <summary>GET /api/email: every message maildev received.</summary>
    public async Task<List<JsonElement>> MessagesAsync() =>
        (await Web.GetFromJsonAsync<List<JsonElement>>("api/email"))!;

    /// <summary>GET /api/email/{id}/source: the raw message as received.</summary>
    public Task<string> SourceAsync(string id) => Web.GetStringAsync($"api/email/{id}/source");

    public Task ClearAsync() => Web.DeleteAsync("api/email/all");

    public async Task DisposeAsync()
    {
        Web.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
