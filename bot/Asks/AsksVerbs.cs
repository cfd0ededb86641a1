using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Asks;

/// <summary>The card verbs of asks and their data fields: the contract between the cards and their handler.</summary>
public static class AsksVerbs
{
    /// <summary>The asker picks one of the colleagues found; data <see cref="AskIdKey"/> and <see cref="MemberIdKey"/>.</summary>
    public const string Pick = "ask.pick";

    /// <summary>"Find who can help" under the summary card's box; the box's value comes back as <see cref="NeedKey"/>.</summary>
    public const string Find = "ask.find";

    public const string AskIdKey = "askId";
    public const string NeedKey = "need";
    public const string MemberIdKey = "memberId";

    public const string Prefix = "ask.";

    public static string? ReadAskId(CardAction action) => NonBlank(action, AskIdKey);

    public static string? ReadMemberId(CardAction action) => NonBlank(action, MemberIdKey);

    private static string? NonBlank(CardAction action, string key)
    {
        ArgumentNullException.ThrowIfNull(action);
        var value = action.GetString(key);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
