using ConnectorBot.Interview;
using ConnectorBot.Storage;
using ConnectorBot.Storage.Records;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Members' embeddings, one row per member, partitioned by tenant: a cache of what Azure OpenAI said about their current
/// answers. Part of a member's export and erased by "forget me".
/// </summary>
public sealed class MeaningStore(TableSet tables) : IMemberData
{
    public const string TableName = "Meanings";

    // Up to this many members are read one by one; a bigger round reads the tenant's partition once.
    internal const int PointReadLimit = 100;

    // Rows per transaction: 3072 floats twice are ~33 KiB of JSON, far under the 4 MiB a transaction may carry.
    private const int WriteBatch = 25;

    private readonly MemberRowTable<MeaningEntity> _rows = new(tables, TableName);

    public string Name => TableName;

    /// <summary>The stored meanings of those of <paramref name="memberIds"/> that have one, in the tenant's partition only.</summary>
    public async Task<IReadOnlyDictionary<string, StoredMeaning>> ReadAsync(string tenantId, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var found = new Dictionary<string, StoredMeaning>(StringComparer.Ordinal);
        if (memberIds.Count == 0)
        {
            return found;
        }

        if (memberIds.Count > PointReadLimit)
        {
            var wanted = memberIds.ToHashSet(StringComparer.Ordinal);
            await foreach (var row in _rows.ListAsync(tenantId, cancellationToken).ConfigureAwait(false))
            {
                if (row.ToMeaning() is { } meaning && meaning.TenantId == tenantId && wanted.Contains(meaning.MemberId))
                {
                    found[meaning.MemberId] = meaning;
                }
            }

            return found;
        }

        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        var partitionKey = TableKey.Escape(tenantId);
        var rows = new System.Collections.Concurrent.ConcurrentBag<StoredMeaning>();
        await Parallel.ForEachAsync(
            memberIds.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (memberId, token) =>
            {
                var row = await table.GetEntityIfExistsAsync<MeaningEntity>(partitionKey, TableKey.Escape(memberId), cancellationToken: token).ConfigureAwait(false);
                if (row?.ToMeaning() is { } meaning && meaning.TenantId == tenantId && meaning.MemberId == memberId)
                {
                    rows.Add(meaning);
                }
            }).ConfigureAwait(false);
        foreach (var meaning in rows)
        {
            found[meaning.MemberId] = meaning;
        }

        return found;
    }

    /// <summary>Writes (replaces) the meanings, each in its tenant's partition, a few rows per transaction.</summary>
    public async Task WriteAsync(IEnumerable<StoredMeaning> meanings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meanings);
        var table = await tables.GetAsync(TableName).ConfigureAwait(false);
        foreach (var tenant in meanings.GroupBy(m => m.TenantId, StringComparer.Ordinal))
        {
            foreach (var batch in tenant.DistinctBy(m => m.MemberId, StringComparer.Ordinal).Chunk(WriteBatch))
            {
                var actions = batch.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, MeaningEntity.From(m))).ToList();
                await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) =>
        _rows.ExportAsync(member, cancellationToken);

    public Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) => _rows.EraseAsync(member, cancellationToken);
}
