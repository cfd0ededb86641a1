using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

using Azure;
using Azure.Core;

namespace ConnectorBot.Storage.Rest;

/// <summary>
/// The Table service over its REST protocol (Azure Table Storage or Azurite): JSON with minimal metadata,
/// typed properties, raw weak ETags kept byte for byte, continuation tokens as "{NextPK} {NextRK}".
/// </summary>
public sealed class RestTableStore : ITableStore
{
    internal const string JsonAccept = "application/json;odata=minimalmetadata";
    private const string ContinuationPartitionHeader = "x-ms-continuation-NextPartitionKey";
    private const string ContinuationRowHeader = "x-ms-continuation-NextRowKey";
    private const string ContinuationTableHeader = "x-ms-continuation-NextTableName";

    private readonly string _baseUri;
    private readonly string _version;
    private readonly TableHttpPipeline _pipeline;

    private RestTableStore(Uri endpoint, string accountName, IRequestAuthorizer authorizer, TableClientOptions? options)
    {
        options ??= new TableClientOptions();
        Uri = new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        _baseUri = Uri.ToString().TrimEnd('/');
        AccountName = accountName;
        _version = options.Version == TableClientOptions.ServiceVersion.V2019_02_02 ? "2019-02-02" : "2020-12-06";
        _pipeline = new TableHttpPipeline(authorizer, options);
    }

    public string AccountName { get; }

    public Uri Uri { get; }

    public static RestTableStore FromConnectionString(string connectionString, TableClientOptions? options)
    {
        var parsed = TableConnectionString.Parse(connectionString);
        return parsed.SharedAccessSignature is { } sas
            ? FromSas(parsed.TableEndpoint, new AzureSasCredential(sas), options)
            : FromSharedKey(parsed.TableEndpoint, new TableSharedKeyCredential(parsed.AccountName, parsed.AccountKey!), options);
    }

    public static RestTableStore FromSharedKey(Uri endpoint, TableSharedKeyCredential credential, TableClientOptions? options) =>
        new(endpoint, credential.AccountName, new SharedKeyLiteAuthorizer(credential, TimeProvider.System), options);

    public static RestTableStore FromSas(Uri endpoint, AzureSasCredential credential, TableClientOptions? options)
    {
        // A signature sent in the clear could be replayed; only loopback (the emulator) may use http.
        if (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)
        {
            throw new ArgumentException("A shared access signature is only sent over https (or to a loopback emulator).", nameof(endpoint));
        }

        return new(endpoint, TableConnectionString.AccountNameOf(endpoint), new SasAuthorizer(credential), options);
    }

    public static RestTableStore FromTokenCredential(Uri endpoint, TokenCredential credential, TableClientOptions? options) =>
        new(endpoint, TableConnectionString.AccountNameOf(endpoint), new BearerTokenAuthorizer(credential, TimeProvider.System), options);

