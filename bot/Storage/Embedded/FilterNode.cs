namespace ConnectorBot.Storage.Embedded;

/// <summary>A node of a parsed <c>$filter</c>.</summary>
internal abstract record FilterNode
{
    public abstract bool Matches(TableEntity entity);
}

internal sealed record AndNode(FilterNode Left, FilterNode Right) : FilterNode
{
    public override bool Matches(TableEntity entity) => Left.Matches(entity) && Right.Matches(entity);
}

internal sealed record OrNode(FilterNode Left, FilterNode Right) : FilterNode
{
    public override bool Matches(TableEntity entity) => Left.Matches(entity) || Right.Matches(entity);
}

internal sealed record NotNode(FilterNode Operand) : FilterNode
{
    public override bool Matches(TableEntity entity) => !Operand.Matches(entity);
}

/// <summary><c>Property op literal</c>, with the property always on the left (the parser mirrors the other form).</summary>
internal sealed record ComparisonNode(string Property, FilterOperator Operator, object Literal) : FilterNode
{
    // A missing property or a value of another type makes the comparison false, whatever the operator.
    public override bool Matches(TableEntity entity) =>
        entity.TryGetValue(Property, out var value)
        && FilterValues.Compare(value, Literal) is { } sign
        && Operator.Holds(sign);
}
