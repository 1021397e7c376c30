using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Watcher.Core.Feeds;

namespace Watcher.Core.Tests.Feeds;

/// <summary>
/// Documents with no BOM, no usable declared or HTTP charset and bytes that are not UTF-8: the encoding is guessed
/// (as feedparser asks chardet), the feed is flagged bozo, and Latin-script text keeps the windows-1252 fallback.
/// </summary>
public class CharsetDetectionTests
{
    static CharsetDetectionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string ChardetRoot => Path.Combine(Paths.Corpora, "feedparser");

    /// <summary>The <c>encoding</c> rows of feedparser's illformed/chardet files: file and expected encoding name.</summary>
    public static TheoryData<string, string> ChardetCorpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(ChardetRoot, "expectations.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            if (r.GetProperty("category").GetString() == "chardet" && r.GetProperty("field").GetString() == "encoding")
                data.Add(r.GetProperty("file").GetString()!, r.GetProperty("expected").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ChardetCorpus))]
    public void Feedparser_chardet_files_are_detected_and_decoded(string file, string expected)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ChardetRoot, file));
        var feed = FeedParser.Parse(bytes);

        Assert.Equal(expected, feed.Encoding, ignoreCase: true);
        Assert.True(feed.Bozo); // nothing declared the encoding: the guess is reported, as feedparser does
        // The first item's text is what the file's real encoding gives, character for character.
        var reference = Reference(expected).GetString(bytes);
        var item = feed.Items.FirstOrDefault();
        var (ours, element) = item is null ? (feed.Title, "title") : item.Title is not null ? (item.Title, "title") : (item.PlainText, "description");
        var want = Regex.Match(reference, $@"<{element}>\s*([^<]{{1,40}})").Groups[1].Value;
        Assert.NotEmpty(want);
        Assert.StartsWith(want.Trim(), ours?.Trim());
        Assert.DoesNotContain('\uFFFD', ours ?? string.Empty);
    }

    private static Encoding Reference(string label) => Encoding.GetEncoding(label.ToLowerInvariant() switch
    {
        "tis-620" => "windows-874",
        "gb2312" => "gb18030",
        var l => l,
    });

    private const string RussianTitle = "Пошлины на сталь: саммит в Брюсселе перенесён на следующую неделю";
    private const string RussianText = "Министры торговли не смогли договориться о новых тарифах на металлы и отложили встречу.";
    private const string ChineseTitle = "关税谈判在北京举行，双方同意降低钢铁关税";
    private const string ChineseText = "两国贸易代表表示，新的关税安排将于下月生效，峰会将讨论具体细节。";
    private const string TraditionalTitle = "關稅談判在台北舉行，雙方同意降低鋼鐵關稅";
    private const string TraditionalText = "兩國貿易代表表示，新的關稅安排將於下月生效，峰會將討論具體細節。";
    private const string JapaneseTitle = "関税交渉は東京で行われ、両国は鉄鋼関税の引き下げに合意した";
    private const string JapaneseText = "首脳会議では、来月から新しい関税の取り決めが発効することが確認された。";
    private const string KoreanTitle = "서울에서 관세 협상이 열렸고 양국은 철강 관세 인하에 합의했다";
    private const string KoreanText = "정상회의에서는 다음 달부터 새로운 관세 협정이 발효된다고 밝혔다.";
    private const string GreekTitle = "Δασμοί στον χάλυβα: η σύνοδος κορυφής αναβλήθηκε για την επόμενη εβδομάδα";
    private const string GreekText = "Οι υπουργοί εμπορίου δεν συμφώνησαν για τους νέους δασμούς στα μέταλλα.";
    private const string HebrewTitle = "מכסים על פלדה: פסגת הסחר נדחתה לשבוע הבא";
    private const string HebrewText = "שרי המסחר לא הצליחו להסכים על המכסים החדשים על מתכות ודחו את הפגישה.";
    private const string ThaiTitle = "การเจรจาภาษีศุลกากรเลื่อนออกไปเป็นสัปดาห์หน้า";
    private const string ThaiText = "รัฐมนตรีการค้าไม่สามารถตกลงเรื่องภาษีนำเข้าเหล็กได้";

    /// <summary>Text in a script windows-1252 cannot carry, encoded in a legacy encoding, with nothing declared.</summary>
    [Theory]
    [InlineData("windows-1251", "windows-1251", RussianTitle, RussianText)]
    [InlineData("koi8-r", "koi8-r", RussianTitle, RussianText)]
    [InlineData("gb2312", "gb2312", ChineseTitle, ChineseText)]
    [InlineData("big5", "big5", TraditionalTitle, TraditionalText)]
    [InlineData("shift_jis", "shift_jis", JapaneseTitle, JapaneseText)]
    [InlineData("euc-jp", "euc-jp", JapaneseTitle, JapaneseText)]
    [InlineData("euc-kr", "euc-kr", KoreanTitle, KoreanText)]
    [InlineData("iso-8859-7", "iso-8859-7", GreekTitle, GreekText)]
    [InlineData("windows-1255", "windows-1255", HebrewTitle, HebrewText)]
    [InlineData("windows-874", "tis-620", ThaiTitle, ThaiText)]
    public void Undeclared_legacy_encodings_are_detected(string encoding, string reported, string title, string text)
    {
        var feed = FeedParser.Parse(Rss(Encoding.GetEncoding(encoding), title, text));

        Assert.Equal(reported, feed.Encoding);
        Assert.Equal(title, feed.Title);
        Assert.Equal(title, feed.Items[0].Title);
        Assert.Equal(text, feed.Items[0].PlainText);
        Assert.True(feed.Bozo);
        Assert.Contains("detected " + reported, feed.BozoReason);
    }

    /// <summary>Latin-script text, long or short, keeps windows-1252: the detector's Latin guesses are not trusted.</summary>
    [Theory]
    [InlineData("Tariffs rise – “steel” talks resume", "The summit’s agenda — quotas, duties and €100bn of trade — was agreed.")]
    [InlineData("Les droits de douane sur l’acier augmentent", "Réunion à Genève déjà prévue ; la Commission européenne répondra à l’été.")]
    [InlineData("Zölle auf Stahl: Gipfel in München verschoben", "Die Außenminister äußerten sich über Gespräche nächste Woche.")]
    [InlineData("Aranceles: la cumbre de Bruselas se aplaza", "El ministro español afirmó que la reunión será en otoño; ¿habrá acuerdo?")]
    [InlineData("café", "déjà")]
    [InlineData("Zölle", "über")]
    [InlineData("naïve", "€5")]
    public void Latin_text_without_a_declaration_stays_windows_1252(string title, string text)
    {
        var feed = FeedParser.Parse(Rss(Encoding.GetEncoding("windows-1252"), title, text));

        Assert.Equal("windows-1252", feed.Encoding);
        Assert.Equal(title, feed.Title);
        Assert.Equal(text, feed.Items[0].PlainText);
        Assert.True(feed.Bozo); // still flagged: the bytes were not the UTF-8 that nothing-declared means
    }

    /// <summary>A declaration (or HTTP charset) of UTF-8 over bytes that are not UTF-8: feedparser's next try is the guess.</summary>
    [Theory]
    [InlineData("windows-1251", "windows-1251", RussianTitle, "<?xml version=\"1.0\" encoding=\"utf-8\"?>", null)]
    [InlineData("gb2312", "gb2312", ChineseTitle, "", "application/rss+xml; charset=utf-8")]
    [InlineData("shift_jis", "shift_jis", JapaneseTitle, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "application/xml")]
    public void A_wrong_utf8_label_gives_way_to_detection(string encoding, string reported, string title, string declaration, string? contentType)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(declaration + RssXml(title, title));
        var feed = FeedParser.Parse(bytes, null, contentType);

        Assert.Equal(reported, feed.Encoding);
        Assert.Equal(title, feed.Title);
        Assert.True(feed.Bozo);
        Assert.Contains("not valid as utf-8", feed.BozoReason, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A correct legacy declaration is believed without detection (and not flagged).</summary>
    [Fact]
    public void A_valid_declared_encoding_is_not_second_guessed()
    {
        // KOI8-R bytes read as windows-1251 are still valid 1251: the declaration is taken at its word.
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + RssXml(RussianTitle, RussianText));
        var feed = FeedParser.Parse(bytes);

        Assert.Equal("windows-1251", feed.Encoding);
        Assert.False(feed.Bozo);
        Assert.NotEqual(RussianTitle, feed.Title);
    }

    [Fact]
    public void Valid_utf8_without_a_declaration_is_utf8_and_not_flagged()
    {
        var feed = FeedParser.Parse(Rss(new UTF8Encoding(false), RussianTitle, ChineseText));

        Assert.Equal("utf-8", feed.Encoding);
        Assert.Equal(RussianTitle, feed.Title);
        Assert.False(feed.Bozo);
    }

    [Theory]
    [InlineData("gb2312", ChineseTitle, true)]
    [InlineData("gb18030", "关税𠀀", false)] // a four-byte GB18030 sequence is outside GB2312
    [InlineData("big5", TraditionalTitle, false)]
    public void Gb2312_is_named_only_when_every_pair_is_in_its_rows(string encoding, string text, bool eucCn)
    {
        Assert.Equal(eucCn, CharsetDetection.IsEucCn(Encoding.GetEncoding(encoding).GetBytes(text)));
    }

    /// <summary>The detector samples from the first non-ASCII byte, so a long English head does not hide the text.</summary>
    [Fact]
    public void Legacy_text_after_a_long_ascii_head_is_still_detected()
    {
        var head = string.Concat(Enumerable.Range(0, 300).Select(i => $"<item><title>Plain English item {i}</title><link>http://example.com/{i}</link></item>"));
        var xml = $"<rss version=\"2.0\"><channel><title>Wire</title>{head}<item><title>{RussianTitle}</title><description>{RussianText}</description></item></channel></rss>";
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(xml);
        Assert.True(bytes.Length > 20_000);

        var feed = FeedParser.Parse(bytes);

        Assert.Equal("koi8-r", feed.Encoding);
        Assert.Equal(RussianTitle, feed.Items[^1].Title);
    }

    [Fact]
    public void Html_pages_are_detected_too()
    {
        var html = Encoding.GetEncoding("windows-1251").GetBytes($"<html><body><h1>{RussianTitle}</h1><p>{RussianText}</p></body></html>");
        var decoded = FeedDecoder.Decode(html, "text/html");

        Assert.Equal("windows-1251", decoded.Encoding);
        Assert.Contains(RussianTitle, decoded.Text);
        Assert.NotNull(decoded.Problem);
    }

    private const string PolishTitle = "Cła na stal: szczyt w Brukseli przełożony, mówi minister gospodarki";

    /// <summary>HTML pages (page sources) name their encoding in a meta tag; the HTTP charset still wins over it.</summary>
    [Theory]
    [InlineData("windows-1250", "<meta charset=\"windows-1250\">", null, "windows-1250")]
    [InlineData("koi8-r", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">", null, "koi8-r")]
    [InlineData("windows-1251", "<META CHARSET=windows-1251>", null, "windows-1251")]
    [InlineData("windows-1251", "<meta charset=\"koi8-r\">", "text/html; charset=windows-1251", "windows-1251")]
    public void Html_meta_charset_names_the_encoding_of_a_page(string encoding, string meta, string? contentType, string reported)
    {
        var text = encoding == "windows-1250" ? PolishTitle : RussianTitle;
        var html = Encoding.GetEncoding(encoding).GetBytes($"<!doctype html><html><head>{meta}<title>x</title></head><body><h1>{text}</h1></body></html>");

        var decoded = FeedDecoder.Decode(html, contentType ?? "text/html");

        Assert.Equal(reported, decoded.Encoding);
        Assert.Contains(text, decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void A_meta_charset_past_the_first_1024_bytes_is_not_read()
    {
        var padding = new string(' ', 1100);
        var html = Encoding.GetEncoding("windows-1250").GetBytes($"<html><head>{padding}<meta charset=\"windows-1250\"></head><body>{PolishTitle}</body></html>");

        var decoded = FeedDecoder.Decode(html, "text/html");

        Assert.NotEqual("windows-1250", decoded.Encoding); // Polish is Latin script: detection leaves it at the fallback
        Assert.NotNull(decoded.Problem);
    }

    private static string RssXml(string title, string text) =>
        $"<rss version=\"2.0\"><channel><title>{title}</title><link>http://example.com/</link>"
        + $"<item><title>{title}</title><link>http://example.com/1</link><description>{text}</description></item></channel></rss>";

    private static byte[] Rss(Encoding encoding, string title, string text) => encoding.GetBytes(RssXml(title, text));
}
