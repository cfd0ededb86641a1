using System.Text.Json;
using System.Text.RegularExpressions;

using Azure;

namespace ConnectorBot.Storage.Rest;

/// <summary>Turns an error response (JSON, or XML for auth failures) into an exception with status and error code.</summary>
internal static partial class TableServiceError
{
    public static async Task<RequestFailedException> ToExceptionAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, message) = Parse(body);
        if (response.Headers.TryGetValues("x-ms-error-code", out var codes))
        {
            code = codes.FirstOrDefault() ?? code;
        }

        return Create((int)response.StatusCode, code, message, operation);
    }

    public static RequestFailedException Create(int status, string? code, string? serviceMessage, string operation, int? failedIndex = null, bool transaction = false)
    {
        var text = $"{operation} failed: {status} {(string.IsNullOrEmpty(code) ? "(no error code)" : code)}."
            + (string.IsNullOrEmpty(serviceMessage) ? string.Empty : " " + serviceMessage);
        return transaction
            ? new TableTransactionFailedException(status, text, code, failedIndex)
            : new RequestFailedException(status, text, code, null);
    }

    /// <summary>The error code and the first line of the service's message (the rest is request id and time).</summary>
    public static (string? Code, string? Message) Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        if (body.TrimStart().StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.TryGetProperty("odata.error", out var error))
                {
                    var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    var message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
                    return (string.IsNullOrEmpty(code) ? null : code, FirstLine(message));
                }
            }
            catch (JsonException)
            {
                return (null, null);
            }
        }

        var xmlCode = XmlCode().Match(body);
        var xmlMessage = XmlMessage().Match(body);
        return (xmlCode.Success ? xmlCode.Groups[1].Value : null, xmlMessage.Success ? FirstLine(xmlMessage.Groups[1].Value) : null);
    }

    private static string? FirstLine(string? message) => message?.Split('\n')[0].Trim();

    [GeneratedRegex("<Code>([^<]*)</Code>")]
    private static partial Regex XmlCode();

    [GeneratedRegex("<Message>([^<]*)</Message>")]
    private static partial Regex XmlMessage();
}
