using ConnectorBot.Interview;
using ConnectorBot.Matching;

namespace ConnectorBot.Understanding;

/// <summary>
/// An understanding as the matcher reads it after the member's answer: "(plain English)" when that says it differently,
/// then "[the member's words, the generated words]". The member's words come first and always count; the generated part
/// counts only when it was made of the answer as it is now and the member has not said "That's not it".
/// </summary>
public static class UnderstoodText
{
    /// <summary>The text of one answer's understanding; empty when there is nothing to add.</summary>
    public static string Of(AnswerUnderstanding? understanding, string? answer)
    {
        if (understanding is null || string.IsNullOrWhiteSpace(answer))
        {
            return string.Empty;
        }

        var generated = understanding.IsGenerated && !understanding.Rejected && understanding.IsOf(answer);
        var parts = new List<string>(2);
        if (generated && SaysItDifferently(understanding, answer))
        {
            parts.Add("(" + understanding.Plain.Trim() + ")");
        }

        var words = WordsOf(understanding, generated);
        if (words.Count > 0)
        {
            parts.Add("[" + string.Join(", ", words) + "]");
        }

        return string.Join(' ', parts);
    }

    /// <summary>Whether the plain English is more than the answer again (case, spacing and a closing stop aside).</summary>
    public static bool SaysItDifferently(AnswerUnderstanding understanding, string answer)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(answer);
        return !string.IsNullOrWhiteSpace(understanding.Plain) && Normalised(understanding.Plain) != Normalised(answer);
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

    // Case and spacing aside: an understander that only tidied the answer adds nothing worth reading twice.
    private static string Normalised(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?').ToLowerInvariant();
}
