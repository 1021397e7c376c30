using System.Text.Json.Nodes;
using Watcher.Core.Bot;

namespace Watcher.Core.Tests.Bot;

public class MentionsTests
{
    private static Activity Message(string text, params (string Id, string Name, string? Text)[] mentions) => new()
    {
        Type = "message",
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Watcher" },
        Entities = mentions.Select(m => new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = m.Id, ["name"] = m.Name },
            ["text"] = m.Text,
        }).ToList(),
    };

    [Theory]
    [InlineData("<at>Watcher</at> latest tariffs", "latest tariffs")]
    [InlineData("latest <AT>watcher</AT> tariffs ", "latest  tariffs")]
    [InlineData("  help  ", "help")]
    public void Strips_the_bots_own_mention(string text, string expected) =>
        Assert.Equal(expected, Mentions.StripBotMention(Message(text, ("28:bot", "Watcher", "<at>Watcher</at>"))));

    [Fact]
    public void Leaves_other_peoples_mentions() =>
        Assert.Equal("<at>Ana</at> search canola", Mentions.StripBotMention(Message("<at>Watcher</at> <at>Ana</at> search canola",
            ("28:bot", "Watcher", "<at>Watcher</at>"), ("29:ana", "Ana", "<at>Ana</at>"))));

    [Fact]
    public void Without_mention_text_uses_the_name() =>
        Assert.Equal("status", Mentions.StripBotMention(Message("<at>Watcher</at> status", ("28:bot", "Watcher", null))));

    [Fact]
    public void A_regex_looking_name_is_matched_literally() =>
        Assert.Equal("help", Mentions.StripBotMention(new Activity
        {
            Text = "<at>W.*</at> help", Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "W.*" }, ["text"] = "<at>W.*</at>" }],
        }));
}
