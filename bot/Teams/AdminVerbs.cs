using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Teams;

/// <summary>The verbs of admin card buttons and their shared data fields: the contract between admin cards and their handlers.</summary>
public static class AdminVerbs
{
    public const string Prefix = "admin.";

    /// <summary>Every admin card carries the team it is for; the gate checks it against the channel's team.</summary>
    public const string TeamIdKey = "teamId";

    public static bool IsAdminVerb(string? verb) => verb is not null && verb.StartsWith(Prefix, StringComparison.Ordinal);

    public static string? ReadTeamId(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var value = action.GetString(TeamIdKey);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
