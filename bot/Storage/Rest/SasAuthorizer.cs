using Azure;

namespace ConnectorBot.Storage.Rest;

/// <summary>A shared access signature travels in every request's query string, with no Authorization header.</summary>
internal sealed class SasAuthorizer(AzureSasCredential credential) : IRequestAuthorizer
{
    public Uri PrepareUri(Uri uri)
    {
        var sas = credential.Signature.TrimStart('?');
        var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
        return new Uri(uri.OriginalString + separator + sas);
    }

    public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
