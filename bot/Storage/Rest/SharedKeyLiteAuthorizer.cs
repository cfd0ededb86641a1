using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ConnectorBot.Storage.Rest;

/// <summary>
/// Shared Key Lite for the Table service: sign <c>x-ms-date + "\n" + "/" + account + path</c>
/// (the path exactly as sent, so against the emulator the account name appears twice).
/// </summary>
internal sealed class SharedKeyLiteAuthorizer(TableSharedKeyCredential credential, TimeProvider clock) : IRequestAuthorizer
{
    public Uri PrepareUri(Uri uri) => uri;

    public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var date = clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        request.Headers.Remove("x-ms-date");
        request.Headers.TryAddWithoutValidation("x-ms-date", date);
        var stringToSign = date + "\n" + CanonicalizedResource(credential.AccountName, request.RequestUri!);
        using var hmac = new HMACSHA256(credential.KeyBytes);
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        request.Headers.Remove("Authorization");
        request.Headers.TryAddWithoutValidation("Authorization", $"SharedKeyLite {credential.AccountName}:{signature}");
        return ValueTask.CompletedTask;
    }

    internal static string CanonicalizedResource(string accountName, Uri uri)
    {
        var resource = "/" + accountName + uri.AbsolutePath;
        var comp = System.Web.HttpUtility.ParseQueryString(uri.Query)["comp"];
        return comp is null ? resource : resource + "?comp=" + comp;
    }
}
