using System.Net.Http.Headers;
using System.Text;

namespace ConnectorBot.Storage.Rest;

/// <summary>
/// The multipart/mixed body of an entity group transaction: one changeset of sub-requests with absolute
/// URLs and one-line JSON bodies. Only the outer request is signed.
/// </summary>
internal sealed class TableBatchRequest
{
    private readonly string _batchBoundary = "batch_" + Guid.NewGuid().ToString("N");
    private readonly byte[] _body;

    public TableBatchRequest(string baseUri, string tableName, IReadOnlyList<TableTransactionAction> actions)
    {
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder();
        text.Append("--").Append(_batchBoundary).Append("\r\n");
        text.Append("Content-Type: multipart/mixed; boundary=").Append(changesetBoundary).Append("\r\n\r\n");
        foreach (var action in actions)
        {
            var entity = (TableEntity)action.Entity;
            text.Append("--").Append(changesetBoundary).Append("\r\n");
            text.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            var (method, path) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", tableName),
                TableTransactionActionType.Delete => ("DELETE", RestTableStore.EntityPath(tableName, entity.PartitionKey, entity.RowKey)),
                TableTransactionActionType.UpdateReplace or TableTransactionActionType.UpsertReplace => ("PUT", RestTableStore.EntityPath(tableName, entity.PartitionKey, entity.RowKey)),
                _ => ("MERGE", RestTableStore.EntityPath(tableName, entity.PartitionKey, entity.RowKey)),
            };
            text.Append(method).Append(' ').Append(baseUri).Append('/').Append(path).Append(" HTTP/1.1\r\n");
            text.Append("Accept: ").Append(RestTableStore.JsonAccept).Append("\r\n");
            text.Append("DataServiceVersion: 3.0\r\n");
            if (IfMatch(action) is { } ifMatch)
            {
                text.Append("If-Match: ").Append(ifMatch).Append("\r\n");
            }

            if (action.ActionType == TableTransactionActionType.Delete)
            {
                text.Append("\r\n");
                continue;
            }

            if (action.ActionType == TableTransactionActionType.Add)
            {
                text.Append("Prefer: return-no-content\r\n");
            }

            // The emulator's parser wants each JSON body on one line; Utf8JsonWriter writes it so.
            text.Append("Content-Type: application/json\r\n\r\n");
            text.Append(Encoding.UTF8.GetString(EntityJson.Serialize(entity))).Append("\r\n");
        }

        text.Append("--").Append(changesetBoundary).Append("--\r\n");
        text.Append("--").Append(_batchBoundary).Append("--\r\n");
        _body = Encoding.UTF8.GetBytes(text.ToString());
    }

    public int Length => _body.Length;

    public HttpContent CreateContent()
    {
        var content = new ByteArrayContent(_body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/mixed; boundary=" + _batchBoundary);
        return content;
    }

    // Updates with no ETag are upserts (no If-Match); deletes arrive with ETag.All already.
    private static string? IfMatch(TableTransactionAction action) => action.ActionType switch
    {
        TableTransactionActionType.Delete or TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace
            when action.ETag != default => action.ETag.ToString(),
        _ => null,
    };
}
