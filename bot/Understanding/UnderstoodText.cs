using ConnectorBot.Interview;
using ConnectorBot.Matching;
using ConnectorBot.Understanding.Offline;

namespace ConnectorBot.Understanding;

/// <summary>
/// An understanding as the matcher reads it after the member's words: "(plain)" when the plain English differs from
/// the answer, then "[word, word, …]" — the shape of the enriched profile files the matcher was measured on. For a
/// stored understanding the member's own words come first and always count; the generated part is shown to the member
/// when it was made of the answer as it is now and they have not said "That's not it", and is read by the matcher when,
/// besides, it does not come from the offline lexicon (measured: it lifts the sets the lexicon was written from and
/// lowers the blind ones, so it is played back for the member to correct, and what they add is read).
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

    /// <summary>The text of one stored answer's understanding; empty when there is nothing to add.</summary>
    public static string Of(AnswerUnderstanding? understanding, string? answer)
    {
        if (understanding is null || string.IsNullOrWhiteSpace(answer))
        {
            return string.Empty;
        }

        var generated = IsRead(understanding, answer);
        return Of(answer, generated ? understanding.Plain : string.Empty, WordsOf(understanding, generated));
    }

    /// <summary>Whether the generated part is shown to the member: made of the answer as it is now, and not rejected by them.</summary>
    public static bool IsShown(AnswerUnderstanding understanding, string answer)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        return understanding.IsGenerated && !understanding.Rejected && understanding.IsOf(answer);
    }

    /// <summary>Whether the generated part is read by the matcher: shown, and not the offline lexicon's (see the summary).</summary>
    public static bool IsRead(AnswerUnderstanding understanding, string answer) =>
        IsShown(understanding, answer) && !string.Equals(understanding.Source, LexiconUnderstander.SourceName, StringComparison.Ordinal);

    /// <summary>Whether the plain English is more than the answer again (case, spacing and a closing stop aside).</summary>
    public static bool SaysItDifferently(AnswerUnderstanding understanding, string answer)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(answer);
        return !string.IsNullOrWhiteSpace(understanding.Plain) && !Same(answer, understanding.Plain);
    }

    /// <summary>The member's words, then the generated ones when they count; each once (case aside), at most <see cref="Understood.MaxWords"/>.</summary>
    public static IReadOnlyList<string> WordsOf(AnswerUnderstanding understanding, bool withGenerated)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. understanding.MemberWords.Concat(withGenerated ? understanding.Words : [])
            .Select(w => w.Trim())
            .Where(w => w.Length > 0 && seen.Add(w))
            .Take(Understood.MaxWords)];
    }

    /// <summary>The member's three answers' understandings as the matcher takes them (the title has none stored).</summary>
    public static UnderstoodAnswers For(Profile profile, IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>? understandings)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (understandings is null || understandings.Count == 0)
        {
            return UnderstoodAnswers.None;
        }

        string Text(AnswerKind kind) => Of(understandings.GetValueOrDefault(kind), AnswerKinds.AnswerOf(profile, kind));
        return new UnderstoodAnswers(Text(AnswerKind.Accomplish), Text(AnswerKind.ConnectWith), Text(AnswerKind.Offer));
    }

    /// <summary>The same words whatever the case and spacing: a plain text that only repeats the answer adds nothing.</summary>
    private static bool Same(string answer, string plain) =>
        string.Equals(Squeeze(answer), Squeeze(plain), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?');
}
