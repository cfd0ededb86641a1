using System.Text.Json;

namespace ConnectorBot.BotFramework.Turns;

/// <summary>
/// A button press on a card, whichever way it came: Action.Execute (an adaptiveCard/action invoke)
/// or its Action.Submit fallback (a message whose value carries the data and a "verb").
/// </summary>
public sealed record CardAction(string Verb, JsonElement Data, bool IsExecute)
{
    public const string VerbField = "verb";

    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
