using System.Buffers.Text;
using System.Text;

namespace ConnectorBot.Storage.Embedded;

/// <summary>
/// Opaque page tokens: base64url of the next keys joined by '\n' (keys cannot hold control characters),
/// so a token survives URL encoding and holds no spaces.
/// </summary>
public static class ContinuationToken
{
    private const char Separator = '\n';

    public static string Encode(params string[] keys) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, keys)));

    /// <summary>The keys of a token, or null for no token; 400 InvalidInput when it is not one of ours.</summary>
    public static string[]? Decode(string? token, int keyCount)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            throw StoreErrors.InvalidInput("the continuation token is not valid.");
        }

        var keys = text.Split(Separator);
        return keys.Length == keyCount ? keys : throw StoreErrors.InvalidInput("the continuation token is not valid.");
    }
}
