using Azure.Data.Tables;

namespace ConnectorBot.Storage.AzureTables;

/// <summary>
/// A <see cref="TableFilter"/> as the Table service's OData <c>$filter</c>. Every value goes through the
/// SDK's <see cref="TableClient.CreateQueryFilter(FormattableString)"/>, which quotes and types it; property
/// names are identifiers checked by <see cref="PropertyCondition"/>, so nothing a caller passes can change the filter's shape.
/// </summary>
public static class AzureQueryFilter
{
    /// <summary>The filter, or null for every entity.</summary>
    public static string? Build(TableFilter filter)
    {
        var parts = new List<string>();
        if (filter.PartitionKey is { } partitionKey)
        {
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"));
        }
        else if (filter.PartitionKeys is { } partitions)
        {
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey ge {partitions.From} and PartitionKey lt {partitions.Below}"));
        }

        if (filter.RowKeys is { } rows)
        {
            parts.Add(TableClient.CreateQueryFilter($"RowKey ge {rows.From} and RowKey lt {rows.Below}"));
        }

        foreach (var condition in filter.Conditions)
        {
            parts.Add($"{condition.Property} {Operator(condition.Comparison)} {TableClient.CreateQueryFilter($"{condition.Value}")}");
        }

        if (filter.ModifiedBefore is { } cutoff)
        {
            parts.Add(TableClient.CreateQueryFilter($"Timestamp lt {cutoff}"));
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }

    private static string Operator(Comparison comparison) => comparison switch
    {
        Comparison.Equal => "eq",
        Comparison.AtLeast => "ge",
        Comparison.Below => "lt",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
    };
}
