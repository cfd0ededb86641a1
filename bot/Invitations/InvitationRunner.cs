using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Storage;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Invitations;

/// <summary>
/// Works on one team's "invite everyone" job for a slice of time, under the team's lease so only one instance walks
/// it: counts the roster, then walks it page by page, one member at a time at the configured pace, saving its place
/// (page token, index, the member in flight) before each member so a restart resumes exactly there. A 429 or a
/// network failure saves the place and a time to come back (Retry-After, or a doubling back-off); nothing is skipped.
/// </summary>
public sealed class InvitationRunner(
    IConnectorClient connector,
    InvitationStore jobs,
    InvitationMember members,
    InvitationCheckpoint checkpoint,
    InvitationProgressCard card,
    LeaseStore leases,
    IOptions<InvitationOptions> options,
    TimeProvider clock,
    ILogger<InvitationRunner> logger)
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    private TimeSpan LeaseTime => options.Value.Slice + options.Value.LeaseMargin;

    public static string LeaseName(string tenantId, string teamId) => $"invite|{tenantId}|{teamId}";

    /// <summary>Runs the team's job if it is due and no one else is; true when it stopped only to give other teams a turn.</summary>
    public async Task<bool> RunAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var lease = await leases.TryAcquireAsync(LeaseName(tenantId, teamId), _owner, LeaseTime, cancellationToken);
        if (lease is null)
        {
            return false;
        }

        var walk = new Walk(lease, clock.GetUtcNow() + options.Value.Slice);
        try
        {
            var job = await jobs.GetAsync(tenantId, teamId, cancellationToken);
            if (job is null || job.IsFinished || job.NextAttemptAt > clock.GetUtcNow())
            {
                return false;
            }

            walk.Stored = walk.Job = job.CardActivityId is null ? await RecordCardAsync(job, cancellationToken) : job;
            return await WalkAsync(walk, cancellationToken);
        }
        finally
        {
            await leases.ReleaseAsync(walk.Lease, CancellationToken.None);
        }
    }

    private async Task<bool> WalkAsync(Walk walk, CancellationToken cancellationToken)
    {
        try
        {
            while (!walk.Job.IsFinished)
            {
                if (!await MayGoOnAsync(walk, cancellationToken))
                {
                    return walk.TimeUp;
                }

                var page = await connector.ForTenant(walk.Job.TenantId).GetPagedMembersAsync(walk.Job.ServiceUrl, walk.Job.TeamId, options.Value.PageSize, walk.Job.PageToken, cancellationToken);
                var next = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
                var roster = page.Members ?? [];
                var done = walk.Job.State == InvitationState.Counting
                    ? await CountAsync(walk, roster.Count, next, cancellationToken)
                    : await InvitePageAsync(walk, roster, next, cancellationToken);
                if (!done)
                {
                    return walk.TimeUp;
                }
            }

            return false;
        }
        catch (ConnectorException e) when (IsWorthWaiting(e.Outcome))
        {
            var wait = e.RetryAfter ?? Backoff(walk.Job.Failures);
            logger.LogWarning("Invite everyone in team {TeamId} paused for {Wait}: {Outcome}.", walk.Job.TeamId, wait, e.Outcome);
            await SaveAndShowAsync(walk, walk.Job with { NextAttemptAt = clock.GetUtcNow() + wait, Failures = walk.Job.Failures + 1, LastError = e.Outcome.ToString() }, cancellationToken);
            return false;
        }
        catch (ConnectorException e)
        {
            // Only reading the roster gets here (an invitation maps lasting failures to "unreachable"): the bot left the team.
            logger.LogError(e, "Invite everyone in team {TeamId} of tenant {TenantId} stopped: the roster cannot be read ({Outcome}).", walk.Job.TeamId, walk.Job.TenantId, e.Outcome);
            await SaveAndShowAsync(walk, walk.Job with { State = InvitationState.Stopped, FinishedAt = clock.GetUtcNow(), NextAttemptAt = null, LastError = e.Outcome.ToString() }, cancellationToken);
            return false;
        }
    }

    /// <summary>Adds one page to the head count; the last page turns the job to inviting, from the first page again.</summary>
    private async Task<bool> CountAsync(Walk walk, int count, string? next, CancellationToken cancellationToken)
    {
        var counted = walk.Job with { Total = walk.Job.Total + count, PageToken = next, PageIndex = 0, Failures = 0, LastError = null };
        if (next is null)
        {
            counted = counted with { State = InvitationState.Inviting };
        }

        if (!await SaveAsync(walk, counted, cancellationToken))
        {
            return false;
        }

        if (next is null)
        {
            await card.UpdateAsync(walk.Job, cancellationToken);
        }

        return true;
    }

    /// <summary>Invites the page's members from the saved index on; false when the run stops part-way (time up, lease lost).</summary>
    private async Task<bool> InvitePageAsync(Walk walk, IReadOnlyList<TeamsChannelAccount> roster, string? next, CancellationToken cancellationToken)
    {
        for (var i = walk.Job.PageIndex; i < roster.Count; i++)
        {
            var member = roster[i];
            if (!await MayGoOnAsync(walk, cancellationToken))
            {
                if (walk.TimeUp)
                {
                    await SaveAsync(walk, walk.Job with { PageIndex = i }, cancellationToken);
                }

                return false;
            }

            // The mark goes down before anything is sent; a member still marked from the last run is checked, not re-marked.
            if (!InvitationMember.IsInFlight(walk.Job, member)
                && !await SaveAsync(walk, walk.Job with { PageIndex = i, InFlightMemberId = InvitationMember.IdOf(member), InFlightAt = clock.GetUtcNow() }, cancellationToken))
            {
                return false;
            }

            var result = await members.InviteAsync(walk.Job, member, cancellationToken);
            walk.Job = Counted(walk.Job with { PageIndex = i, InFlightMemberId = null, InFlightAt = null, Failures = 0, LastError = null }, result.Outcome);
            if (result.Contacted && options.Value.Pace > TimeSpan.Zero)
            {
                await Task.Delay(options.Value.Pace, clock, cancellationToken);
            }
        }

        var after = walk.Job with { PageToken = next, PageIndex = 0, InFlightMemberId = null, InFlightAt = null, Failures = 0, LastError = null };
        if (next is null)
        {
            after = after with { State = InvitationState.Done, FinishedAt = clock.GetUtcNow(), NextAttemptAt = null };
        }

        if (!await SaveAndShowAsync(walk, after, cancellationToken))
        {
            return false;
        }

        if (walk.Job.State == InvitationState.Done)
        {
            logger.LogInformation(
                "Invite everyone in team {TeamId} done: {Total} members, {Invited} invited, {Answered} had answered, {Unreachable} unreachable.",
                walk.Job.TeamId,
                walk.Job.Total,
                walk.Job.Invited,
                walk.Job.Answered,
                walk.Job.Unreachable);
        }

        return true;
    }

    private static InvitationJob Counted(InvitationJob job, InvitationOutcome outcome) => outcome switch
    {
        InvitationOutcome.Invited => job with { Invited = job.Invited + 1 },
        InvitationOutcome.AlreadyAnswered => job with { Answered = job.Answered + 1 },
        _ => job with { Unreachable = job.Unreachable + 1 },
    };

    /// <summary>False when the slice is used up or the lease was lost (renewed when half gone).</summary>
    private async Task<bool> MayGoOnAsync(Walk walk, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now >= walk.Until)
        {
            walk.TimeUp = true;
            return false;
        }

        if (now < walk.Lease.ExpiresAt - (LeaseTime / 2))
        {
            return true;
        }

        if (await leases.RenewAsync(walk.Lease, LeaseTime, cancellationToken) is not { } renewed)
        {
            logger.LogWarning("Invite everyone in team {TeamId}: the lease was lost; another instance carries on.", walk.Job.TeamId);
            return false;
        }

        walk.Lease = renewed;
        return true;
    }

    private async Task<bool> SaveAndShowAsync(Walk walk, InvitationJob next, CancellationToken cancellationToken)
    {
        if (!await SaveAsync(walk, next, cancellationToken))
        {
            return false;
        }

        await card.UpdateAsync(walk.Job, cancellationToken);
        return true;
    }

    private async Task<bool> SaveAsync(Walk walk, InvitationJob next, CancellationToken cancellationToken)
    {
        if (await checkpoint.SaveAsync(walk.Stored, next, cancellationToken) is not { } stored)
        {
            return false;
        }

        walk.Stored = walk.Job = stored;
        return true;
    }

    /// <summary>The click that started the job never recorded its card (the process died): post it now.</summary>
    private async Task<InvitationJob> RecordCardAsync(InvitationJob job, CancellationToken cancellationToken)
    {
        if (await card.PostAsync(job, cancellationToken) is not { } activityId)
        {
            return job;
        }

        return await jobs.UpdateAsync(
            job.TenantId,
            job.TeamId,
            current => current?.Pass == job.Pass && current.CardActivityId is null ? current with { CardActivityId = activityId } : null,
            cancellationToken) ?? job;
    }

    private TimeSpan Backoff(int failures)
    {
        var delay = options.Value.RetryDelay * Math.Pow(2, Math.Min(failures, 20));
        return delay < options.Value.MaxRetryDelay ? delay : options.Value.MaxRetryDelay;
    }

    private static bool IsWorthWaiting(ConnectorOutcome outcome) => outcome is ConnectorOutcome.Throttled
        or ConnectorOutcome.NetworkError
        or ConnectorOutcome.ServiceError
        or ConnectorOutcome.TokenUnavailable
        or ConnectorOutcome.Unauthorized
        or ConnectorOutcome.PreconditionFailed
        or ConnectorOutcome.Failed;

    /// <summary>One run's state: the job as last saved, as it stands now, the lease and when the slice ends.</summary>
    private sealed class Walk(Lease lease, DateTimeOffset until)
    {
        public InvitationJob Stored { get; set; } = null!;

        public InvitationJob Job { get; set; } = null!;

        public Lease Lease { get; set; } = lease;

        public DateTimeOffset Until { get; } = until;

        public bool TimeUp { get; set; }
    }
}
