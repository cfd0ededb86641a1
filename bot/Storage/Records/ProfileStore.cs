using ConnectorBot.Interview;

namespace ConnectorBot.Storage.Records;

/// <summary>Profiles, one row per member, partitioned by tenant; every write is ETag-guarded.</summary>
public sealed class ProfileStore(TableSet tables) : IMemberData
{
    public const string TableName = "Profiles";

    public string Name => TableName;

    public async Task<Profile?> GetAsync(MemberKey member, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<ProfileEntity>(TableKey.Escape(member.TenantId), TableKey.Escape(member.MemberId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row?.ToProfile();
    }

    /// <summary>Read-modify-write with If-Match; <paramref name="change"/> may run more than once and returns null to write nothing.</summary>
    public async Task<Profile?> UpdateAsync(MemberKey member, Func<Profile?, Profile?> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        var stored = await table.UpdateAsync<ProfileEntity>(
            TableKey.Escape(member.TenantId),
            TableKey.Escape(member.MemberId),
            current => change(current?.ToProfile()) is { } next ? ProfileEntity.From(next with { TenantId = member.TenantId, MemberId = member.MemberId }) : null,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return stored?.ToProfile();
    }

    /// <summary>Every profile of a tenant (one partition), lazily.</summary>
    public async IAsyncEnumerable<Profile> ListAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        await foreach (var row in table.QueryAsync<ProfileEntity>($"PartitionKey eq {TableKey.Escape(tenantId)}", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToProfile();
        }
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        await MemberRows.ExportAsync(await tables.GetAsync(TableName).ConfigureAwait(false), member, cancellationToken).ConfigureAwait(false);

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) =>
        await MemberRows.EraseAsync(await tables.GetAsync(TableName).ConfigureAwait(false), member, cancellationToken).ConfigureAwait(false);
}
