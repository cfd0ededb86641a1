using System.Text;
using System.Text.Json;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// Reads the model's reply strictly: a JSON object with a string <c>plain</c> and an array <c>words</c> of strings
/// (other properties ignored). Text is cleaned (control characters out, spaces collapsed, trimmed) and bounded by
/// <see cref="Understood"/>'s limits; anything else is an <see cref="UnderstandingException"/> whose message says what
/// was wrong, never what the reply said.
/// </summary>
public static class UnderstandingReply
{
    public static Understood Parse(string? reply, string source, string version)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            throw Unreadable("an empty reply");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(reply);
        }
        catch (JsonException)
        {
            // The exception's message quotes the offending text: not passed on.
            throw Unreadable("a reply that is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Unreadable("JSON that is not an object");
            }

            if (!root.TryGetProperty("plain", out var plainElement) || plainElement.ValueKind != JsonValueKind.String)
            {
                throw Unreadable("no string \"plain\"");
            }

            if (!root.TryGetProperty("words", out var wordsElement) || wordsElement.ValueKind != JsonValueKind.Array)
            {
                throw Unreadable("no array \"words\"");
            }

            var plain = Bound(Clean(plainElement.GetString()!), Understood.MaxPlainLength);
            if (plain.Length == 0)
            {
                throw Unreadable("an empty \"plain\"");
            }

            var words = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in wordsElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    throw Unreadable("a \"words\" entry that is not a string");
                }

                var word = Clean(item.GetString()!);

                // Dropped rather than cut: half a phrase would say something the answer did not.
                if (word.Length == 0 || word.Length > Understood.MaxWordLength || !seen.Add(word))
                {
                    continue;
                }

                words.Add(word);
                if (words.Count == Understood.MaxWords)
                {
                    break;
                }
            }

            return new Understood(plain, words, source, version);
        }
    }

    /// <summary>Control characters (line breaks included) become spaces, runs of white space one space, ends trimmed.</summary>
    internal static string Clean(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            // Format characters too (zero-width, bidirectional overrides): invisible in a card, and a way to hide text.
            if (char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                space = cleaned.Length > 0;
                continue;
            }

            if (space)
            {
                cleaned.Append(' ');
                space = false;
            }

            cleaned.Append(c);
        }

        return cleaned.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters, cut at the last space when there is one, never inside a surrogate pair.</summary>
    internal static string Bound(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var space = text.LastIndexOf(' ', cut - 1, cut);
        return (space > 0 ? text[..space] : text[..cut]).TrimEnd();
    }

    private static UnderstandingException Unreadable(string what) =>
        new($"Azure OpenAI replied with {what} instead of the understanding asked for.", System.Net.HttpStatusCode.OK, 0);
}
