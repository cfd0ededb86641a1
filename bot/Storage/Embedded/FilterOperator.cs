namespace ConnectorBot.Storage.Embedded;

/// <summary>The comparison operators of a table <c>$filter</c>.</summary>
internal enum FilterOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

internal static class FilterOperators
{
    public static FilterOperator? FromKeyword(string word) => word.ToLowerInvariant() switch
    {
        "eq" => FilterOperator.Equal,
        "ne" => FilterOperator.NotEqual,
        "gt" => FilterOperator.GreaterThan,
        "ge" => FilterOperator.GreaterThanOrEqual,
        "lt" => FilterOperator.LessThan,
        "le" => FilterOperator.LessThanOrEqual,
        _ => null,
    };

    /// <summary>The operator that keeps the meaning when the operands swap sides ('5 lt Age' is 'Age gt 5').</summary>
    public static FilterOperator Mirror(this FilterOperator op) => op switch
    {
        FilterOperator.GreaterThan => FilterOperator.LessThan,
        FilterOperator.GreaterThanOrEqual => FilterOperator.LessThanOrEqual,
        FilterOperator.LessThan => FilterOperator.GreaterThan,
        FilterOperator.LessThanOrEqual => FilterOperator.GreaterThanOrEqual,
        _ => op,
    };

    public static bool Holds(this FilterOperator op, int comparison) => op switch
    {
        FilterOperator.Equal => comparison == 0,
        FilterOperator.NotEqual => comparison != 0,
        FilterOperator.GreaterThan => comparison > 0,
        FilterOperator.GreaterThanOrEqual => comparison >= 0,
        FilterOperator.LessThan => comparison < 0,
        FilterOperator.LessThanOrEqual => comparison <= 0,
        _ => false,
    };

    public static string SqlText(this FilterOperator op) => op switch
    {
        FilterOperator.Equal => "=",
        FilterOperator.NotEqual => "<>",
        FilterOperator.GreaterThan => ">",
        FilterOperator.GreaterThanOrEqual => ">=",
        FilterOperator.LessThan => "<",
        _ => "<=",
    };
}
