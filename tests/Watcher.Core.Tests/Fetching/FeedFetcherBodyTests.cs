using System.Net;
using System.Text;
using Watcher.Core.Fetching;

namespace Watcher.Core.Tests.Fetching;

/// <summary>
/// The body a fetch returns, whether the response states its length (read straight into an array of that size) or not
/// (read in chunks): the same bytes either way, the same cap, and a stated length that is wrong changes nothing.
/// </summary>
public class FeedFetcherBodyTests
{
    private static readonly byte[] Feed = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour desk</title>" +
        string.Concat(Enumerable.Range(0, 40).Select(i => $"<item><guid>h-{i}</guid><title>Port dues rise {i}</title></item>")) +
        "</channel></rss>");

    [Fact]
    public async Task A_stated_length_gives_the_whole_body()
    {
        var result = await FetchAsync(new ByteArrayContent(Feed));

        Assert.Equal(FetchStatus.Fetched, result.Status);
        Assert.Equal(Feed, result.Body);
    }

    [Fact]
    public async Task An_unstated_length_gives_the_whole_body()
    {
        var result = await FetchAsync(new StreamContent(new Trickle(Feed, 7)));

        Assert.Null(new StreamContent(new Trickle(Feed, 7)).Headers.ContentLength);
        Assert.Equal(Feed, result.Body);
    }

    [Fact]
    public async Task A_body_longer_than_stated_is_read_to_its_end()
    {
        var content = new StreamContent(new Trickle(Feed, 100));
        content.Headers.ContentLength = 50;

        var result = await FetchAsync(content);

        Assert.Equal(Feed, result.Body);
    }

    [Fact]
    public async Task A_body_shorter_than_stated_is_what_came()
    {
        var content = new StreamContent(new Trickle(Feed, 100));
        content.Headers.ContentLength = Feed.Length + 500;

        var result = await FetchAsync(content);

        Assert.Equal(Feed, result.Body);
    }

    [Fact]
    public async Task An_empty_body_with_a_stated_length_of_zero_is_empty()
    {
        var result = await FetchAsync(new ByteArrayContent([]));

        Assert.Equal(FetchStatus.Fetched, result.Status);
        Assert.Empty(result.Body);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_cap_holds_whether_the_length_is_stated_or_not(bool stated)
    {
        HttpContent Content() => stated ? new ByteArrayContent(Feed) : new StreamContent(new Trickle(Feed, 64));

        var over = await FetchAsync(Content(), maxBytes: Feed.Length - 1);
        var at = await FetchAsync(Content(), maxBytes: Feed.Length);

        Assert.Equal(FetchStatus.Failed, over.Status);
        Assert.Contains("body larger than", over.Error);
        Assert.Equal(Feed, at.Body);
    }

    [Fact]
    public async Task A_body_stated_shorter_than_it_is_still_meets_the_cap()
    {
        var content = new StreamContent(new Trickle(Feed, 100));
        content.Headers.ContentLength = 20;

        var result = await FetchAsync(content, maxBytes: Feed.Length - 1);

        Assert.Equal(FetchStatus.Failed, result.Status);
    }

    [Fact]
    public async Task A_stated_length_over_the_direct_read_limit_gives_the_whole_body()
    {
        var big = new byte[FeedFetcher.KnownLengthRead + 3];
        for (var i = 0; i < big.Length; i++) big[i] = (byte)('a' + i % 26);

        var result = await FetchAsync(new ByteArrayContent(big));

        Assert.Equal(big, result.Body);
    }

    private static Task<FetchResult> FetchAsync(HttpContent content, long maxBytes = 10 * 1024 * 1024) =>
        new FeedFetcher(new HttpClient(new Answer(content)), new FetchOptions { MaxBytes = maxBytes })
            .FetchAsync(new FetchRequest(new Uri("https://harbour.example/feed.xml"), null, null));

    private sealed class Answer(HttpContent content) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    /// <summary>A stream that cannot seek (so its length is unstated) and hands out at most <c>step</c> bytes a read.</summary>
    private sealed class Trickle(byte[] bytes, int step) : Stream
    {
        private int _at;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _at; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, step), bytes.Length - _at);
            Array.Copy(bytes, _at, buffer, offset, n);
            _at += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
