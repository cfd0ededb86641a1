namespace ConnectorBot.Storage.Embedded;

/// <summary>The SQL of the entities table: find, save, delete and ordered scans.</summary>
public static class EntityRows
{
    private const string Columns = "partition_key, row_key, etag, timestamp_ticks, properties";

    public static StoredEntity? Find(StoreSession session, long tableId, string partitionKey, string rowKey)
    {
        using var reader = session.Command(
            $"SELECT {Columns} FROM entities WHERE table_id = $t AND partition_key = $pk AND row_key = $rk;",
            ("$t", tableId),
            ("$pk", partitionKey),
            ("$rk", rowKey)).ExecuteReader();
        return reader.Read() ? ReadRow(reader) : null;
    }

    /// <summary>Whether the row exists, without reading its properties (an insert only needs to know).</summary>
    public static bool Exists(StoreSession session, long tableId, string partitionKey, string rowKey) => session.Scalar(
        "SELECT 1 FROM entities WHERE table_id = $t AND partition_key = $pk AND row_key = $rk;",
        ("$t", tableId),
        ("$pk", partitionKey),
        ("$rk", rowKey)) is not null;

    public static void Save(StoreSession session, long tableId, string partitionKey, string rowKey, string etag, long timestampTicks, byte[] json) => session.Execute(
        $"INSERT OR REPLACE INTO entities (table_id, {Columns}) VALUES ($t, $pk, $rk, $etag, $ts, $json);",
        ("$t", tableId),
        ("$pk", partitionKey),
        ("$rk", rowKey),
        ("$etag", etag),
        ("$ts", timestampTicks),
        ("$json", json));

    public static void Delete(StoreSession session, long tableId, string partitionKey, string rowKey) => session.Execute(
        "DELETE FROM entities WHERE table_id = $t AND partition_key = $pk AND row_key = $rk;",
        ("$t", tableId),
        ("$pk", partitionKey),
        ("$rk", rowKey));

    /// <summary>
    /// Rows in PartitionKey, RowKey order from the given keys on (inclusive), narrowed by the filter's key
    /// ranges and Timestamp cutoff. Lazy: the caller stops reading once its page is full, so SQLite never reads further.
    /// </summary>
    public static IEnumerable<StoredEntity> Scan(StoreSession session, long tableId, string[]? from, TableFilter filter)
    {
        var where = new List<string> { "table_id = $t" };
        var parameters = new List<(string, object)> { ("$t", tableId) };
        if (from is not null)
        {
            where.Add("(partition_key, row_key) >= ($fpk, $frk)");
            parameters.Add(("$fpk", from[0]));
            parameters.Add(("$frk", from[1]));
        }

        if (filter.PartitionKey is { } partitionKey)
        {
            where.Add("partition_key = $pk");
            parameters.Add(("$pk", partitionKey));
        }
        else if (filter.PartitionKeys is { } partitions)
        {
            where.Add("partition_key >= $pkfrom AND partition_key < $pkbelow");
            parameters.Add(("$pkfrom", partitions.From));
            parameters.Add(("$pkbelow", partitions.Below));
        }

        if (filter.RowKeys is { } rows)
        {
            where.Add("row_key >= $rkfrom AND row_key < $rkbelow");
            parameters.Add(("$rkfrom", rows.From));
            parameters.Add(("$rkbelow", rows.Below));
        }

        if (filter.ModifiedBefore is { } cutoff)
        {
            where.Add("timestamp_ticks < $before");
            parameters.Add(("$before", cutoff.UtcTicks));
        }

        // Few shapes of this query exist (which conditions are present), so each is compiled once too.
        using var reader = session.Command(
            $"SELECT {Columns} FROM entities WHERE {string.Join(" AND ", where)} ORDER BY partition_key, row_key;",
            [.. parameters]).ExecuteReader();
        while (reader.Read())
        {
            yield return ReadRow(reader);
        }
    }

    private static StoredEntity ReadRow(Microsoft.Data.Sqlite.SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetInt64(3),
        (byte[])reader.GetValue(4));
}
