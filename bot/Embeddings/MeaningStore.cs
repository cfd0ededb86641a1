using Azure.Data.Tables;

using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;

namespace ConnectorBot.Embeddings;

/// <summary>
/// Members' sentence vectors, partitioned by tenant: one row per member and provider (the local model's, and Azure
/// OpenAI's when it is configured), each with the model and a hash of the texts it was made from. Member data: every row
/// is in the member's export and erased by "forget me".
/// </summary>
public sealed class MeaningStore(TableSet tables) : IMemberData
{
    public const string TableName = "Meanings";

    // Up to this many members are read one by one; a bigger round reads the tenant's partition once.
    internal const int PointReadLimit = 100;

    // Rows per transaction: three vectors of 3072 floats are ~50 KiB of JSON, far under the 4 MiB a transaction may carry.
    private const int WriteBatch = 25;

    // Every provider that may have a row for a member: export and erasure visit them all, whatever is configured now.
    private static readonly string[] Providers = [EmbeddingsOptions.LocalProvider, EmbeddingsOptions.AzureOpenAiProvider];

    public string Name => TableName;

    /// <summary>The stored vectors of <paramref name="provider"/> for those of <paramref name="memberIds"/> that have them, in the tenant's partition only.</summary>
    public async Task<IReadOnlyDictionary<string, StoredMeaning>> ReadAsync(string tenantId, string provider, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(memberIds);
        var found = new Dictionary<string, StoredMeaning>(StringComparer.Ordinal);
        if (memberIds.Count == 0)
        {
            return found;
        }

        var table = await tables.GetAsync(TableName);
        var partitionKey = TableKey.Escape(tenantId);
        bool Belongs(StoredMeaning m, string memberId) => m.TenantId == tenantId && m.MemberId == memberId && m.Provider == provider;

        if (memberIds.Count > PointReadLimit)
        {
            var wanted = memberIds.ToHashSet(StringComparer.Ordinal);
            await foreach (var row in table.QueryAsync<MeaningEntity>(TableFilter.Partition(partitionKey), cancellationToken: cancellationToken))
            {
                if (row.ToMeaning() is { } meaning && wanted.Contains(meaning.MemberId) && Belongs(meaning, meaning.MemberId))
                {
                    found[meaning.MemberId] = meaning;
                }
            }

            return found;
        }

        var rows = new System.Collections.Concurrent.ConcurrentBag<StoredMeaning>();
        await Parallel.ForEachAsync(
            memberIds.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (memberId, token) =>
            {
                var row = await table.GetEntityIfExistsAsync<MeaningEntity>(partitionKey, MeaningEntity.RowKeyOf(memberId, provider), cancellationToken: token);
                if (row?.ToMeaning() is { } meaning && Belongs(meaning, memberId))
                {
                    rows.Add(meaning);
                }
            });
        foreach (var meaning in rows)
        {
            found[meaning.MemberId] = meaning;
        }

        return found;
    }

    /// <summary>Writes (replaces) the rows, each in its tenant's partition, a few rows per transaction.</summary>
    public async Task WriteAsync(IEnumerable<StoredMeaning> meanings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meanings);
        var table = await tables.GetAsync(TableName);
        foreach (var tenant in meanings.GroupBy(m => m.TenantId, StringComparer.Ordinal))
        {
            foreach (var batch in tenant.DistinctBy(m => (m.MemberId, m.Provider)).Chunk(WriteBatch))
            {
                var actions = batch.Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, MeaningEntity.From(m))).ToList();
                await table.SubmitTransactionAsync(actions, cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        return await KnownRows.ExportAsync(table, TableKey.Escape(member.TenantId), Providers.Select(p => MeaningEntity.RowKeyOf(member.MemberId, p)), cancellationToken);
    }

    public async Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName);
        return await KnownRows.EraseAsync(table, TableKey.Escape(member.TenantId), Providers.Select(p => MeaningEntity.RowKeyOf(member.MemberId, p)), cancellationToken);
    }
}
