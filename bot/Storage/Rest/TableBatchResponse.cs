using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

using Azure;

namespace ConnectorBot.Storage.Rest;

/// <summary>
/// Reads the 202 multipart answer to a transaction. Success: one part per action with its ETag.
/// Failure (still a 202): a part with status ≥ 400 whose message starts with the failed action's index.
/// </summary>
internal static partial class TableBatchResponse
{
    public static IReadOnlyList<ETag?> Parse(MediaTypeHeaderValue? contentType, string body, int actionCount, string operation)
    {
        var boundary = BoundaryOf(contentType?.ToString()) ?? throw Malformed(operation, "no multipart boundary");
        var parts = new List<Part>();
        foreach (var batchPart in SplitParts(body, boundary))
        {
            // A changeset is itself multipart; a lone error (e.g. a malformed batch) may come as a plain part.
            var innerBoundary = BoundaryOf(HeaderValue(batchPart, "Content-Type"));
            var operationParts = innerBoundary is null ? [batchPart] : SplitParts(batchPart, innerBoundary);
            parts.AddRange(operationParts.Select(ParsePart).OfType<Part>());
        }

        var failedPosition = parts.FindIndex(p => p.Status >= 400);
        if (failedPosition >= 0)
        {
            var failed = parts[failedPosition];
            var (code, message) = TableServiceError.Parse(failed.Body);
            var index = IndexFromMessage(message) ?? failed.ContentId - 1 ?? (parts.Count > 1 ? failedPosition : null);
            throw TableServiceError.Create(failed.Status, code, StripIndex(message), operation, index, transaction: true);
        }

        if (parts.Count != actionCount)
        {
            throw Malformed(operation, $"{parts.Count} answers for {actionCount} actions");
        }

        return parts.Select(p => p.ETag is null ? (ETag?)null : new ETag(p.ETag)).ToList();
    }

    private static Part? ParsePart(string part)
    {
        // MIME headers, a blank line, then the embedded HTTP response.
        var http = part.IndexOf("HTTP/1.1 ", StringComparison.Ordinal);
        if (http < 0)
        {
            return null;
        }

        var statusLine = part[http..].Split('\n')[0];
        var status = int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture);
        var headerEnd = part.IndexOf("\r\n\r\n", http, StringComparison.Ordinal);
        var headers = headerEnd < 0 ? part[http..] : part[http..headerEnd];
        var responseBody = headerEnd < 0 ? string.Empty : part[(headerEnd + 4)..].Trim();
        var contentId = HeaderValue(part, "Content-ID");
        return new Part(
            status,
            HeaderValue(headers, "ETag"),
            int.TryParse(contentId, CultureInfo.InvariantCulture, out var id) ? id : null,
            responseBody);
    }

    private static List<string> SplitParts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var result = new List<string>();
        foreach (var piece in body.Split(delimiter).Skip(1))
        {
            if (piece.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            result.Add(piece.Trim('\r', '\n'));
        }

        return result;
    }

    private static string? HeaderValue(string headers, string name)
    {
        foreach (var line in headers.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private static string? BoundaryOf(string? contentType)
    {
        var match = contentType is null ? null : Boundary().Match(contentType);
        return match is { Success: true } ? match.Groups[1].Value.Trim('"') : null;
    }

    private static int? IndexFromMessage(string? message)
    {
        var match = message is null ? null : LeadingIndex().Match(message);
        return match is { Success: true } ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? StripIndex(string? message) => message is null ? null : LeadingIndex().Replace(message, string.Empty);

    private static RequestFailedException Malformed(string operation, string why) =>
        new(502, $"{operation}: the transaction's answer could not be read ({why}).", "MalformedBatchResponse", null);

    [GeneratedRegex("boundary=([^;\\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex("^(\\d+):")]
    private static partial Regex LeadingIndex();

    private sealed record Part(int Status, string? ETag, int? ContentId, string Body);
}
