using System.Globalization;

namespace ConnectorBot.Understanding;

/// <summary>What was wrong with words a member typed; <see cref="None"/> when they can be kept.</summary>
public enum MemberWordsProblem
{
    None,
    Empty,
    TooMany,
    TooLong,
}

/// <summary>
/// Words a member typed for one answer ("quality audits, root cause"): split at commas, semicolons and line breaks,
/// trimmed, each once (case aside). Bounded as a source's words are (at most <see cref="Understood.MaxWords"/>), and the
/// typed text at most <see cref="UnderstandingCards.MaxWordsInputLength"/> characters; over either, nothing is kept and
/// the member is asked to shorten it (their text stays in the card's input).
/// </summary>
public sealed record MemberWordsInput(IReadOnlyList<string> Words, MemberWordsProblem Problem, int Count)
{
    private static readonly char[] Separators = [',', ';', '\n', '\r', '،', '、', '，', '；'];

    public static MemberWordsInput Parse(string? typed)
    {
        var text = (typed ?? string.Empty).Trim();
        var length = new StringInfo(text).LengthInTextElements;
        if (length > UnderstandingCards.MaxWordsInputLength)
        {
            return new([], MemberWordsProblem.TooLong, length);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Join(' ', w.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(w => w.Length > 0 && seen.Add(w))
            .ToList();
        return words.Count switch
        {
            0 => new([], MemberWordsProblem.Empty, 0),
            > Understood.MaxWords => new([], MemberWordsProblem.TooMany, words.Count),
            _ => new(words, MemberWordsProblem.None, words.Count),
        };
    }
}
