using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;

namespace Watcher.Azure.Tests;

/// <summary>Counts the HTTP methods a storage client sends (a pipeline policy: what goes over the wire).</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    /// <summary>A Table client on <paramref name="connectionString"/> whose requests this counter counts.</summary>
    public TableServiceClient Tables(string connectionString)
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        return new TableServiceClient(connectionString, options);
    }

    private readonly List<string> _methods = [];

    public IReadOnlyList<string> Methods
    {
        get { lock (_methods) return [.. _methods]; }
    }

    public void Reset()
    {
        lock (_methods) _methods.Clear();
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        lock (_methods) _methods.Add(message.Request.Method.Method);
    }
}

/// <summary>Table clients whose requests pass through a test's own pipeline policy (to count or hold them).</summary>
public static class WatchedTables
{
    public static TableServiceClient Client(string connectionString, HttpPipelinePolicy policy, HttpPipelinePosition position = HttpPipelinePosition.PerRetry)
    {
        var options = new TableClientOptions();
        options.AddPolicy(policy, position);
        return new TableServiceClient(connectionString, options);
    }
}
