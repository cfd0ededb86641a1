using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Interview.Stores;

/// <summary>Interview sessions, one row per member, partitioned by tenant; every write is ETag-guarded.</summary>
public sealed class InterviewSessionStore(TableSet tables) : IMemberData
{
    public const string TableName = "Interviews";

    private readonly MemberRowTable<InterviewSessionEntity> _rows = new(tables, TableName);

    public string Name => TableName;

    public async Task<InterviewSession?> GetAsync(MemberKey member, CancellationToken cancellationToken) =>
        (await _rows.GetAsync(member, cancellationToken))?.ToSession();

    /// <summary>Read-modify-write with If-Match (a new session when there is none); <paramref name="change"/> may run more than once.</summary>
    public async Task<InterviewSession?> UpdateAsync(MemberKey member, Func<InterviewSession, InterviewSession> change, CancellationToken cancellationToken)
    {
        var stored = await _rows.UpdateAsync(
            member,
            current => InterviewSessionEntity.From(change(current?.ToSession() ?? new InterviewSession { TenantId = member.TenantId, MemberId = member.MemberId }) with
            {
                TenantId = member.TenantId,
                MemberId = member.MemberId,
            }),
            cancellationToken);
        return stored?.ToSession();
    }

    /// <summary>Every session of a tenant (one partition), lazily; admin stats count who has had the welcome.</summary>
    public async IAsyncEnumerable<InterviewSession> ListAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in _rows.ListAsync(tenantId, cancellationToken))
        {
            yield return row.ToSession();
        }
    }

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        _rows.ExportAsync(member, cancellationToken);

    public Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) => _rows.EraseAsync(member, cancellationToken);
}
