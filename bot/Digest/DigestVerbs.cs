using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Digest;

/// <summary>The card verbs of the digest and their data fields: the contract between the card and its handler.</summary>
public static class DigestVerbs
{
    /// <summary>"Offer to help" on one need; data <see cref="NeederIdKey"/> and <see cref="NeedHashKey"/>.</summary>
    public const string Offer = "digest.offer";

    public const string NeederIdKey = "neederId";
    public const string NeedHashKey = "needHash";

    public const string Prefix = "digest.";

    public static string? ReadNeederId(CardAction action) => NonBlank(action, NeederIdKey);

    public static string? ReadNeedHash(CardAction action) => NonBlank(action, NeedHashKey);

    private static string? NonBlank(CardAction action, string key)
    {
        ArgumentNullException.ThrowIfNull(action);
        var value = action.GetString(key);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
