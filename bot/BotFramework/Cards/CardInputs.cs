using System.Text.Json.Nodes;

namespace ConnectorBot.BotFramework.Cards;

/// <summary>
/// Adaptive Card 1.5 inputs. Their values come back inside the action's data (Action.Execute and Action.Submit alike),
/// keyed by id. Labels, titles and values are plain text (not markdown), so they need no markdown escaping.
/// </summary>
public static class CardInputs
{
    /// <summary>A required choice; <paramref name="errorMessage"/> is what the client says when none is picked.</summary>
    public static JsonObject ChoiceSet(string id, string label, string? value, IEnumerable<(string Title, string Value)> choices, string errorMessage, bool compact = true)
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
        Require(input, errorMessage);
        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }

    /// <summary>
    /// A required number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="errorMessage"/> is what the
    /// client says when it is missing or out of range. A null value leaves the input empty.
    /// </summary>
    public static JsonObject Number(string id, string label, decimal? value, int min, int max, string errorMessage)
    {
        var input = Input("Input.Number", id, label);
        if (value is { } number)
        {
            input["value"] = number;
        }

        input["min"] = min;
        input["max"] = max;
        Require(input, errorMessage);
        return input;
    }

    /// <summary>Free text; with <paramref name="requiredMessage"/> it is required and that is what the client says when it is empty.</summary>
    public static JsonObject Text(string id, string label, string? value, string? placeholder = null, int? maxLength = null, string? requiredMessage = null)
    {
        var input = Input("Input.Text", id, label);
        if (requiredMessage is not null)
        {
            Require(input, requiredMessage);
        }

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

    // Adaptive Cards 1.3+: a required input without errorMessage gets a renderer warning and a bare red outline.
    private static void Require(JsonObject input, string errorMessage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorMessage);
        input["isRequired"] = true;
        input["errorMessage"] = errorMessage;
    }

    private static JsonObject Input(string type, string id, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
    }
}
