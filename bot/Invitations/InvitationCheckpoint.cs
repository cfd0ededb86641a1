
namespace ConnectorBot.Invitations;

/// <summary>
/// Saves a walk's place and counts, only over the version that walk last saved, so a run that lost its lease can
/// never move the job back (and so welcome someone twice); the card's ids and anything else stored are kept.
/// </summary>
public sealed class InvitationCheckpoint(InvitationStore jobs, ILogger<InvitationCheckpoint> logger)
{
    /// <summary>The job as stored now, or null when it had moved on from <paramref name="expected"/> (nothing written).</summary>
    public async Task<InvitationJob?> SaveAsync(InvitationJob expected, InvitationJob next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(next);
        if (next == expected)
        {
            return expected;
        }

        var wrote = false;
        var stored = await jobs.UpdateAsync(
            expected.TenantId,
            expected.TeamId,
            current =>
            {
                wrote = current is not null && SamePlace(current, expected);
                return wrote ? WithProgress(current!, next) : null;
            },
            cancellationToken);
        if (!wrote || stored is null)
        {
            logger.LogWarning("Invite everyone in team {TeamId}: the job was moved on elsewhere; this run stops.", expected.TeamId);
            return null;
        }

        return stored;
    }

    private static bool SamePlace(InvitationJob current, InvitationJob expected) =>
        current.Pass == expected.Pass
        && current.State == expected.State
        && current.PageToken == expected.PageToken
        && current.PageIndex == expected.PageIndex
        && current.InFlightMemberId == expected.InFlightMemberId
        && current.Total == expected.Total
        && current.Handled == expected.Handled;

    private static InvitationJob WithProgress(InvitationJob current, InvitationJob next) => current with
    {
        State = next.State,
        PageToken = next.PageToken,
        PageIndex = next.PageIndex,
        Total = next.Total,
        Invited = next.Invited,
        Answered = next.Answered,
        Unreachable = next.Unreachable,
        InFlightMemberId = next.InFlightMemberId,
        InFlightAt = next.InFlightAt,
        NextAttemptAt = next.NextAttemptAt,
        Failures = next.Failures,
        LastError = next.LastError,
        FinishedAt = next.FinishedAt,
    };
}
