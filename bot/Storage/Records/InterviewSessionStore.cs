using ConnectorBot.Interview;

namespace ConnectorBot.Storage.Records;

/// <summary>Interview sessions, one row per member, partitioned by tenant; every write is ETag-guarded.</summary>
public sealed class InterviewSessionStore(TableSet tables) : IMemberData
{
    public const string TableName = "Interviews";

    public string Name => TableName;

    public async Task<InterviewSession?> GetAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<InterviewSessionEntity>(TableKey.Escape(member.TenantId), TableKey.Escape(member.MemberId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row?.ToSession();
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once.</summary>
    public async Task<InterviewSession?> UpdateAsync(MemberKey member, Func<InterviewSession, InterviewSession> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        var stored = await table.UpdateAsync<InterviewSessionEntity>(
            TableKey.Escape(member.TenantId),
            TableKey.Escape(member.MemberId),
            current => InterviewSessionEntity.From(change(current?.ToSession() ?? new InterviewSession { TenantId = member.TenantId, MemberId = member.MemberId }) with
            {
                TenantId = member.TenantId,
                MemberId = member.MemberId,
            }),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return stored?.ToSession();
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        await MemberRows.ExportAsync(await tables.GetAsync(TableName).ConfigureAwait(false), member, cancellationToken).ConfigureAwait(false);

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) =>
        await MemberRows.EraseAsync(await tables.GetAsync(TableName).ConfigureAwait(false), member, cancellationToken).ConfigureAwait(false);
}
