using Azure.Data.Tables;

namespace ConnectorBot.Storage;

/// <summary>
/// The limits of one entity group transaction (one partition, each entity once, ≤ 100 actions, ≤ 4 MiB),
/// checked before sending because the emulator does not enforce all of them.
/// </summary>
public static class TransactionLimits
{
    public const int MaxActions = 100;
    public const int MaxBytes = 4 * 1024 * 1024;

    // Headers and multipart framing of one batch operation, on top of its entity JSON.
    private const int ActionOverheadBytes = 512;

    public static void Check(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one action.", nameof(actions));
        }

        if (actions.Count > MaxActions)
        {
            throw new ArgumentException($"A transaction holds at most {MaxActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        var partition = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i].Entity;
            if (!string.Equals(entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All actions of a transaction must share one PartitionKey; action {i} does not.", nameof(actions));
            }

            if (!rows.Add(entity.RowKey))
            {
                throw new ArgumentException($"A transaction may touch each entity once; action {i} repeats an earlier RowKey.", nameof(actions));
            }

            bytes += ActionOverheadBytes
                + (actions[i].ActionType == TableTransactionActionType.Delete ? 0 : EntityJson.Serialize((TableEntity)entity).Length);
        }

        if (bytes > MaxBytes)
        {
            throw new ArgumentException($"A transaction's payload is at most 4 MiB; this one is about {bytes / 1024} KiB.", nameof(actions));
        }
    }
}
