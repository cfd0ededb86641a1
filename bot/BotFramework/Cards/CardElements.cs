using System.Text.Json.Nodes;

namespace ConnectorBot.BotFramework.Cards;

/// <summary>The body elements ConnectorBot's cards use, as Adaptive Card 1.5 JSON.</summary>
public static class CardElements
{
    /// <summary>Text rendered with the TextBlock markdown subset: pass user text through <see cref="CardText.Escape"/> first.</summary>
    public static JsonObject TextBlock(string text, TextWeight? weight = null, TextSize? size = null, bool? isSubtle = null, bool wrap = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (weight is { } w)
        {
            block["weight"] = w switch { TextWeight.Lighter => "lighter", TextWeight.Bolder => "bolder", _ => "default" };
        }

        if (size is { } s)
        {
            block["size"] = s switch
            {
                TextSize.Small => "small",
                TextSize.Medium => "medium",
                TextSize.Large => "large",
                TextSize.ExtraLarge => "extraLarge",
                _ => "default",
            };
        }

        if (isSubtle is { } subtle)
        {
            block["isSubtle"] = subtle;
        }

        return block;
    }

    /// <summary>Title/value pairs; both render markdown, so escape user text.</summary>
    public static JsonObject FactSet(params (string Title, string Value)[] facts)
    {
        var array = new JsonArray();
        foreach (var (title, value) in facts)
        {
            array.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        return new JsonObject { ["type"] = "FactSet", ["facts"] = array };
    }

    /// <summary>Groups elements; a separator draws a line above the group.</summary>
    public static JsonObject Container(IEnumerable<JsonObject> items, bool separator = false, string? spacing = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. items]) };
        if (separator)
        {
            container["separator"] = true;
        }

        if (spacing is not null)
        {
            container["spacing"] = spacing;
        }

        return container;
    }

    public static JsonObject Container(params JsonObject[] items) => Container((IEnumerable<JsonObject>)items);

    /// <summary>Buttons inside the body, next to what they act on (the card's own actions sit at the bottom).</summary>
    public static JsonObject ActionSet(params JsonObject[] actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };
}

public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}

public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
