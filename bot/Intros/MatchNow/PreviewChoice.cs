using System.Text.Json;

using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>
/// What the admin kept in the match-now preview: each intro has a switch named by its id (the preview names its round,
/// and ids derive from the round and the members, so the post's re-planned intros carry the same ids). Post makes only
/// the intros left on; one switched off is not made, nor suggested again in that round.
/// </summary>
public sealed record PreviewChoice(IReadOnlySet<string> Kept, int Dropped)
{
    private const string Prefix = "keep|";

    /// <summary>The switch's input id for an intro of the preview.</summary>
    public static string InputId(string introId) => Prefix + introId;

    /// <summary>The switches a Post press carried; null when it carried none (a card without them: every intro is made).</summary>
    public static PreviewChoice? Read(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        var dropped = 0;
        var any = false;
        foreach (var property in action.Data.EnumerateObject().Where(p => p.Name.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            any = true;
            if (IsOn(property.Value))
            {
                kept.Add(property.Name[Prefix.Length..]);
            }
            else
            {
                dropped++;
            }
        }

        return any ? new PreviewChoice(kept, dropped) : null;
    }

    // Teams sends a toggle's value as its valueOn/valueOff text; a hand-made invoke may send a JSON boolean.
    private static bool IsOn(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
