namespace ConnectorBot.Storage;

/// <summary>A table in the account (mirrors Azure.Data.Tables.Models.TableItem).</summary>
public sealed record TableItem(string Name);
