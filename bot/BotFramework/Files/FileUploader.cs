using System.Net;
using System.Net.Http.Headers;

using ConnectorBot.BotFramework.Connector;

namespace ConnectorBot.BotFramework.Files;

/// <summary>
/// Puts a file's bytes into the upload session Teams opened when the member accepted a file consent card: one PUT of
/// the whole file with its Content-Range, and no bot token (the URL is pre-authenticated; a token would be refused).
/// The URL is a credential and the bytes are the member's: neither is ever logged, only the host and the status.
/// </summary>
public sealed partial class FileUploader(ConnectorHttp http, ILogger<FileUploader> logger)
{
    // Exports are small; a session that has not taken them in this long is not going to.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task<FileUploadOutcome> PutAsync(string? uploadUrl, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) || !ServiceUrl.MayCarryCredentials(uri))
        {
            LogRefused(logger);
            return FileUploadOutcome.Failed;
        }

        using var content = new ReadOnlyMemoryContent(bytes);
        content.Headers.ContentLength = bytes.Length;
        content.Headers.ContentRange = bytes.Length == 0 ? null : new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = content };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.Client.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return FileUploadOutcome.Uploaded;
            }

            LogStatus(logger, uri.Host, (int)response.StatusCode);
            return response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone ? FileUploadOutcome.Expired : FileUploadOutcome.Failed;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogError(logger, uri.Host, e.GetType().Name);
            return FileUploadOutcome.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file upload was refused before sending: its upload URL is not an https (or loopback) URL.")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file upload to {Host} was answered {Status}.")]
    private static partial void LogStatus(ILogger logger, string host, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file upload to {Host} failed: {Error}.")]
    private static partial void LogError(ILogger logger, string host, string error);
}
