using System.Text.RegularExpressions;

using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// Cuts an answer into whole clauses the reason can carry: sentences, then pieces between strong marks (";", ":", "—",
/// brackets), then the leading parts of a piece up to a comma or "and"/"or"/"but" (the head of a phrase is at its
/// start, so a leading part stays grammatical), and later parts that stand on their own ("…, or anyone who …").
/// Never a cut inside a word or phrase.
/// </summary>
public static partial class ClauseSplitter
{
    private const string SentenceEnds = ".!?。！？؟";
    private const string FullWidthEnds = "。！？";

    // A reason carries one clause of an answer: its first sentences say enough, and a round explains tens of thousands.
    private const int MaxSentences = 3;
    private const int MaxClauses = 8;

    // Marks that carry no word: a clause made of these alone (or of emoji) is no clause.
    private static readonly System.Buffers.SearchValues<char> NoLetters = System.Buffers.SearchValues.Create(" \t\r\n.,;:!?-—–()[]{}\"'“”‘’…*•/|");

    // Later parts that read on their own once cut from what went before.
    private static readonly HashSet<string> StandaloneStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "i've", "i'd", "i'll", "someone", "somebody", "anyone", "anybody", "whoever", "a", "an", "happy", "glad", "keen", "can", "my", "we",
    };

    // A full stop after these ends no sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "prof", "e.g", "i.e", "etc", "vs", "st", "no", "approx" };

    public static List<Clause> Split(ProfileField field, string? text)
    {
        List<Clause> clauses = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return clauses;
        }

        HashSet<(int, int)> seen = [];
        foreach ((var start, var end) in Sentences(text).Take(MaxSentences))
        {
            foreach ((var pieceStart, var pieceEnd) in Pieces(text, start, end))
            {
                foreach ((var from, var to) in Candidates(text, pieceStart, pieceEnd))
                {
                    if (Trimmed(field, text, from, to) is { } clause && seen.Add((clause.Start, clause.End)))
                    {
                        clauses.Add(clause);
                        if (clauses.Count == MaxClauses)
                        {
                            return clauses;
                        }
                    }
                }
            }
        }

        return clauses;
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
            var ends = c is '\n' or '\r' or '•'
                || (SentenceEnds.Contains(c) && (next || FullWidthEnds.Contains(c)) && !(c == '.' && IsAbbreviation(text, i)));
            if (ends)
            {
                yield return (start, i);
                start = i + 1;
            }
        }

        yield return (start, text.Length);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var from = dot;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        return Abbreviations.Contains(text[from..dot]);
    }

    private static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var spacedAfter = i + 1 >= end || char.IsWhiteSpace(text[i + 1]);
            var spacedBefore = i == start || char.IsWhiteSpace(text[i - 1]);
            var strong = c is ';' or '—' or '–' or '(' or ')' or '…' or '|'
                || (c == ':' && spacedAfter)
                || (c == '-' && spacedAfter && spacedBefore)
                || (c == '/' && spacedAfter && spacedBefore);
            if (strong)
            {
                yield return (from, i);
                from = i + 1;
            }
        }

        yield return (from, end);
    }

    /// <summary>The piece, its leading parts, and the later parts that stand on their own.</summary>
    private static IEnumerable<(int Start, int End)> Candidates(string text, int start, int end)
    {
        var piece = text[start..end];
        List<(int CutEnd, int NextStart)> cuts = [.. WeakBoundary().Matches(piece).Where(m => !InList(piece, m)).Select(m => (start + m.Index, start + m.Index + m.Length))];
        yield return (start, end);
        foreach ((var cutEnd, _) in cuts)
        {
            yield return (start, cutEnd);
        }

        for (var k = 0; k < cuts.Count; k++)
        {
            var from = cuts[k].NextStart;
            if (!StandaloneStarts.Contains(FirstWord(text, from, end)))
            {
                continue;
            }

            yield return (from, end);
            for (var j = k + 1; j < cuts.Count; j++)
            {
                yield return (from, cuts[j].CutEnd);
            }
        }
    }

    /// <summary>
    /// A comma between items of a list ("mixers, motors, pumps and conveyors", "reconciliations, audit trails and …"):
    /// cutting there would end the clause mid-phrase. An item is a few words up to the next comma, "and" or "or".
    /// </summary>
    private static bool InList(string piece, Match boundary)
    {
        if (!boundary.Value.StartsWith(',') || boundary.Value.Trim().Length > 1)
        {
            return false;
        }

        var after = piece[(boundary.Index + boundary.Length)..];
        var itemEnd = ListItemEnd().Match(after) is { Success: true } m ? m.Index : -1;
        if (itemEnd >= 0 && Count(after[..itemEnd]) <= 3)
        {
            return true;
        }

        var before = piece[..boundary.Index];
        var itemStart = before.LastIndexOf(',');
        return itemStart >= 0 && Count(before[(itemStart + 1)..]) <= 3;
    }

    private static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string FirstWord(string text, int from, int end)
    {
        var to = from;
        while (to < end && !char.IsWhiteSpace(text[to]) && text[to] != ',')
        {
            to++;
        }

        return text[from..to].Replace('’', '\'');
    }

    /// <summary>The clause without surrounding spaces, bullets, end punctuation or emoji; null when no word is left.</summary>
    private static Clause? Trimmed(ProfileField field, string text, int start, int end)
    {
        while (start < end && !IsKeptAtStart(text[start]))
        {
            start++;
        }

        while (end > start && !IsKeptAtEnd(text[end - 1]))
        {
            end--;
        }

        if (end <= start || !text.AsSpan(start, end - start).ContainsAnyExcept(NoLetters))
        {
            return null;
        }

        var first = 0;
        while (first < text.Length && !IsKeptAtStart(text[first]))
        {
            first++;
        }

        return new Clause(field, start, end, Balanced(string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))), start == first);
    }

    private static bool IsKeptAtStart(char c) => char.IsLetterOrDigit(c) || c is '$' or '£' or '€' or '#' or '\'' or '‘' or '"' or '“';

    private static bool IsKeptAtEnd(char c) => char.IsLetterOrDigit(c) || c is '%' or '#' or '+' or '\'' or '’' or '"' or '”';

    /// <summary>Quotes and brackets left open by a cut are dropped, so the reason never shows half a quotation.</summary>
    private static string Balanced(string clause)
    {
        if (clause.Count(c => c == '"') % 2 != 0)
        {
            clause = clause.Replace("\"", string.Empty, StringComparison.Ordinal);
        }

        if (clause.Count(c => c == '“') != clause.Count(c => c == '”'))
        {
            clause = clause.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal);
        }

        if (clause.Count(c => c == '(') != clause.Count(c => c == ')'))
        {
            clause = clause.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        }

        return clause.Trim();
    }

    [GeneratedRegex(@",|\s(?:and|or|&)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListItemEnd();

    // ", " (optionally with and/or/but/so), a spaced "but/so/because/while", or "and"/"or" before a verb, pronoun or
    // "if" (so "films and trays" stays one phrase while "online and can teach" splits): where a part may end and another begin.
    [GeneratedRegex(@",\s+(?:(?:and|or|but|so|plus)\s+)?|\s+(?:but|so|because|plus|while|whereas)\s+|\s+(?:and|or)\s+(?=(?:i|i'm|i've|i'd|we|can|could|will|would|have|has|had|am|is|are|was|were|then|also|always|still|if|when|know|knows|need|needs|run|runs|help|helps|make|makes|get|gets|teach|teaches|lead|leads|love|did|do|does)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakBoundary();
}
