using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// A tiny Adaptive Card 1.5 builder over JSON nodes (Teams' highest version). Cards are data: text goes in only
/// through the elements' properties, so callers escape user text with <see cref="CardText"/> before it gets here.
/// </summary>
public sealed class AdaptiveCard
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private readonly JsonArray _body = [];
    private readonly JsonArray _actions = [];
    private JsonObject? _refresh;

    /// <summary>Appends elements (from <see cref="CardElements"/>) to the card's body.</summary>
    public AdaptiveCard Add(params JsonObject[] elements)
    {
        foreach (var element in elements)
        {
            _body.Add(element);
        }

        return this;
    }

    /// <summary>Appends actions (from <see cref="CardActions"/>) to the card's own action bar.</summary>
    public AdaptiveCard AddActions(params JsonObject[] actions)
    {
        foreach (var action in actions)
        {
            _actions.Add(action);
        }

        return this;
    }

    /// <summary>
    /// Universal Actions' user-specific view: Teams clients of <paramref name="userIds"/> (Teams user ids, at most 60)
    /// invoke <paramref name="action"/> when they show the card and show the card the bot answers with instead.
    /// </summary>
    public AdaptiveCard WithRefresh(JsonObject action, IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(action);
        _refresh = new JsonObject { ["action"] = action.DeepClone(), ["userIds"] = new JsonArray([.. userIds.Select(id => JsonValue.Create(id))]) };
        return this;
    }

    /// <summary>A fresh copy of the card's JSON; the builder stays reusable.</summary>
    public JsonObject ToJsonObject()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = _body.DeepClone(),
        };
        if (_actions.Count > 0)
        {
            card["actions"] = _actions.DeepClone();
        }

        if (_refresh is not null)
        {
            card["refresh"] = _refresh.DeepClone();
        }

        return card;
    }

    /// <summary>What <c>TurnContext.SendCardAsync</c> takes.</summary>
    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(ToJsonObject());

    /// <summary>What <c>InvokeResponse.Card</c> takes: serialises as the card itself.</summary>
    public object ToInvokeValue() => ToJsonElement();
}
