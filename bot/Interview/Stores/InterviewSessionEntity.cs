using ConnectorBot.Storage;

namespace ConnectorBot.Interview.Stores;

/// <summary>The Interviews table's row: PartitionKey = tenant, RowKey = member (both escaped).</summary>
public sealed class InterviewSessionEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    public ProfileField? Awaiting { get; set; }

    public bool EditingOne { get; set; }

    public string? Draft { get; set; }

    public ProfileField? DraftField { get; set; }

    public bool ConfirmingForget { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static InterviewSessionEntity From(InterviewSession session) => new()
    {
        PartitionKey = TableKey.Escape(session.TenantId),
        RowKey = TableKey.Escape(session.MemberId),
        TenantId = session.TenantId,
        MemberId = session.MemberId,
        Awaiting = session.Awaiting,
        EditingOne = session.EditingOne,
        Draft = session.Draft,
        DraftField = session.DraftField,
        ConfirmingForget = session.ConfirmingForget,
        UpdatedAt = session.UpdatedAt,
    };

    public InterviewSession ToSession() => new()
    {
        TenantId = TenantId ?? TableKey.Unescape(PartitionKey),
        MemberId = MemberId ?? TableKey.Unescape(RowKey),
        Awaiting = Awaiting,
        EditingOne = EditingOne,
        Draft = Draft,
        DraftField = DraftField,
        ConfirmingForget = ConfirmingForget,
        UpdatedAt = UpdatedAt,
    };
}
