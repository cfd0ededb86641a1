namespace ConnectorBot.Storage.Embedded;

/// <summary>One page of a table listing, filtered on the <c>TableName</c> property, in ordinal name order.</summary>
internal static class TableQuery
{
    private const string TableNameProperty = "TableName";

    public static StorePage<TableItem> Page(IReadOnlyList<string> names, ODataFilter filter, int pageSize, string? continuationToken)
    {
        var from = ContinuationToken.Decode(continuationToken, 1)?[0];
        var page = new List<TableItem>();
        foreach (var name in names)
        {
            if ((from is not null && string.CompareOrdinal(name, from) < 0) || !filter.Matches(new TableEntity { [TableNameProperty] = name }))
            {
                continue;
            }

            if (page.Count == pageSize)
            {
                return new StorePage<TableItem>(page, ContinuationToken.Encode(name));
            }

            page.Add(new TableItem(name));
        }

        return new StorePage<TableItem>(page, null);
    }
}
