using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Replies;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding;

/// <summary>
/// Tells a member how their answers were understood once that is ready: a card in their personal chat, sent the way the
/// bot's other 1:1 messages are (the chat reference kept in their profile), in order behind any reply still owed there (the reply outbox), at most once per change —
/// each answer's row is marked before the send (ETag-guarded, so two refreshes cannot both send), and a failed send is
/// not repeated (the summary card shows the same on <c>show</c>). Only members who have answered every question are
/// told, so nobody gets a card between two questions, and only once all their answers are understood, so a change gets one
/// card, not one per answer.
/// </summary>
public sealed class UnderstandingPlayback(
    UnderstandingStore store,
    ProfileStore profiles,
    ReplyOutbox replies,
    IOptions<UnderstandingOptions> options,
    ILogger<UnderstandingPlayback> logger)
{
    /// <summary>Sends the card when an understanding of a current answer has not been played back; returns whether it was sent.</summary>
    public async Task<bool> SendIfDueAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        if (!options.Value.SendPlayback)
        {
            return false;
        }

        var key = new MemberKey(tenantId, memberId, string.Empty, null);
        if (await profiles.GetAsync(key, cancellationToken) is not { IsComplete: true, Chat: { } chat } profile)
        {
            return false;
        }

        // Only when every answer is understood: one card for a change, not one per answer as each is finished.
        var answered = AnswerKinds.Answers.Select(k => (Kind: k, Answer: AnswerKinds.AnswerOf(profile, k))).Where(a => a.Answer is not null).ToList();
        var stored = await store.ReadAsync(tenantId, memberId, cancellationToken);
        if (answered.Any(a => stored.GetValueOrDefault(a.Kind) is not { IsGenerated: true } row || !row.IsOf(a.Answer))
            || answered.All(a => stored[a.Kind].PlayedBack))
        {
            return false;
        }

        var claimed = 0;
        foreach (var (kind, answer) in answered)
        {
            var claim = false;
            await store.UpdateAsync(
                tenantId,
                memberId,
                kind,
                current =>
                {
                    // Re-run on every ETag conflict: only the writer that flips the mark sends.
                    claim = current is { IsGenerated: true, PlayedBack: false } && current.IsOf(answer);
                    return claim ? current! with { PlayedBack = true } : null;
                },
                cancellationToken);
            claimed += claim ? 1 : 0;
        }

        if (claimed == 0)
        {
            return false;
        }

        var understandings = await store.ReadAsync(tenantId, memberId, cancellationToken);
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = UnderstandingStrings.PlaybackSummary,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = UnderstandingCards.Playback(profile, understandings) }],
        };
        try
        {
            // Through the reply outbox: behind any reply to the member's last answer still owed, never before it.
            // The marks above make this the only send of this playback: a fresh key is enough.
            var sendKey = "playback|" + Guid.NewGuid().ToString("N");
            await replies.SendInOrderAsync(tenantId, chat.ServiceUrl, chat.ConversationId, memberId, sendKey, message, cancellationToken);
            return true;
        }
        catch (ConnectorException e)
        {
            // Blocked the bot or left: the summary card still shows it; nothing is sent twice.
            logger.LogWarning("Could not tell a member of tenant {TenantId} how their answers were understood: {Outcome} ({Status}).", tenantId, e.Outcome, e.StatusCode);
            return false;
        }
    }
}
