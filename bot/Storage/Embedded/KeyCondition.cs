namespace ConnectorBot.Storage.Embedded;

/// <summary>A comparison of PartitionKey or RowKey with a string that every match must satisfy, so SQL can apply it.</summary>
internal sealed record KeyCondition(string Property, FilterOperator Operator, string Value);
