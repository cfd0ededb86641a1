using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Invitations;

/// <summary>
/// Posts and updates a job's progress card in the conversation the admin asked in. Best effort: a card that
/// cannot be posted or updated is logged, and the invitations go on regardless.
/// </summary>
public sealed class InvitationProgressCard(IConnectorClient connector, ILogger<InvitationProgressCard> logger)
{
    /// <summary>Posts the card; returns its activity id, or null when it could not be posted.</summary>
    public async Task<string?> PostAsync(InvitationJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.ConversationId is null)
        {
            return null;
        }

        try
        {
            var posted = await connector.ForTenant(job.TenantId).SendToConversationAsync(job.ServiceUrl, job.ConversationId, Activity(job), cancellationToken);
            return posted.Id;
        }
        catch (ConnectorException e)
        {
            logger.LogWarning("Could not post the invitation progress card in team {TeamId}: {Outcome} ({Status}).", job.TeamId, e.Outcome, e.StatusCode);
            return null;
        }
    }

    public async Task UpdateAsync(InvitationJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.ConversationId is null || job.CardActivityId is null)
        {
            return;
        }

        try
        {
            await connector.ForTenant(job.TenantId).UpdateActivityAsync(job.ServiceUrl, job.ConversationId, job.CardActivityId, Activity(job) with { Id = job.CardActivityId }, cancellationToken);
        }
        catch (ConnectorException e)
        {
            logger.LogWarning("Could not update the invitation progress card in team {TeamId}: {Outcome} ({Status}).", job.TeamId, e.Outcome, e.StatusCode);
        }
    }

    public static Activity Activity(InvitationJob job) => new()
    {
        Type = ActivityTypes.Message,
        Summary = InvitationStrings.Title,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = InvitationCards.Progress(job) }],
    };
}
