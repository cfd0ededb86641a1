using System.Text.Json;

using ConnectorBot.Matching;

namespace ConnectorBot.Cli;

/// <summary>Reads profiles as JSON lines; a bad line is reported with its number and skipped, never fatal.</summary>
public static class ProfileReader
{
    /// <summary>
    /// The profiles; from an enriched file ("title — what the role knows", "answer [related words]"), each field is split
    /// into the member's words and its understanding, so reasons quote the words and the sentence models read both.
    /// </summary>
    public static List<MatchProfile> Read(TextReader input, TextWriter errors, bool enriched = false)
    {
        List<MatchProfile> profiles = [];
        JsonLines.Read(input, errors, string.Empty, root =>
        {
            var id = Text(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return "no \"id\"";
            }

            (var title, var titleUnderstood) = Split(Text(root, "title"), enriched, TitleMark);
            (var accomplish, var accomplishUnderstood) = Split(Text(root, "accomplish"), enriched, WordsMark);
            (var connectWith, var connectWithUnderstood) = Split(Text(root, "connectWith"), enriched, WordsMark);
            (var offer, var offerUnderstood) = Split(Text(root, "offer"), enriched, WordsMark);
            profiles.Add(new MatchProfile(id, Text(root, "name") ?? id, Text(root, "department") ?? string.Empty, title, accomplish, connectWith, offer)
            {
                Understood = new UnderstoodAnswers(accomplishUnderstood, connectWithUnderstood, offerUnderstood, titleUnderstood),
            });
            return null;
        });
        return profiles;
    }

    internal static string? Text(JsonElement root, string property) => JsonLines.Text(root, property);

    private const string TitleMark = " — ";

    private const string WordsMark = " [";

    /// <summary>The member's words and the understanding after them (from the mark on); all words when not enriched.</summary>
    private static (string Words, string Understood) Split(string? text, bool enriched, string mark)
    {
        text ??= string.Empty;
        var at = enriched ? text.LastIndexOf(mark, StringComparison.Ordinal) : -1;
        if (at <= 0 || (mark == WordsMark && !text.TrimEnd().EndsWith(']')))
        {
            return (text, string.Empty);
        }

        return (text[..at].TrimEnd(), text[(at + 1)..].Trim());
    }
}
