namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// A parsed Table service <c>$filter</c>: evaluates entities, and exposes the key comparisons that
/// every match must satisfy so the store can narrow its SQL scan (a partition query reads one partition).
/// </summary>
public sealed class ODataFilter
{
    private static readonly ODataFilter MatchAll = new(null);

    private readonly FilterNode? _root;

    private ODataFilter(FilterNode? root)
    {
        _root = root;
        KeyConditions = root is null ? [] : CollectKeyConditions(root).ToList();
    }

    /// <summary>Comparisons of PartitionKey/RowKey with a string that are implied by the whole filter.</summary>
    internal IReadOnlyList<KeyCondition> KeyConditions { get; }

    /// <summary>Parses a filter; null or blank matches everything. Throws 400 InvalidInput when malformed.</summary>
    public static ODataFilter Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? MatchAll : new ODataFilter(FilterParser.Parse(text));

    public bool Matches(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return _root is null || _root.Matches(entity);
    }

    // Only the top-level conjunction is safe to push down: under 'or' or 'not' a comparison is not implied.
    private static IEnumerable<KeyCondition> CollectKeyConditions(FilterNode node) => node switch
    {
        AndNode and => CollectKeyConditions(and.Left).Concat(CollectKeyConditions(and.Right)),
        ComparisonNode { Property: TableEntity.PartitionKeyName or TableEntity.RowKeyName, Literal: string value } c
            when c.Operator != FilterOperator.NotEqual => [new KeyCondition(c.Property, c.Operator, value)],
        _ => [],
    };
}
