namespace Watcher.Core.Feeds;

/// <summary>The input is not a feed that can be recovered (exit code 3 in the CLI).</summary>
public class FeedParseException(string message, Exception? inner = null) : Exception(message, inner);
