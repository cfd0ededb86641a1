using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.BotFramework.Routing;

/// <summary>The named events of the bot's life in a team or chat, read from conversationUpdate and installationUpdate activities.</summary>
public enum LifecycleKind
{
    /// <summary>The bot was added to a team.</summary>
    InstalledInTeam,

    /// <summary>The bot was removed from a team, or the team was deleted.</summary>
    RemovedFromTeam,

    /// <summary>A deleted team was restored (the bot with it).</summary>
    TeamRestored,

    /// <summary>A member installed the bot in their personal scope.</summary>
    InstalledPersonally,
}

/// <summary>
/// One lifecycle event: its kind, the tenant and (for team events) the team. Teams may send several activities for one
/// change (conversationUpdate teamMemberAdded with the bot in membersAdded, and installationUpdate "add"); handlers are
/// idempotent, so each only acts on the first.
/// </summary>
public sealed record LifecycleEvent(LifecycleKind Kind, string TenantId, string TeamId)
{
    /// <summary>The events an activity carries, in the order they are handled (none for most activities).</summary>
    public static IReadOnlyList<LifecycleEvent> Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.GetTenantId() is not { Length: > 0 } tenantId)
        {
            return [];
        }

        var events = new List<LifecycleEvent>(2);
        var personal = activity.Conversation?.ConversationType is null or "personal";
        if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "add" or "add-upgrade" && personal)
        {
            events.Add(new LifecycleEvent(LifecycleKind.InstalledPersonally, tenantId, string.Empty));
        }

        var channelData = activity.GetTeamsChannelData();
        if (channelData?.Team?.Id is { Length: > 0 } teamId && TeamKindOf(activity, channelData.EventType) is { } kind)
        {
            events.Add(new LifecycleEvent(kind, tenantId, teamId));
        }

        return events;
    }

    private static LifecycleKind? TeamKindOf(Activity activity, string? eventType)
    {
        var botId = activity.Recipient?.Id;
        return activity.Type switch
        {
            // The SDKs treat the upgrade variants as plain add / remove; so do we.
            ActivityTypes.InstallationUpdate => activity.Action switch
            {
                "add" or "add-upgrade" => LifecycleKind.InstalledInTeam,
                "remove" or "remove-upgrade" => LifecycleKind.RemovedFromTeam,
                _ => null,
            },
            ActivityTypes.ConversationUpdate when eventType is "teamDeleted" or "teamHardDeleted" => LifecycleKind.RemovedFromTeam,
            ActivityTypes.ConversationUpdate when eventType is "teamRestored" => LifecycleKind.TeamRestored,
            ActivityTypes.ConversationUpdate when botId is not null && Names(activity.MembersRemoved, botId) => LifecycleKind.RemovedFromTeam,
            ActivityTypes.ConversationUpdate when botId is not null && Names(activity.MembersAdded, botId) => LifecycleKind.InstalledInTeam,
            _ => null,
        };
    }

    // The lists come from the wire: JSON may hold null entries ("membersAdded": [null]) despite the declared type.
    private static bool Names(IReadOnlyList<ChannelAccount?>? members, string botId) => members?.Any(m => m?.Id == botId) == true;
}
