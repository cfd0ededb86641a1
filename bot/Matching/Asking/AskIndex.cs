using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Matching.Asking;

/// <summary>
/// A team made ready for "who can help me with …?" and the give digest: its members' words (features and rarities, as a
/// round reads them) and sentence vectors with their backgrounds. Build it once per team and reuse it for every ask
/// until the members change: an ask then costs one pass over the stored vectors. Pure and immutable; the order the
/// members arrive in does not matter (a repeated id keeps its last profile).
/// </summary>
public sealed class AskIndex
{
    private readonly Dictionary<string, int> _byId;

    private AskIndex(MatchProfile[] members, ScoringModel lexical, AskVectors? vectors)
    {
        Members = members;
        Lexical = lexical;
        Vectors = vectors;
        _byId = new(members.Length, StringComparer.Ordinal);
        for (var m = 0; m < members.Length; m++)
        {
            _byId[members[m].Id] = m;
        }
    }

    /// <summary>How many members the index holds.</summary>
    public int Count => Members.Length;

    /// <summary>How many of them have sentence vectors of the team's model (the others are judged on their words).</summary>
    public int Embedded => Vectors?.Embedded ?? 0;

    /// <summary>The members, sorted by id: indices, ties and so results do not depend on input order.</summary>
    internal MatchProfile[] Members { get; }

    internal ScoringModel Lexical { get; }

    internal AskVectors? Vectors { get; }

    public static AskIndex Build(IEnumerable<MatchProfile> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        MatchProfile[] sorted = [.. members.GroupBy(p => p.Id, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(p => p.Id, StringComparer.Ordinal)];
        return new AskIndex(sorted, ScoringModel.Build(sorted), AskVectors.Build(sorted));
    }

    /// <summary>The member's position, or -1 when they are not in the team.</summary>
    internal int IndexOf(string id) => _byId.TryGetValue(id, out var m) ? m : -1;

    /// <summary>How well <paramref name="giver"/>'s offer and title answer <paramref name="need"/>, on their words alone, in [0, 1] (as a round's direction).</summary>
    internal double Words(SparseVector need, int giver)
    {
        var score = need.NoisyOr(Lexical.Gives[giver], Lexical.IsConcept, out var concept);
        return concept ? score : score * MatchTuning.WordsOnlyFactor;
    }

    /// <summary>
    /// One direction on the sentence scale: calibrated closeness in meaning (the offer, or the helper's own goal at a
    /// share) when both have vectors, a confident words-only score counting too (as in a round); otherwise the words
    /// alone, put on the same scale.
    /// </summary>
    internal static double Combine(double offer, double goal, double words, AskTuning tuning)
    {
        if (double.IsNaN(offer))
        {
            return words / tuning.WordsBar * MatchTuning.SentenceThreshold;
        }

        var meaning = Math.Max(offer, tuning.GoalWeight * goal);
        return words >= tuning.ConfidentWords ? Math.Max(meaning, words / tuning.ConfidentWords * MatchTuning.SentenceThreshold) : meaning;
    }

    /// <summary>A score for people: in [0, 1], the bar a round introduces at reading 0.5.</summary>
    internal static double Shown(double score) => Math.Round(Math.Max(0, score) / (Math.Max(0, score) + MatchTuning.SentenceThreshold), 4);
}
