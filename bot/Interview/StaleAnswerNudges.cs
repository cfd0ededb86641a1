using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview.Stores;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Interview;

/// <summary>
/// Before a round, members whose answers are older than the configured age get one 1:1 card:
/// "Still hoping to …?" with Keep / Update. Each member is nudged at most once per answer age.
/// </summary>
public sealed class StaleAnswerNudges(
    ProfileStore profiles,
    IConnectorClient connector,
    IOptions<InterviewOptions> options,
    TimeProvider clock,
    ILogger<StaleAnswerNudges> logger)
{
    /// <summary>Sends the nudges due in one tenant; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.StaleAfterDays);
        var sent = 0;
        await foreach (var profile in profiles.ListAsync(tenantId, cancellationToken))
        {
            if (!IsDue(profile, cutoff, now) || profile.Chat is not { } chat)
            {
                continue;
            }

            var member = new MemberKey(profile.TenantId, profile.MemberId, chat.UserId, chat.ConversationId);
            try
            {
                await connector.ForTenant(profile.TenantId).SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, NudgeActivity(profile), cancellationToken);
            }
            catch (ConnectorException e)
            {
                // A member who blocked the bot or left is skipped; the round goes on.
                logger.LogWarning("Could not nudge a member of tenant {TenantId} about stale answers: {Outcome} ({Status}).", tenantId, e.Outcome, e.StatusCode);
                continue;
            }

            await profiles.UpdateAsync(member, p => p is null ? null : p with { NudgedAt = now }, cancellationToken);
            sent++;
        }

        logger.LogInformation("Sent {Count} stale-answer nudges in tenant {TenantId}.", sent, tenantId);
        return sent;
    }

    private static bool IsDue(Profile profile, DateTimeOffset cutoff, DateTimeOffset now) =>
        profile.IsComplete
        && profile.Consent == true
        && !profile.IsPausedAt(now)
        && profile.AnsweredAt is { } answered && answered < cutoff
        && (profile.NudgedAt is not { } nudged || nudged < answered);

    private static Activity NudgeActivity(Profile profile) => new()
    {
        Type = ActivityTypes.Message,
        Summary = "Still true?",
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = InterviewCards.StaleNudge(profile) }],
    };
}
