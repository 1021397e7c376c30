using Microsoft.Extensions.Logging;

namespace Watcher.Azure.Tests;

/// <summary>
/// A logger provider that hands each log line (level, category, message, exception) to a sink: tests keep the lines
/// in memory to search them, or write them to a file that a failed run leaves behind. Disposes <paramref name="owned"/>
/// (a file writer, say) with itself.
/// </summary>
public sealed class LineLoggerProvider(Action<LogLevel, string, string, Exception?> sink, LogLevel minimum = LogLevel.Trace, IDisposable? owned = null)
    : ILoggerProvider
{
    private readonly Action<LogLevel, string, string, Exception?> _sink = sink;
    private readonly LogLevel _minimum = minimum;

    public ILogger CreateLogger(string category) => new Logger(this, category);

    public void Dispose() => owned?.Dispose();

    private sealed class Logger(LineLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel level) => level >= owner._minimum;

        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> format)
        {
            if (IsEnabled(level)) owner._sink(level, category, format(state, exception), exception);
        }
    }
}
