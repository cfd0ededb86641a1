using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview.Stores;

namespace ConnectorBot.Interview;

public enum InvitationOutcome
{
    Invited,
    AlreadyAnswered,
    Unreachable,
}

/// <summary>
/// An admin's invitation: opens a 1:1 chat with a roster member who has not answered yet and sends the
/// same welcome and first question as an install would. Members who answered are left alone; someone part-way
/// through is reminded of the question they left, not started again.
/// </summary>
public sealed class InterviewInvitations(
    IConnectorClient connector,
    ProfileStore profiles,
    InterviewSessionStore sessions,
    InterviewQuestions questions,
    TimeProvider clock,
    ILogger<InterviewInvitations> logger)
{
    public async Task<InvitationOutcome> InviteAsync(string tenantId, string serviceUrl, string botId, TeamsChannelAccount member, CancellationToken cancellationToken)
    {
        var memberId = member.EntraObjectId ?? member.Id ?? throw new ArgumentException("The roster member has no id.", nameof(member));
        var key = new MemberKey(tenantId, memberId, member.Id ?? memberId, null);
        var profile = await profiles.GetAsync(key, cancellationToken);
        if (profile is { IsComplete: true })
        {
            return InvitationOutcome.AlreadyAnswered;
        }

        var session = profile is null ? null : await sessions.GetAsync(key, cancellationToken);

        try
        {
            var conversation = await connector.ForTenant(tenantId).CreatePersonalConversationAsync(serviceUrl, botId, member.Id!, tenantId, cancellationToken);
            var chat = new PersonalChat(conversation.ServiceUrl ?? serviceUrl, conversation.Id!, member.Id!, botId);
            if (session?.Awaiting is { } waiting && waiting != ProfileField.Accomplish)
            {
                // The session is touched first, as a fresh invitation's is: the caller's crash recovery reads it.
                await sessions.UpdateAsync(key, s => s with { UpdatedAt = clock.GetUtcNow() }, cancellationToken);
                await connector.ForTenant(tenantId).SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, Message(InterviewStrings.PickUp), cancellationToken);
                await connector.ForTenant(tenantId).SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, Message(InterviewStrings.Question(waiting)), cancellationToken);
                return InvitationOutcome.Invited;
            }

            await questions.StartAsync(key with { ConversationId = chat.ConversationId }, member.Name, null, null, chat, cancellationToken);
            await connector.ForTenant(tenantId).SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, Message(questions.Welcome(member.Name)), cancellationToken);
            await connector.ForTenant(tenantId).SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, Message(InterviewStrings.AskAccomplish), cancellationToken);
            return InvitationOutcome.Invited;
        }
        catch (ConnectorException e) when (e.Outcome is not (ConnectorOutcome.Throttled or ConnectorOutcome.NetworkError or ConnectorOutcome.ServiceError or ConnectorOutcome.TokenUnavailable))
        {
            // Blocked the bot, not installed for them, left the tenant: the admin sees a count, the others still get theirs.
            // Teams or the token service being down is not about the member: that is thrown, for the caller to retry.
            logger.LogWarning("Could not invite a member of tenant {TenantId}: {Outcome} ({Status}).", tenantId, e.Outcome, e.StatusCode);
            return InvitationOutcome.Unreachable;
        }
    }

    private static Activity Message(string markdown) => new() { Type = ActivityTypes.Message, Text = markdown, TextFormat = "markdown" };
}
