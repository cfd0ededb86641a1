using ConnectorBot.Storage;

namespace ConnectorBot.Understanding;

/// <summary>
/// The Understandings table's row: PartitionKey = tenant, RowKey = member and answer (<see cref="RowKeyOf"/>), word lists
/// as JSON (a table holds no lists).
/// </summary>
public sealed class UnderstandingEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    public AnswerKind Kind { get; set; }

    public string? AnswerHash { get; set; }

    public string? Plain { get; set; }

    public string? Words { get; set; }

    public string? Source { get; set; }

    public string? Version { get; set; }

    public string? MemberWords { get; set; }

    public bool Rejected { get; set; }

    public bool PlayedBack { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The member's escaped key, '~' and the answer's name ("~accomplish"). An escaped key has '~' only before two
    /// uppercase hex digits, and every answer's name starts with a lowercase letter, so two members' rows never collide.
    /// </summary>
    public static string RowKeyOf(string memberId, AnswerKind kind) => TableKey.Escape(memberId) + "~" + AnswerKinds.Name(kind);

    public static UnderstandingEntity From(AnswerUnderstanding understanding)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        return new()
        {
            PartitionKey = TableKey.Escape(understanding.TenantId),
            RowKey = RowKeyOf(understanding.MemberId, understanding.Kind),
            TenantId = understanding.TenantId,
            MemberId = understanding.MemberId,
            Kind = understanding.Kind,
            AnswerHash = understanding.AnswerHash,
            Plain = understanding.Plain,
            Words = RecordJson.Write(understanding.Words, nameof(Words)),
            Source = understanding.Source,
            Version = understanding.Version,
            MemberWords = RecordJson.Write(understanding.MemberWords, nameof(MemberWords)),
            Rejected = understanding.Rejected,
            PlayedBack = understanding.PlayedBack,
            UpdatedAt = understanding.UpdatedAt,
        };
    }

    /// <summary>The stored understanding; null when the row is unreadable (it is then made again).</summary>
    public AnswerUnderstanding? ToUnderstanding()
    {
        if (TenantId is null || MemberId is null || AnswerHash is null)
        {
            return null;
        }

        return new AnswerUnderstanding
        {
            TenantId = TenantId,
            MemberId = MemberId,
            Kind = Kind,
            AnswerHash = AnswerHash,
            Plain = Plain ?? string.Empty,
            Words = RecordJson.Read<List<string>>(Words) ?? [],
            Source = Source ?? string.Empty,
            Version = Version ?? string.Empty,
            MemberWords = RecordJson.Read<List<string>>(MemberWords) ?? [],
            Rejected = Rejected,
            PlayedBack = PlayedBack,
            UpdatedAt = UpdatedAt,
        };
    }
}
