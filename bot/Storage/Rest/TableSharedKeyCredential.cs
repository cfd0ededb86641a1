namespace ConnectorBot.Storage.Rest;

/// <summary>An account name and its base64 key (mirrors Azure.Data.Tables.TableSharedKeyCredential).</summary>
public sealed class TableSharedKeyCredential
{
    public TableSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        AccountName = accountName;
        KeyBytes = Convert.FromBase64String(accountKey);
    }

    public string AccountName { get; }

    internal byte[] KeyBytes { get; }

    public override string ToString() => $"{nameof(TableSharedKeyCredential)}({AccountName})";
}
