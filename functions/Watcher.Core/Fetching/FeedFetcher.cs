using System.Net;
using System.Net.Http.Headers;

namespace Watcher.Core.Fetching;

public enum FetchStatus { Fetched, NotModified, Failed }

public sealed record FetchRequest(Uri Url, string? ETag, string? LastModified);

public sealed record FetchResult
{
    public required FetchStatus Status { get; init; }
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public HttpStatusCode? HttpStatus { get; init; }
    public string? Error { get; init; }
    /// <summary>From a 429 or 503 Retry-After: do not poll again before this.</summary>
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>Set when a permanent redirect (301/308) moved the source.</summary>
    public Uri? MovedTo { get; init; }
}

public sealed class FetchOptions
{
    public const string Section = "Watcher:Fetch";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    public string UserAgent { get; set; } = "Watcher/1.0 (+https://github.com/watcher-news/watcher; news alerts)";
}

/// <summary>
/// A polite HTTP fetch: conditional GET, a size cap that also holds for compressed bodies, a timeout, Retry-After,
/// and a readable error instead of an exception for anything the server did.
/// </summary>
public sealed class FeedFetcher(HttpClient http, FetchOptions options)
{
    public const string HttpClientName = "watcher-fetch";

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.UserAgent.ParseAdd(options.UserAgent);
        message.Headers.Accept.ParseAdd("application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, text/html;q=0.7, */*;q=0.5");
        if (request.ETag is not null) message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (request.LastModified is not null) message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var etag = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.LastModified?.ToString("R");
            if (response.StatusCode == HttpStatusCode.NotModified)
                return new FetchResult { Status = FetchStatus.NotModified, HttpStatus = response.StatusCode, ETag = etag ?? request.ETag, LastModified = lastModified ?? request.LastModified };
            if (!response.IsSuccessStatusCode)
            {
                return new FetchResult
                {
                    Status = FetchStatus.Failed,
                    HttpStatus = response.StatusCode,
                    Error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}",
                    RetryAfter = RetryAfter(response.Headers.RetryAfter),
                };
            }
            var body = await ReadCappedAsync(response.Content, timeout.Token);
            if (body is null)
                return new FetchResult { Status = FetchStatus.Failed, HttpStatus = response.StatusCode, Error = $"body larger than {options.MaxBytes} bytes" };
            return new FetchResult
            {
                Status = FetchStatus.Fetched,
                HttpStatus = response.StatusCode,
                Body = body,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                ETag = etag,
                LastModified = lastModified,
            };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FetchResult { Status = FetchStatus.Failed, Error = $"timed out after {options.Timeout.TotalSeconds:0} s" };
        }
        catch (HttpRequestException ex)
        {
            return new FetchResult { Status = FetchStatus.Failed, Error = ex.Message };
        }
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken ct)
    {
        if (content.Headers.ContentLength > options.MaxBytes) return null;
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }
}
