using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Matching.Asking;

/// <summary>
/// Members' needs by feature (an inverted index), so a helper's words find the needs that share them without reading
/// every member. Long lists (common words) are read only in part, from a helper-specific offset, as a round does.
/// </summary>
internal sealed class NeedPostings
{
    private const int QueryFeatures = 12;
    private const int PostingCap = 64;

    private readonly (int Member, float Weight)[][] _postings;

    private NeedPostings((int Member, float Weight)[][] postings) => _postings = postings;

    public static NeedPostings Build(ScoringModel model)
    {
        var counts = new int[model.FeatureKeys.Length];
        foreach (var need in model.Needs)
        {
            foreach (var id in need.Ids)
            {
                counts[id]++;
            }
        }

        var postings = new (int Member, float Weight)[counts.Length][];
        for (var f = 0; f < counts.Length; f++)
        {
            postings[f] = new (int, float)[counts[f]];
            counts[f] = 0;
        }

        for (var m = 0; m < model.Needs.Length; m++)
        {
            var need = model.Needs[m];
            for (var k = 0; k < need.Ids.Length; k++)
            {
                postings[need.Ids[k]][counts[need.Ids[k]]++] = (m, need.Weights[k]);
            }
        }

        return new NeedPostings(postings);
    }

    /// <summary>Up to <paramref name="count"/> members whose needs share the most weight with helper h's strongest give features.</summary>
    public IEnumerable<int> Shortlist(ScoringModel model, int h, int count)
    {
        var give = model.Gives[h];
        Dictionary<int, float> shared = [];
        foreach (var k in Enumerable.Range(0, give.Ids.Length).OrderByDescending(k => give.Weights[k]).ThenBy(k => k).Take(QueryFeatures))
        {
            var list = _postings[give.Ids[k]];
            var take = Math.Min(list.Length, PostingCap);
            var start = list.Length > PostingCap ? (int)((uint)(h * 2654435761u) % (uint)list.Length) : 0;
            for (var t = 0; t < take; t++)
            {
                (var m, var weight) = list[(start + t) % list.Length];
                if (m != h)
                {
                    shared[m] = shared.GetValueOrDefault(m) + (weight * give.Weights[k]);
                }
            }
        }

        return shared.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(count).Select(s => s.Key);
    }
}
