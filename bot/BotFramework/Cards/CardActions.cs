using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// Buttons that reach the bot. Action.Execute (Universal Actions) with an Action.Submit fallback carrying the verb,
/// so clients without Universal Actions (Web Chat, older Teams) still work; both arrive as a <see cref="CardAction"/>.
/// </summary>
public static class CardActions
{
    public const string Positive = "positive";
    public const string Destructive = "destructive";

    /// <summary>
    /// {"type":"Action.Execute","title","verb","data",…,"fallback":{"type":"Action.Submit","title","data":{"verb",…data}}}.
    /// Data must serialise to a JSON object (or be null) and must not use the reserved "verb" field.
    /// </summary>
    public static JsonObject ExecuteAction(string title, string verb, object? data, string? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        var fields = ToObject(data);
        if (fields.ContainsKey(CardAction.VerbField))
        {
            throw new ArgumentException($"Card action data may not use the reserved \"{CardAction.VerbField}\" field.", nameof(data));
        }

        var submitData = new JsonObject { [CardAction.VerbField] = verb };
        foreach (var (name, value) in fields)
        {
            submitData[name] = value?.DeepClone();
        }

        var fallback = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = submitData };
        var execute = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = fields };
        if (style is not null)
        {
            execute["style"] = style;
            fallback["style"] = style;
        }

        execute["fallback"] = fallback;
        return execute;
    }

    private static JsonObject ToObject(object? data) => data switch
    {
        null => [],
        JsonObject node => (JsonObject)node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(data, BotJson.Options) as JsonObject
            ?? throw new ArgumentException("Card action data must be a JSON object.", nameof(data)),
    };

    /// <summary>A button that opens <paramref name="card"/> inside the card, in place: for detail a member asks to see.</summary>
    public static JsonObject ShowCard(string title, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card.ToJsonObject() };
    }
}
