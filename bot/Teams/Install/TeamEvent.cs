using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Teams.Install;

public enum TeamEventKind
{
    None,

    /// <summary>The bot was added to the team.</summary>
    Installed,

    /// <summary>The bot was removed from the team, or the team was deleted.</summary>
    Removed,

    /// <summary>A deleted team was restored (the bot with it).</summary>
    Restored,
}

/// <summary>
/// What a conversationUpdate or installationUpdate says about the bot's place in a team. Teams may send several
/// for one change (conversationUpdate teamMemberAdded with the bot in membersAdded, and installationUpdate "add");
/// the handlers are idempotent, so each only acts on the first.
/// </summary>
public sealed record TeamEvent(TeamEventKind Kind, string TenantId, string TeamId)
{
    public static TeamEvent Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelData = activity.GetTeamsChannelData();
        if (channelData?.Team?.Id is not { Length: > 0 } teamId || activity.GetTenantId() is not { Length: > 0 } tenantId)
        {
            return new TeamEvent(TeamEventKind.None, string.Empty, string.Empty);
        }

        return new TeamEvent(KindOf(activity, channelData.EventType), tenantId, teamId);
    }

    private static TeamEventKind KindOf(Activity activity, string? eventType)
    {
        var botId = activity.Recipient?.Id;
        return activity.Type switch
        {
            // The SDKs treat the upgrade variants as plain add / remove; so do we.
            ActivityTypes.InstallationUpdate => activity.Action switch
            {
                "add" or "add-upgrade" => TeamEventKind.Installed,
                "remove" or "remove-upgrade" => TeamEventKind.Removed,
                _ => TeamEventKind.None,
            },
            ActivityTypes.ConversationUpdate when eventType is "teamDeleted" or "teamHardDeleted" => TeamEventKind.Removed,
            ActivityTypes.ConversationUpdate when eventType is "teamRestored" => TeamEventKind.Restored,
            ActivityTypes.ConversationUpdate when botId is not null && Names(activity.MembersRemoved, botId) => TeamEventKind.Removed,
            ActivityTypes.ConversationUpdate when botId is not null && Names(activity.MembersAdded, botId) => TeamEventKind.Installed,
            _ => TeamEventKind.None,
        };
    }

    // The lists come from the wire: JSON may hold null entries ("membersAdded": [null]) despite the declared type.
    private static bool Names(IReadOnlyList<ChannelAccount?>? members, string botId) => members?.Any(m => m?.Id == botId) == true;
}
