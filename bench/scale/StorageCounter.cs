using System.Collections.Concurrent;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Watcher.Bench.Scale;

/// <summary>
/// Counts every storage request the Azure SDK sends (each is one billable transaction), by kind, and the
/// operations inside entity group transactions ($batch).
/// </summary>
public sealed class StorageCounter : HttpPipelineSynchronousPolicy
{
    private ConcurrentDictionary<string, long> _counts = new();

    public override void OnSendingRequest(HttpMessage message)
    {
        var kind = Classify(message.Request);
        _counts.AddOrUpdate(kind, 1, (_, v) => v + 1);
        if (kind == "table.batch" && message.Request.Content is { } content)
        {
            using var buffer = new MemoryStream();
            content.WriteTo(buffer, CancellationToken.None);
            var text = Encoding.UTF8.GetString(buffer.ToArray());
            var ops = CountOf(text, " HTTP/1.1");
            _counts.AddOrUpdate("table.batch.entities", ops, (_, v) => v + ops);
        }
    }

    /// <summary>Returns the counts since the last call and starts again from zero.</summary>
    public IReadOnlyDictionary<string, long> Take() => Interlocked.Exchange(ref _counts, new()).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static string Classify(Request request)
    {
        var uri = request.Uri.ToUri();
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var method = request.Method.Method;
        if (uri.Port is 10001 || path.Contains("/messages", StringComparison.Ordinal) || uri.Host.Contains(".queue.", StringComparison.Ordinal) || IsQueuePort(uri))
        {
            if (path.EndsWith("/messages", StringComparison.Ordinal))
                return method switch { "POST" => "queue.put", "GET" => "queue.get", "DELETE" => "queue.clear", _ => "queue.other" };
            if (path.Contains("/messages/", StringComparison.Ordinal))
                return method switch { "DELETE" => "queue.delete", "PUT" => "queue.update", _ => "queue.other" };
            return "queue.other";
        }
        if (path.EndsWith("$batch", StringComparison.Ordinal)) return "table.batch";
        var pointKey = path.Contains("(PartitionKey=", StringComparison.Ordinal);
        return method switch
        {
            "GET" when pointKey => "table.read",
            "GET" => "table.query",
            "POST" => "table.insert",
            "PUT" => "table.replace",
            "MERGE" or "PATCH" => "table.merge",
            "DELETE" => "table.delete",
            _ => "table.other",
        };
    }

    public static int QueuePort;

    private static bool IsQueuePort(Uri uri) => QueuePort != 0 && uri.Port == QueuePort;

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
