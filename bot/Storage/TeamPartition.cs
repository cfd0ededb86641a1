namespace ConnectorBot.Storage;

/// <summary>
/// Partition keys of per-team tables: escaped tenant + "|" + escaped team. A tenant's teams then share a
/// prefix, so "everything of one tenant" is a PartitionKey range ("t|" ≤ pk &lt; "t}"; '}' follows '|').
/// </summary>
internal static class TeamPartition
{
    public static string Key(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

    public static string TenantFilter(string tenantId)
    {
        var prefix = TableKey.Escape(tenantId);
        return TableClient.CreateQueryFilter($"PartitionKey ge {prefix + "|"} and PartitionKey lt {prefix + "}"}");
    }

    public static string EqualsFilter(string tenantId, string teamId) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Key(tenantId, teamId)}");
}
