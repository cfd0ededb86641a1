namespace ConnectorBot.Understanding;

/// <summary>
/// An understanding as the matcher reads it after the member's words: "(plain)" when the plain English differs from
/// the answer, then "[word, word, …]" — the shape of the enriched profile files the matcher was measured on.
/// </summary>
public static class UnderstoodText
{
    public static string Of(string answer, string plain, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var parts = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(plain) && !Same(answer, plain))
        {
            parts.Add("(" + plain.Trim() + ")");
        }

        var list = words.Select(w => w.Trim()).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(Understood.MaxWords).ToList();
        if (list.Count > 0)
        {
            parts.Add("[" + string.Join(", ", list) + "]");
        }

        return string.Join(' ', parts);
    }

    /// <summary>The same words whatever the case and spacing: a plain text that only repeats the answer adds nothing.</summary>
    private static bool Same(string answer, string plain) =>
        string.Equals(Squeeze(answer), Squeeze(plain), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?');
}
