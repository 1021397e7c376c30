namespace Watcher.Cli;

/// <summary>Exit codes from CONTRACTS.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int BadInput = 3;
}

public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// A small, strict argument reader: `--flag`, `--option value` / `--option=value`, positionals, and
/// `--Watcher:Section:Key=value` configuration overrides (any option containing ':').
/// </summary>
public sealed class CommandLine
{
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Verb { get; }
    public List<string> Positionals { get; } = [];
    public Dictionary<string, string?> ConfigOverrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    public CommandLine(string[] args, IReadOnlySet<string> valueOptions)
    {
        Verb = args.Length > 0 ? args[0] : "help";
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--") { Positionals.AddRange(args[(i + 1)..]); break; }
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var eq = a.IndexOf('=');
                var name = eq > 0 ? a[2..eq] : a[2..];
                if (name.Contains(':'))
                {
                    ConfigOverrides[name] = eq > 0 ? a[(eq + 1)..] : (i + 1 < args.Length ? args[++i] : throw new UsageException($"--{name} needs a value"));
                }
                else if (valueOptions.Contains(name))
                {
                    _options[name] = eq > 0 ? a[(eq + 1)..] : (i + 1 < args.Length ? args[++i] : throw new UsageException($"--{name} needs a value"));
                }
                else if (eq > 0) throw new UsageException($"--{name} takes no value");
                else _flags.Add(name);
            }
            else Positionals.Add(a);
        }
    }

    public bool Flag(string name)
    {
        _used.Add(name);
        return _flags.Contains(name);
    }

    public string? Option(string name)
    {
        _used.Add(name);
        return _options.GetValueOrDefault(name);
    }

    /// <summary>Rejects flags the verb did not ask about (typos become usage errors, not silence).</summary>
    public void EnsureAllUsed()
    {
        var unknown = _flags.Concat(_options.Keys).Where(n => !_used.Contains(n)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option{(unknown.Count > 1 ? "s" : string.Empty)}: {string.Join(", ", unknown.Select(u => "--" + u))}");
    }
}
