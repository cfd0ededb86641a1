using System.Text.Json;

namespace ConnectorBot.BotFramework.Schema;

/// <summary>
/// Finds text in raw JSON (an activity's <c>value</c> or <c>channelData</c>) that is not well-formed UTF-16: an escaped
/// lone surrogate (<c>"\ud83d"</c>) parses, but reading it as a string throws, wherever a feature reads it later.
/// </summary>
public static class IllFormedText
{
    /// <summary>The path of the first ill-formed string or property name under <paramref name="element"/>, or null.</summary>
    public static string? FindIn(JsonElement? element, string path) => element is { } e ? Find(e, path) : null;

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(() => element.GetString()) ? null : path;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // The name is not logged as it stands: it is the sender's text, and may be the ill-formed part.
                    if (!Readable(() => property.Name))
                    {
                        return path + ".(a property name)";
                    }

                    if (Find(property.Value, path + "." + Short(property.Name)) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    // Names are the card's input ids; a made-up one may be long, and the path is logged.
    private static string Short(string name) => name.Length <= 40 ? name : name[..40] + "…";

    private static bool Readable(Func<string?> read)
    {
        try
        {
            read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
