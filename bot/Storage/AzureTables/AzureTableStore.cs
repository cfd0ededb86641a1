using System.Runtime.CompilerServices;

using Azure.Core;
using Azure.Data.Tables;

namespace ConnectorBot.Storage.AzureTables;

/// <summary>Azure Table Storage (or Azurite) through the Azure.Data.Tables SDK; the SDK's pipeline retries.</summary>
public sealed class AzureTableStore(TableServiceClient service) : ITableStore
{
    // Without the query: a SAS connection string may leave its token on the service Uri.
    public Uri Endpoint { get; } = new(service.Uri.GetLeftPart(UriPartial.Path));

    /// <summary>Account key, SAS or <c>UseDevelopmentStorage=true</c> (Azurite), as the SDK reads them.</summary>
    public static AzureTableStore FromConnectionString(string connectionString)
    {
        RefuseSasOverHttp(connectionString);
        return new(new TableServiceClient(connectionString, Options()));
    }

    /// <summary>An account URL reached with a token credential (managed identity).</summary>
    public static AzureTableStore FromTokenCredential(Uri accountUrl, TokenCredential credential) =>
        new(new TableServiceClient(accountUrl, credential, Options()));

    public async Task<ITable> OpenTableAsync(string tableName, CancellationToken cancellationToken = default)
    {
        TableName.Validate(tableName);
        var table = service.GetTableClient(tableName);
        await table.CreateIfNotExistsAsync(cancellationToken);
        return new AzureTable(table);
    }

    public async IAsyncEnumerable<string> ListTablesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await foreach (var table in service.QueryAsync(cancellationToken: cancellationToken))
        {
            names.Add(table.Name);
        }

        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            yield return name;
        }
    }

    public async Task CheckReachableAsync(CancellationToken cancellationToken = default)
    {
        // One page of at most one table: a single request that needs only read rights on the account's tables.
        await foreach (var _ in service.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            break;
        }
    }

    // A SAS travels in every request's query: only https may carry it, or loopback (an emulator on this machine).
    // The message names neither the endpoint nor the token: the connection string is a secret.
    private static void RefuseSasOverHttp(string connectionString)
    {
        var settings = connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.OrdinalIgnoreCase);
        if (settings.ContainsKey("SharedAccessSignature")
            && settings.TryGetValue("TableEndpoint", out var endpoint)
            && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            && uri.Scheme != Uri.UriSchemeHttps
            && !uri.IsLoopback)
        {
            throw new ArgumentException("A shared access signature is sent only over https (or to a loopback emulator).", nameof(connectionString));
        }
    }

    /// <summary>
    /// The SDK's exponential retry, sized as before: 4 retries from 0.4 s up to 10 s, 30 s per attempt,
    /// so a throttled or briefly unreachable account delays a turn rather than failing it.
    /// </summary>
    private static TableClientOptions Options()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(400);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }
}
