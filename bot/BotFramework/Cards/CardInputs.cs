using System.Text.Json.Nodes;

namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// Adaptive Card 1.5 inputs. Their values come back inside the action's data (Action.Execute and Action.Submit alike),
/// keyed by id. Labels, titles and values are plain text (not markdown), so they need no markdown escaping.
/// </summary>
public static class CardInputs
{
    public static JsonObject ChoiceSet(string id, string label, string? value, IEnumerable<(string Title, string Value)> choices, bool compact = true)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var list = new JsonArray();
        foreach (var (title, choiceValue) in choices)
        {
            list.Add(new JsonObject { ["title"] = title, ["value"] = choiceValue });
        }

        var input = Input("Input.ChoiceSet", id, label);
        input["choices"] = list;
        input["style"] = compact ? "compact" : "expanded";
        input["isRequired"] = true;
        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }

    public static JsonObject Number(string id, string label, int value, int min, int max)
    {
        var input = Input("Input.Number", id, label);
        input["value"] = value;
        input["min"] = min;
        input["max"] = max;
        input["isRequired"] = true;
        return input;
    }

    public static JsonObject Text(string id, string label, string? value, string? placeholder = null, int? maxLength = null)
    {
        var input = Input("Input.Text", id, label);
        if (value is not null)
        {
            input["value"] = value;
        }

        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        if (maxLength is { } max)
        {
            input["maxLength"] = max;
        }

        return input;
    }

    /// <summary>A switch whose value comes back as "true" or "false".</summary>
    public static JsonObject Toggle(string id, string title, bool value)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = id,
            ["title"] = title,
            ["value"] = value ? "true" : "false",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
        };
        return input;
    }

    private static JsonObject Input(string type, string id, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
    }
}
