using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Interview;

/// <summary>Who a personal-chat turn is about: tenant, AAD object id, Teams user id and their 1:1 conversation.</summary>
public sealed record MemberKey(string TenantId, string MemberId, string UserId, string? ConversationId)
{
    public static MemberKey? From(Activity activity)
    {
        var tenant = activity.GetTenantId();
        var user = activity.From?.Id;
        var member = string.IsNullOrEmpty(activity.From?.AadObjectId) ? user : activity.From!.AadObjectId;
        return string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(member) || string.IsNullOrEmpty(user)
            ? null
            : new MemberKey(tenant, member, user, activity.Conversation?.Id);
    }
}
