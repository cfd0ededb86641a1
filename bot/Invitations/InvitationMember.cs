using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

namespace ConnectorBot.Invitations;

/// <summary>What happened to one roster member, and whether Teams was called for them (which is what the pace spaces out).</summary>
public sealed record MemberInvitation(InvitationOutcome Outcome, bool Contacted);

/// <summary>
/// Invites one roster member, never twice in a pass. Before anything is sent the job records the member as in flight
/// (with the time); if a run ends before the outcome is saved (a crash, a 429 part-way), the next run finds the member
/// still in flight and asks the interview: <see cref="InterviewInvitations"/> stores the member's interview session
/// after opening the 1:1 and before sending the welcome, so a session touched since the mark means the invitation got
/// as far as it can safely go and is not repeated; no session means nothing reached the member, so it is sent now.
/// The price is at most once: a run ending between the session and the welcome leaves that member without the
/// welcome in this pass (their interview is waiting for them; the next pass reaches them).
/// </summary>
public sealed class InvitationMember(InterviewInvitations invitations, InterviewSessionStore sessions)
{
    public async Task<MemberInvitation> InviteAsync(InvitationJob job, TeamsChannelAccount member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(member);
        if (member.Id is null)
        {
            // Teams gave no user id to open a chat with.
            return new MemberInvitation(InvitationOutcome.Unreachable, Contacted: false);
        }

        if (IsInFlight(job, member) && await WasInvitedSinceAsync(job, member, job.InFlightAt!.Value, cancellationToken))
        {
            return new MemberInvitation(InvitationOutcome.Invited, Contacted: false);
        }

        var outcome = await invitations.InviteAsync(job.TenantId, job.ServiceUrl, job.BotId, member, cancellationToken);
        return new MemberInvitation(outcome, Contacted: outcome != InvitationOutcome.AlreadyAnswered);
    }

    /// <summary>The member's id as the job and the interview know it: the Entra object id, else the Teams user id.</summary>
    public static string IdOf(TeamsChannelAccount member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.EntraObjectId ?? member.Id ?? string.Empty;
    }

    public static bool IsInFlight(InvitationJob job, TeamsChannelAccount member) =>
        job.InFlightMemberId is not null && job.InFlightAt is not null && job.InFlightMemberId == IdOf(member);

    private async Task<bool> WasInvitedSinceAsync(InvitationJob job, TeamsChannelAccount member, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var key = new MemberKey(job.TenantId, IdOf(member), member.Id!, null);
        return await sessions.GetAsync(key, cancellationToken) is { } session && session.UpdatedAt >= since;
    }
}
