namespace ConnectorBot.Storage.Embedded;

/// <summary>The SQL of the entities table: find, save, delete and ordered scans.</summary>
internal static class EntityRows
{
    private const string Columns = "partition_key, row_key, etag, timestamp_ticks, properties";

    public static StoredEntity? Find(StoreSession session, long tableId, string partitionKey, string rowKey)
    {
        using var command = session.Command(
            $"SELECT {Columns} FROM entities WHERE table_id = $t AND partition_key = $pk AND row_key = $rk;",
            ("$t", tableId),
            ("$pk", partitionKey),
            ("$rk", rowKey));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadRow(reader) : null;
    }

    public static void Save(StoreSession session, long tableId, StoredEntity row) => session.Execute(
        $"INSERT OR REPLACE INTO entities (table_id, {Columns}) VALUES ($t, $pk, $rk, $etag, $ts, $json);",
        ("$t", tableId),
        ("$pk", row.PartitionKey),
        ("$rk", row.RowKey),
        ("$etag", row.ETag),
        ("$ts", row.TimestampTicks),
        ("$json", row.Json));

    public static void Delete(StoreSession session, long tableId, string partitionKey, string rowKey) => session.Execute(
        "DELETE FROM entities WHERE table_id = $t AND partition_key = $pk AND row_key = $rk;",
        ("$t", tableId),
        ("$pk", partitionKey),
        ("$rk", rowKey));

    /// <summary>
    /// Rows in PartitionKey, RowKey order from the given keys on (inclusive), narrowed by key conditions.
    /// Lazy: the caller stops reading once its page is full, so SQLite never reads further.
    /// </summary>
    public static IEnumerable<StoredEntity> Scan(StoreSession session, long tableId, string[]? from, IReadOnlyList<KeyCondition> conditions)
    {
        var where = new List<string> { "table_id = $t" };
        var parameters = new List<(string, object)> { ("$t", tableId) };
        if (from is not null)
        {
            where.Add("(partition_key, row_key) >= ($fpk, $frk)");
            parameters.Add(("$fpk", from[0]));
            parameters.Add(("$frk", from[1]));
        }

        for (var i = 0; i < conditions.Count; i++)
        {
            var column = conditions[i].Property == TableEntity.PartitionKeyName ? "partition_key" : "row_key";
            where.Add($"{column} {conditions[i].Operator.SqlText()} $k{i}");
            parameters.Add(($"$k{i}", conditions[i].Value));
        }

        using var command = session.Command(
            $"SELECT {Columns} FROM entities WHERE {string.Join(" AND ", where)} ORDER BY partition_key, row_key;",
            [.. parameters]);
        using var reader = command.ExecuteReader();
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
