using ConnectorBot.Storage;

namespace ConnectorBot.Invitations;

/// <summary>The Invitations table's row: PartitionKey = tenant|team (escaped), RowKey = <see cref="CurrentRowKey"/>: one job per team.</summary>
public sealed class InvitationEntity : RecordEntity
{
    /// <summary>The team's current (or last) pass; a new pass replaces a finished one.</summary>
    public const string CurrentRowKey = "current";

    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public int Pass { get; set; }

    public InvitationState State { get; set; }

    /// <summary>Mirrors !IsFinished so the worker's scan is a simple filter.</summary>
    public bool Running { get; set; }

    public string? ServiceUrl { get; set; }

    public string? BotId { get; set; }

    public string? PageToken { get; set; }

    public int PageIndex { get; set; }

    public int Total { get; set; }

    public int Invited { get; set; }

    public int Answered { get; set; }

    public int Unreachable { get; set; }

    public string? InFlightMemberId { get; set; }

    public DateTimeOffset? InFlightAt { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public int Failures { get; set; }

    public string? LastError { get; set; }

    public string? ConversationId { get; set; }

    public string? CardActivityId { get; set; }

    public string? StartedBy { get; set; }

    public string? StartedByName { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public static InvitationEntity From(InvitationJob job) => new()
    {
        PartitionKey = TeamPartition.Key(job.TenantId, job.TeamId),
        RowKey = CurrentRowKey,
        TenantId = job.TenantId,
        TeamId = job.TeamId,
        Pass = job.Pass,
        State = job.State,
        Running = !job.IsFinished,
        ServiceUrl = job.ServiceUrl,
        BotId = job.BotId,
        PageToken = job.PageToken,
        PageIndex = job.PageIndex,
        Total = job.Total,
        Invited = job.Invited,
        Answered = job.Answered,
        Unreachable = job.Unreachable,
        InFlightMemberId = job.InFlightMemberId,
        InFlightAt = job.InFlightAt,
        NextAttemptAt = job.NextAttemptAt,
        Failures = job.Failures,
        LastError = job.LastError,
        ConversationId = job.ConversationId,
        CardActivityId = job.CardActivityId,
        StartedBy = job.StartedBy,
        StartedByName = job.StartedByName,
        StartedAt = job.StartedAt,
        FinishedAt = job.FinishedAt,
    };

    public InvitationJob ToJob() => new()
    {
        TenantId = TenantId ?? string.Empty,
        TeamId = TeamId ?? string.Empty,
        Pass = Pass,
        State = State,
        ServiceUrl = ServiceUrl ?? string.Empty,
        BotId = BotId ?? string.Empty,
        PageToken = PageToken,
        PageIndex = PageIndex,
        Total = Total,
        Invited = Invited,
        Answered = Answered,
        Unreachable = Unreachable,
        InFlightMemberId = InFlightMemberId,
        InFlightAt = InFlightAt,
        NextAttemptAt = NextAttemptAt,
        Failures = Failures,
        LastError = LastError,
        ConversationId = ConversationId,
        CardActivityId = CardActivityId,
        StartedBy = StartedBy ?? string.Empty,
        StartedByName = StartedByName,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
    };
}
