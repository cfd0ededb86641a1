namespace ConnectorBot.Storage.Rest;

/// <summary>Adds the credentials to one attempt of a request (each attempt is signed afresh).</summary>
internal interface IRequestAuthorizer
{
    /// <summary>Returns the URI to send to: a SAS lives in the query string.</summary>
    Uri PrepareUri(Uri uri);

    ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
