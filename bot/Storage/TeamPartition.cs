namespace ConnectorBot.Storage;

/// <summary>
/// Partition keys of per-team tables: escaped tenant + "|" + escaped team. A tenant's teams then share a
/// prefix, so "everything of one tenant" is a PartitionKey range ("t|" ≤ pk &lt; "t}"; '}' follows '|').
/// </summary>
public static class TeamPartition
{
    public static string Key(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

    public static TableFilter TenantFilter(string tenantId)
    {
        var prefix = TableKey.Escape(tenantId);
        return TableFilter.Partitions(prefix + "|", prefix + "}");
    }

    public static TableFilter EqualsFilter(string tenantId, string teamId) => TableFilter.Partition(Key(tenantId, teamId));
}
