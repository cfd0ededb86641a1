using ConnectorBot.Interview.Stores;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros;

/// <summary>
/// Who a round's note to a member left first in line reaches, decided as it is sent: nobody when, since the round, the
/// member said "forget me" (no profile), withdrew their consent or paused (they asked to be left out, and need no word on
/// why they were), or the bot left the team. Otherwise their stored 1:1 chat, through the team's endpoint.
/// </summary>
public sealed class WaitingNotes(ProfileStore profiles, TimeProvider clock, ILogger<WaitingNotes> logger)
{
    /// <param name="team">The item's team as stored, read once by the caller for all the notes it sends (null: gone).</param>
    public async Task<WaitingNoteTarget> TargetAsync(OutboxItem item, TeamSettings? team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.MemberId is not { } memberId)
        {
            return new WaitingNoteTarget(null, Forgotten: false);
        }

        var profile = (await profiles.GetManyAsync(item.TenantId, [memberId], cancellationToken)).GetValueOrDefault(memberId);
        if (profile is null)
        {
            return new WaitingNoteTarget(null, Forgotten: true);
        }

        if (profile.Consent != true || profile.IsPausedAt(clock.GetUtcNow()) || team is null || team.UninstalledAt is not null)
        {
            return new WaitingNoteTarget(null, Forgotten: false);
        }

        if (profile.Chat is not { } chat)
        {
            // A member who answered did so in their 1:1 chat, so this is rare: without the chat there is no Teams user id to open one with.
            logger.LogInformation("Round {RoundId} of team {TeamId}: a member left first in line has no stored 1:1 chat; not told.", item.IntroId, item.TeamId);
            return new WaitingNoteTarget(null, Forgotten: false);
        }

        return new WaitingNoteTarget(
            new PersonalRecipient(item.TenantId, item.TeamId, team.ServiceUrl, chat.UserId, chat.CameFrom(team.ServiceUrl) ? chat.ConversationId : null, item.IntroId),
            Forgotten: false);
    }
}

/// <summary>Where a waiting note goes (null: nowhere), and whether that is because the member was forgotten (then the item goes too).</summary>
public sealed record WaitingNoteTarget(PersonalRecipient? Recipient, bool Forgotten);
