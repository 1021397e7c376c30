using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Watcher.Core.Bot;

/// <summary>
/// The bot's side of a conversation, independent of HTTP and auth: stores where the conversation can be reached,
/// greets once on install, answers commands, and handles card actions. Returns what to send; the transport sends it.
/// </summary>
public sealed class BotConversation(IConversationStore conversations, BotCommands commands, CardActions cardActions, TimeProvider time, ILogger<BotConversation> logger)
{
    public const string Greeting =
        "Hi, I'm **Watcher**. I follow tariff and summit news and can alert this conversation when something new or materially " +
        "changed appears. Try `latest tariffs`, `what's new`, `subscribe tariffs` or `help`.";

    public async Task<BotTurn> HandleAsync(Activity activity, CancellationToken ct = default)
    {
        if (activity.Conversation?.Id is null || string.IsNullOrEmpty(activity.ServiceUrl)) return BotTurn.Nothing;
        await conversations.SaveAsync(ConversationReference.From(activity, time.GetUtcNow()), ct);

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                if (activity.Value is JsonObject value && value.At("verb") is not null && string.IsNullOrWhiteSpace(activity.Text))
                    return new([Replies.Text(await cardActions.HandleSubmitAsync(activity, value, ct))]);
                var text = Mentions.StripBotMention(activity);
                return new([await commands.AnswerAsync(BotCommand.Parse(text), activity, ct)]);

            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true:
            case ActivityTypes.InstallationUpdate when activity.Action is null or "add" or "add-upgrade":
                return await GreetOnceAsync(activity, ct);

            case ActivityTypes.Invoke when activity.Name == "adaptiveCard/action":
                return new([], await cardActions.HandleExecuteAsync(activity, ct));

            case ActivityTypes.Invoke:
                logger.LogInformation("Invoke {Name} is not handled", activity.Name);
                return new([], new InvokeResponse(501));

            default:
                return BotTurn.Nothing;
        }
    }

    private async Task<BotTurn> GreetOnceAsync(Activity activity, CancellationToken ct)
    {
        var id = ConversationReference.BaseId(activity.Conversation!.Id!);
        if (!await conversations.TryMarkGreetedAsync(id, ct)) return BotTurn.Nothing;
        logger.LogInformation("Installed in conversation {ConversationType}; greeting", activity.Conversation.ConversationType ?? "personal");
        return new([Replies.Text(Greeting)]);
    }
}