    public async Task CreateTableAsync(string tableName, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = tableName });
        using var _ = await SendAsync(HttpMethod.Post, "Tables", body, preferNoContent: true, ifMatch: null, $"Create table '{tableName}'", cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteTableAsync(string tableName, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(HttpMethod.Delete, $"Tables('{tableName}')", null, false, null, $"Delete table '{tableName}'", cancellationToken).ConfigureAwait(false);
    }

    public async Task<StorePage<TableItem>> QueryTablesAsync(string? filter, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new QueryString().Add("$filter", filter).Add("$top", pageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Add("NextTableName", continuationToken);
        using var response = await SendAsync(HttpMethod.Get, "Tables" + query, null, false, null, "Query tables", cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var tables = document.RootElement.GetProperty("value").EnumerateArray().Select(t => new TableItem(t.GetProperty("TableName").GetString()!)).ToList();
        return new StorePage<TableItem>(tables, Header(response, ContinuationTableHeader));
    }

    public async Task<ETag> AddEntityAsync(string tableName, TableEntity entity, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, tableName, EntityJson.Serialize(entity), true, null, $"Add entity to '{tableName}'", cancellationToken).ConfigureAwait(false);
        return ETagOf(response);
    }

    public async Task<TableEntity> GetEntityAsync(string tableName, string partitionKey, string rowKey, IReadOnlyList<string>? select, CancellationToken cancellationToken)
    {
        var query = new QueryString().Add("$select", select is null ? null : string.Join(',', select));
        using var response = await SendAsync(HttpMethod.Get, EntityPath(tableName, partitionKey, rowKey) + query, null, false, null, $"Get entity from '{tableName}'", cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var entity = EntityJson.Read(document.RootElement);
        if (entity.ETag == default)
        {
            entity.ETag = ETagOf(response);
        }

        return entity;
    }

    public async Task<ETag> UpsertEntityAsync(string tableName, TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(MethodOf(mode), EntityPath(tableName, entity.PartitionKey, entity.RowKey), EntityJson.Serialize(entity), false, null, $"Upsert entity in '{tableName}'", cancellationToken).ConfigureAwait(false);
        return ETagOf(response);
    }

    public async Task<ETag> UpdateEntityAsync(string tableName, TableEntity entity, ETag ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(MethodOf(mode), EntityPath(tableName, entity.PartitionKey, entity.RowKey), EntityJson.Serialize(entity), false, ifMatch, $"Update entity in '{tableName}'", cancellationToken).ConfigureAwait(false);
        return ETagOf(response);
    }

    public async Task DeleteEntityAsync(string tableName, string partitionKey, string rowKey, ETag ifMatch, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(HttpMethod.Delete, EntityPath(tableName, partitionKey, rowKey), null, false, ifMatch, $"Delete entity from '{tableName}'", cancellationToken).ConfigureAwait(false);
    }

    public async Task<StorePage<TableEntity>> QueryEntitiesAsync(string tableName, string? filter, IReadOnlyList<string>? select, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        string? nextPartition = null, nextRow = null;
        if (continuationToken is not null)
        {
            var space = continuationToken.IndexOf(' ', StringComparison.Ordinal);
            nextPartition = space < 0 ? continuationToken : continuationToken[..space];
            nextRow = space < 0 ? null : continuationToken[(space + 1)..];
        }

        var query = new QueryString()
            .Add("$filter", filter)
            .Add("$select", select is null ? null : string.Join(',', select))
            .Add("$top", pageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("NextPartitionKey", nextPartition)
            .Add("NextRowKey", nextRow);
        using var response = await SendAsync(HttpMethod.Get, tableName + "()" + query, null, false, null, $"Query '{tableName}'", cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var entities = document.RootElement.GetProperty("value").EnumerateArray().Select(EntityJson.Read).ToList();
        var partitionToken = Header(response, ContinuationPartitionHeader);
        var rowToken = Header(response, ContinuationRowHeader);
        var token = partitionToken is null ? null : rowToken is null ? partitionToken : partitionToken + " " + rowToken;
        return new StorePage<TableEntity>(entities, token);
    }

    public async Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(string tableName, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var batch = new TableBatchRequest(_baseUri, tableName, actions);
        var operation = $"Transaction on '{tableName}'";
        using var response = await _pipeline.SendAsync(
            () =>
            {
                var request = NewRequest(HttpMethod.Post, _pipeline.PrepareUri(new Uri(_baseUri + "/$batch")));
                request.Content = batch.CreateContent();
                return request;
            },
            operation,
            cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return TableBatchResponse.Parse(response.Content.Headers.ContentType, body, actions.Count, operation);
    }

    internal static string EntityPath(string tableName, string partitionKey, string rowKey) =>
        $"{tableName}(PartitionKey='{KeyLiteral(partitionKey)}',RowKey='{KeyLiteral(rowKey)}')";

    // Quotes are doubled (OData), then everything beyond the unreserved set is percent-encoded.
    private static string KeyLiteral(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static HttpMethod MethodOf(TableUpdateMode mode) => mode == TableUpdateMode.Replace ? HttpMethod.Put : HttpMethod.Patch;

    private static ETag ETagOf(HttpResponseMessage response) =>
        Header(response, "ETag") is { } raw ? new ETag(raw) : default;

    // The raw header: a parsed EntityTagHeaderValue loses the weak "W/" prefix, and the service then rejects it.
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativePath, byte[]? body, bool preferNoContent, ETag? ifMatch, string operation, CancellationToken cancellationToken)
    {
        var uri = _pipeline.PrepareUri(new Uri(_baseUri + "/" + relativePath));
        return _pipeline.SendAsync(
            () =>
            {
                var request = NewRequest(method, uri);
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(body);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }

                if (preferNoContent)
                {
                    request.Headers.TryAddWithoutValidation("Prefer", "return-no-content");
                }

                if (ifMatch is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", etag.ToString());
                }

                return request;
            },
            operation,
            cancellationToken);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, Uri uri)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("x-ms-version", _version);
        request.Headers.TryAddWithoutValidation("Accept", JsonAccept);
        request.Headers.TryAddWithoutValidation("DataServiceVersion", "3.0");
        request.Headers.TryAddWithoutValidation("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.TryAddWithoutValidation("x-ms-client-request-id", Guid.NewGuid().ToString());
        return request;
    }

    /// <summary>A query string whose values are percent-encoded and whose empty parameters are left out.</summary>
    private sealed class QueryString
    {
        private readonly StringBuilder _text = new();

        public QueryString Add(string name, string? value)
        {
            if (value is not null)
            {
                _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }

            return this;
        }

        public override string ToString() => _text.ToString();
    }
}
