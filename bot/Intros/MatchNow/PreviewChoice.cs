using System.Text.Json;

using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>
/// What the admin chose in the match-now preview: each listed intro has a switch named by its id (the preview names its
/// round, and ids derive from the round and the members, so the post's re-planned intros carry the same ids). Post makes
/// the intros left on; one switched off is not made, nor suggested again in that round. A big round's preview lists only
/// its best intros and its Post button carries <see cref="UnlistedKey"/>: the intros it didn't list are made as planned.
/// </summary>
public static class PreviewChoice
{
    /// <summary>In the Post button's data (true) when the preview listed only some of the round's intros.</summary>
    public const string UnlistedKey = "unlisted";

    private const string Prefix = "keep|";

    /// <summary>The switch's input id for an intro of the preview.</summary>
    public static string InputId(string introId) => Prefix + introId;

    /// <summary>
    /// The switches a Post press carried; null when it carried none and listed every intro (a card without switches:
    /// every intro is made).
    /// </summary>
    public static IntroChoice? Read(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var on = new HashSet<string>(StringComparer.Ordinal);
        var off = new HashSet<string>(StringComparer.Ordinal);
        var unlisted = false;
        foreach (var property in action.Data.EnumerateObject())
        {
            if (property.Name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                (IsOn(property.Value) ? on : off).Add(property.Name[Prefix.Length..]);
            }
            else if (property.Name == UnlistedKey)
            {
                unlisted = IsOn(property.Value);
            }
        }

        return on.Count + off.Count > 0 || unlisted ? new IntroChoice(on, off, unlisted) : null;
    }

    // Teams sends a toggle's value as its valueOn/valueOff text; a hand-made invoke may send a JSON boolean.
    private static bool IsOn(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.String => string.Equals(value.GetString(), "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
