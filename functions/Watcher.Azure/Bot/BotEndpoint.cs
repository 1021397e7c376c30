using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Watcher.Core.Bot;

namespace Watcher.Azure.Bot;

/// <summary>What POST /api/messages answers: a status and, for an invoke, a JSON body.</summary>
public sealed record BotHttpResult(int Status, JsonObject? Body = null);

/// <summary>
/// POST /api/messages for both hosts: authenticate, parse, let <see cref="BotConversation"/> decide, send the
/// replies through the Connector, answer. Nothing of a rejected request is acted on (no store write, no reply).
/// </summary>
public sealed class BotEndpoint(BotOptions options, BotAuthenticator authenticator, BotConversation conversation, ConnectorClient connector, ILogger<BotEndpoint> logger)
{
    public const int MaxBodyBytes = 512 * 1024;

    public async Task<BotHttpResult> HandleAsync(string? authorization, ReadOnlyMemory<byte> body, CancellationToken ct = default)
    {
        if (!options.HasAppId && !options.AllowUnauthenticated)
            return Error(401, "the bot has no Watcher:Bot:AppId configured, and Watcher:Bot:AllowUnauthenticated is off");
        if (options.HasAppId && BotAuthenticator.BearerToken(authorization) is null)
            return Error(401, "an Authorization: Bearer token from the Bot Connector is required");
        if (body.Length > MaxBodyBytes) return Error(413, "activity too large");

        var activity = Activity.Parse(body.Span);
        if (activity?.Type is null) return Error(400, "the body is not an activity (JSON object with a type)");

        if (options.HasAppId)
        {
            var auth = await authenticator.AuthenticateAsync(authorization, activity, ct);
            if (!auth.Succeeded) return Error(auth.Status, auth.Reason ?? "unauthorized");
        }

        var turn = await conversation.HandleAsync(activity, ct);
        await SendRepliesAsync(activity, turn, ct);
        if (turn.Invoke is { } invoke) return new BotHttpResult(invoke.Status, invoke.Body);
        return new BotHttpResult(200);
    }

    private async Task SendRepliesAsync(Activity activity, BotTurn turn, CancellationToken ct)
    {
        foreach (var reply in turn.Replies)
        {
            reply["from"] = Account(activity.Recipient);
            reply["recipient"] = Account(activity.From);
            reply["conversation"] = new JsonObject { ["id"] = activity.Conversation!.Id };
            var replyTo = activity.Type == ActivityTypes.Message ? activity.Id : null;
            if (replyTo is not null) reply["replyToId"] = replyTo;
            try
            {
                await connector.SendAsync(activity.ServiceUrl!, activity.Conversation.Id!, replyTo, reply, ct: ct);
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // The activity was handled; the channel resending it would not make the reply go through.
                logger.LogError("Reply to conversation could not be sent: {Error}", ex.Message);
            }
        }
    }

    private static JsonObject? Account(ChannelAccount? a) => a is null ? null : new JsonObject { ["id"] = a.Id, ["name"] = a.Name };

    private static BotHttpResult Error(int status, string message) => new(status, new JsonObject { ["error"] = message });
}
