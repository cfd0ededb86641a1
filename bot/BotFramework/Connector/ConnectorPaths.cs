namespace ConnectorBot.BotFramework.Connector;

/// <summary>The v3 routes, relative to a normalized serviceUrl. Ids are escaped: channel ids hold ':', '@' and ';'.</summary>
public static class ConnectorPaths
{
    public static string Conversations => "v3/conversations";

    public static string Activities(string conversationId) => $"v3/conversations/{Escape(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) => $"{Activities(conversationId)}/{Escape(activityId)}";

    public static string Member(string conversationId, string userId) => $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}";

    public static string PagedMembers(string conversationId, int pageSize, string? continuationToken)
    {
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers?pageSize={pageSize}";
        return string.IsNullOrEmpty(continuationToken) ? path : $"{path}&continuationToken={Escape(continuationToken)}";
    }

    public static string Team(string teamId) => $"v3/teams/{Escape(teamId)}";

    public static string Channels(string teamId) => $"{Team(teamId)}/conversations";

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id);
    }
}
