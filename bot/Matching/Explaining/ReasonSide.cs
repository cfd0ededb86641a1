using ConnectorBot.Matching.Meaning;
using ConnectorBot.Matching.Scoring;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// One member as the reason writer reads them: the clauses of their ask (connectWith, accomplish) and of what they bring
/// (offer, title, their own goal, department), each with its features and a word-vector direction for comparing clauses.
/// </summary>
public sealed class ReasonSide
{
    // Longer clauses cannot fit two directions in one short reason; shorter ones of the same answer are tried instead.
    private const int MaxClauseWords = 24;

    private readonly List<FeatureOccurrence> _features;
    private readonly Dictionary<ProfileField, List<Token>> _tokens;
    private readonly Dictionary<Clause, (HashSet<string> Keys, float[] Vector)> _read = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ProfileField, (int Id, float Weight)[]> _known = [];

    public ReasonSide(MatchProfile profile, string name)
    {
        Profile = profile;
        Name = name;
        _features = FeatureExtractor.Extract(profile, out _tokens);
        Asks = [.. Clauses(ProfileField.ConnectWith, profile.ConnectWith), .. Clauses(ProfileField.Accomplish, profile.Accomplish)];
        Gives =
        [
            .. Clauses(ProfileField.Offer, profile.Offer),
            .. Whole(ProfileField.Title, profile.Title),
            .. Clauses(ProfileField.Accomplish, profile.Accomplish),
            .. Whole(ProfileField.Department, profile.Department),
        ];
    }

    public MatchProfile Profile { get; }

    /// <summary>How the reason calls them: first name, or "a colleague".</summary>
    public string Name { get; }

    public List<Clause> Asks { get; }

    public List<Clause> Gives { get; }

    /// <summary>How well an ask clause of this side and a give clause of <paramref name="giver"/> line up.</summary>
    public double Alignment(Clause ask, ReasonSide giver, Clause give, Func<string, double> idf)
    {
        (var askKeys, var askVector) = Read(ask);
        (var giveKeys, var giveVector) = giver.Read(give);
        double shared = 0;
        foreach (var key in askKeys)
        {
            if (giveKeys.Contains(key))
            {
                shared += idf(key);
            }
        }

        double cosine = 0;
        for (var k = 0; k < askVector.Length; k++)
        {
            cosine += askVector[k] * giveVector[k];
        }

        var fields = Weight(ask.Field) * Weight(give.Field);
        return (fields * (shared + (2 * Math.Max(0, cosine)))) - (0.04 * (Math.Max(0, ask.Words.Length - 12) + Math.Max(0, give.Words.Length - 12)));
    }

    private static double Weight(ProfileField field) => field switch
    {
        ProfileField.ConnectWith => MatchTuning.NeedConnectWith,
        ProfileField.Offer => MatchTuning.GiveOffer,
        ProfileField.Title => MatchTuning.GiveTitle,
        ProfileField.Department => MatchTuning.GiveDepartment,
        _ => 0.45,
    };

    private static IEnumerable<Clause> Clauses(ProfileField field, string? text) =>
        ClauseSplitter.Split(field, text).Where(c => c.Words.Length <= MaxClauseWords);

    private static IEnumerable<Clause> Whole(ProfileField field, string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8
            ? []
            : [new Clause(field, 0, text.Length, string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];

    private (HashSet<string> Keys, float[] Vector) Read(Clause clause)
    {
        if (_read.TryGetValue(clause, out var read))
        {
            return read;
        }

        // A clause is a contiguous run of its field's tokens: [from, to).
        var tokens = _tokens.GetValueOrDefault(clause.Field) ?? [];
        var from = 0;
        while (from < tokens.Count && tokens[from].Start < clause.Start)
        {
            from++;
        }

        var to = from;
        while (to < tokens.Count && tokens[to].Start < clause.End)
        {
            to++;
        }

        HashSet<string> keys = new(StringComparer.Ordinal);
        foreach (var feature in _features)
        {
            if (feature.Field == clause.Field && feature.Start >= from && feature.End <= to)
            {
                keys.Add(feature.Key);
            }
        }

        read = (keys, Direction(clause.Field, tokens, from, to));
        _read[clause] = read;
        return read;
    }

    /// <summary>The clause's rarity-weighted mean word vector without the part all English shares, normalised; zero when no word is known.</summary>
    private float[] Direction(ProfileField field, List<Token> tokens, int from, int to)
    {
        const int D = WordVectors.Dimensions;
        var vectors = WordVectors.Default;
        var words = Known(field, tokens);
        var sum = new float[D];
        for (var i = from; i < to; i++)
        {
            if (words[i].Id >= 0)
            {
                vectors.AddTo(sum, words[i].Id, words[i].Weight);
            }
        }

        var common = vectors.Common;
        float along = 0;
        for (var k = 0; k < D; k++)
        {
            along += sum[k] * common[k];
        }

        float norm = 0;
        for (var k = 0; k < D; k++)
        {
            sum[k] -= along * common[k];
            norm += sum[k] * sum[k];
        }

        if (norm > 0)
        {
            var scale = 1 / MathF.Sqrt(norm);
            for (var k = 0; k < D; k++)
            {
                sum[k] *= scale;
            }
        }

        return sum;
    }

    /// <summary>Each token's word vector and weight, looked up once per field (clauses overlap a lot); id -1 when it says nothing.</summary>
    private (int Id, float Weight)[] Known(ProfileField field, List<Token> tokens)
    {
        if (_known.TryGetValue(field, out var known))
        {
            return known;
        }

        var vectors = WordVectors.Default;
        known = new (int, float)[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            known[i] = token.Folded.Length >= 2 && !StopWords.Contains(token.Folded) && vectors.TryFind(token.Folded, out var id) ? (id, vectors.Weight(id)) : (-1, 0);
        }

        _known[field] = known;
        return known;
    }
}
