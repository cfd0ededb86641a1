namespace ConnectorBot.Storage;

/// <summary>
/// What a query reads, typed: a partition (one key, or a range), a row-key range, conditions on
/// properties and a last-modified cutoff, all of which must hold. Each store turns it into its own
/// form (an OData filter built by the SDK, or SQL and in-memory checks), so no caller writes OData.
/// </summary>
public sealed record TableFilter
{
    /// <summary>Every entity of the table.</summary>
    public static readonly TableFilter All = new();

    /// <summary>Only this partition.</summary>
    public string? PartitionKey { get; init; }

    /// <summary>Only partitions in this range (ignored when <see cref="PartitionKey"/> is set).</summary>
    public KeyRange? PartitionKeys { get; init; }

    public KeyRange? RowKeys { get; init; }

    public IReadOnlyList<PropertyCondition> Conditions { get; init; } = [];

    /// <summary>Only entities last written before this instant (the Timestamp system property).</summary>
    public DateTimeOffset? ModifiedBefore { get; init; }

    public static TableFilter Partition(string partitionKey) => new() { PartitionKey = Checked(partitionKey) };

    /// <summary>Partitions from <paramref name="from"/> (inclusive) up to <paramref name="below"/> (exclusive).</summary>
    public static TableFilter Partitions(string from, string below) => new() { PartitionKeys = new KeyRange(from, below) };

    public static TableFilter Where(string property, object value) => All.And(property, Comparison.Equal, value);

    public static TableFilter LastModifiedBefore(DateTimeOffset cutoff) => new() { ModifiedBefore = cutoff };

    /// <summary>Rows from <paramref name="from"/> (inclusive) up to <paramref name="below"/> (exclusive).</summary>
    public TableFilter Rows(string from, string below) => this with { RowKeys = new KeyRange(from, below) };

    public TableFilter And(string property, object value) => And(property, Comparison.Equal, value);

    public TableFilter AndAtLeast(string property, object value) => And(property, Comparison.AtLeast, value);

    public TableFilter And(string property, Comparison comparison, object value) =>
        this with { Conditions = [.. Conditions, new PropertyCondition(property, comparison, value)] };

    private static string Checked(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key;
    }
}

/// <summary>Keys from <see cref="From"/> (inclusive) up to <see cref="Below"/> (exclusive), ordinal.</summary>
public sealed record KeyRange
{
    public KeyRange(string from, string below)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(below);
        From = from;
        Below = below;
    }

    public string From { get; }

    public string Below { get; }
}

public enum Comparison
{
    Equal,
    AtLeast,
    Below,
}

/// <summary>A property compared with a value of its Edm type (a value of another type never matches, as in the service).</summary>
public sealed record PropertyCondition
{
    public PropertyCondition(string property, Comparison comparison, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        if (!EdmValue.IsPropertyName(property) || EntityProperties.IsSystem(property))
        {
            throw new ArgumentException($"'{property}' is not a property a filter can name.", nameof(property));
        }

        Property = property;
        Comparison = comparison;
        Value = EdmValue.Normalize(property, value) ?? throw new ArgumentNullException(nameof(value));
    }

    public string Property { get; }

    public Comparison Comparison { get; }

    /// <summary>The canonical Edm value (see <see cref="EdmValue.Normalize"/>).</summary>
    public object Value { get; }
}
