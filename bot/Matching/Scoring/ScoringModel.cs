using ConnectorBot.Matching.Meaning;

namespace ConnectorBot.Matching.Scoring;

/// <summary>
/// Every member's "need" and "give" vectors, IDF-weighted over the round's population so that words everyone uses
/// (the company's own product, "team", "plan") count for little and rare shared ones count for a lot.
/// </summary>
public sealed class ScoringModel
{
    /// <summary>Profiles extracted per block before their features are numbered.</summary>
    private const int ExtractionBlock = 4096;

    private readonly Dictionary<string, int> _featureIds;

    private ScoringModel(IReadOnlyList<MatchProfile> profiles, SparseVector[] needs, SparseVector[] gives, SparseVector[] asks, string[] featureKeys, float[] idf, Dictionary<string, int> featureIds, MeaningVectors meaning)
    {
        Meaning = meaning;
        Asks = asks;
        IsConcept = [.. featureKeys.Select(k => k[0] == 'c')];
        _featureIds = featureIds;
        Profiles = profiles;
        Needs = needs;
        Gives = gives;
        FeatureKeys = featureKeys;
        Idf = idf;
    }

    public IReadOnlyList<MatchProfile> Profiles { get; }

    public SparseVector[] Needs { get; }

    /// <summary>Each member's ask and offer as directions in word-vector space, for paraphrase no lexicon lists.</summary>
    public MeaningVectors Meaning { get; }

    public SparseVector[] Gives { get; }

    /// <summary>The exact words of each member's ask, to spot two members asking for the same specific thing.</summary>
    public SparseVector[] Asks { get; }

    public string[] FeatureKeys { get; }

    public float[] Idf { get; }

    /// <summary>Which feature ids are lexicon concepts rather than plain words.</summary>
    public bool[] IsConcept { get; }

    public int Count => Profiles.Count;

    public double IdfOf(string featureKey) => _featureIds.TryGetValue(featureKey, out var id) ? Idf[id] : 0;

    public static ScoringModel Build(IReadOnlyList<MatchProfile> profiles)
    {
        Dictionary<string, int> ids = new(StringComparer.Ordinal);
        List<string> keys = [];
        List<int> documentFrequency = [];
        (int Id, ProfileField Field)[][] perProfile = new (int, ProfileField)[profiles.Count][];
        HashSet<int> seen = [];
        // Extracted in blocks and mapped to ids block by block, in profile order (so ids are first-seen, as before): the
        // string-keyed occurrences die young instead of all 100k profiles' worth surviving into the older generations.
        var extracted = new List<FeatureOccurrence>[Math.Min(ExtractionBlock, profiles.Count)];
        var meaning = MeaningVectors.Start(profiles, WordVectors.Default);
        for (var from = 0; from < profiles.Count; from += ExtractionBlock)
        {
            var count = Math.Min(ExtractionBlock, profiles.Count - from);
            var offset = from;
            Parallel.For(0, count, i =>
            {
                extracted[i] = FeatureExtractor.Extract(profiles[offset + i], out var words);
                meaning.Add(offset + i, words);
            });
            for (var i = 0; i < count; i++)
            {
                seen.Clear();
                var occurrences = extracted[i];
                var mapped = new (int, ProfileField)[occurrences.Count];
                for (var k = 0; k < occurrences.Count; k++)
                {
                    if (!ids.TryGetValue(occurrences[k].Key, out var id))
                    {
                        id = ids[occurrences[k].Key] = keys.Count;
                        keys.Add(occurrences[k].Key);
                        documentFrequency.Add(0);
                    }

                    if (seen.Add(id))
                    {
                        documentFrequency[id]++;
                    }

                    mapped[k] = (id, occurrences[k].Field);
                }

                perProfile[from + i] = mapped;
                extracted[i] = null!;
            }
        }

        var idf = new float[keys.Count];
        for (var f = 0; f < idf.Length; f++)
        {
            var kind = keys[f][0] == 'c' ? MatchTuning.ConceptWeight : MatchTuning.WordWeight;
            // IDF from the share of members with the feature (smoothed by a few imaginary members without it), scaled so a
            // feature held by one member in RareShare or fewer counts fully. Using the share, not the count, keeps scores
            // and so the threshold comparable between a 40-person pilot and a 100k-member company.
            var share = documentFrequency[f] / (profiles.Count + MatchTuning.IdfPseudoMembers);
            var scaled = Math.Clamp(Math.Log(1 / share) / Math.Log(MatchTuning.RareShare), 0, 1);
            idf[f] = (float)Math.Sqrt(kind * Math.Pow(scaled, MatchTuning.IdfPower));
        }

        var needs = new SparseVector[profiles.Count];
        var gives = new SparseVector[profiles.Count];
        var asks = new SparseVector[profiles.Count];
        string[] keyArray = [.. keys];
        Parallel.For(0, profiles.Count, () => new VectoriseScratch(), (p, _, scratch) =>
        {
            (needs[p], gives[p], asks[p]) = Vectorise(perProfile[p], idf, keyArray, scratch);
            return scratch;
        }, _ => { });
        return new ScoringModel(profiles, needs, gives, asks, keyArray, idf, ids, meaning.Build());
    }

    /// <summary>
    /// The need vector of a profile that is not one of the round's members (an ask typed now), on the round's features
    /// and rarities. Features no member has are left out: nobody could answer them anyway.
    /// </summary>
    public SparseVector NeedOf(MatchProfile profile)
    {
        Dictionary<int, float> need = [];
        foreach (var occurrence in FeatureExtractor.Extract(profile))
        {
            var weight = occurrence.Field switch
            {
                ProfileField.ConnectWith => MatchTuning.NeedConnectWith,
                ProfileField.Accomplish => MatchTuning.NeedAccomplish,
                _ => 0,
            };
            if (_featureIds.TryGetValue(occurrence.Key, out var id))
            {
                Raise(need, id, weight * Idf[id]);
            }
        }

        return SparseVector.FromDictionary(need, normalise: false);
    }

    private static (SparseVector Need, SparseVector Give, SparseVector Ask) Vectorise((int Id, ProfileField Field)[] features, float[] idf, string[] keys, VectoriseScratch scratch)
    {
        (var ask, var need, var give, var wanted, var stated) = scratch.Cleared();
        foreach ((var id, var field) in features)
        {
            var needWeight = field switch
            {
                ProfileField.ConnectWith => MatchTuning.NeedConnectWith,
                ProfileField.Accomplish => MatchTuning.NeedAccomplish,
                _ => 0,
            };
            var giveWeight = field switch
            {
                ProfileField.Offer => MatchTuning.GiveOffer,
                ProfileField.Title => MatchTuning.GiveTitle,
                ProfileField.Accomplish => MatchTuning.GiveAccomplish,
                ProfileField.Department => MatchTuning.GiveDepartment,
                _ => 0,
            };
            if (field == ProfileField.ConnectWith)
            {
                wanted.Add(id);
                if (keys[id][0] == 'w')
                {
                    Raise(ask, id, idf[id] * idf[id] / MatchTuning.WordWeight);
                }
            }
            else if (field is ProfileField.Offer or ProfileField.Title)
            {
                stated.Add(id);
            }

            Raise(need, id, needWeight * idf[id]);
            Raise(give, id, giveWeight * idf[id]);
        }

        foreach (var id in wanted)
        {
            if (give.TryGetValue(id, out var w))
            {
                // Wanting what you also state you can give is odd but possible; wanting what you merely aim for is the trap.
                give[id] = w * (stated.Contains(id) ? MatchTuning.AlsoWantedButStatedDiscount : MatchTuning.AlsoWantedDiscount);
            }
        }

        return (SparseVector.FromDictionary(need, normalise: false), SparseVector.FromDictionary(give, normalise: false), SparseVector.FromDictionary(ask, normalise: true));
    }

    private static void Raise(Dictionary<int, float> vector, int id, float weight)
    {
        if (weight > 0 && (!vector.TryGetValue(id, out var current) || current < weight))
        {
            vector[id] = weight;
        }
    }

    /// <summary>One thread's working sets for <see cref="Vectorise"/>, reused from profile to profile.</summary>
    private sealed class VectoriseScratch
    {
        private readonly Dictionary<int, float> _ask = [];
        private readonly Dictionary<int, float> _need = [];
        private readonly Dictionary<int, float> _give = [];
        private readonly HashSet<int> _wanted = [];
        private readonly HashSet<int> _stated = [];

        public (Dictionary<int, float>, Dictionary<int, float>, Dictionary<int, float>, HashSet<int>, HashSet<int>) Cleared()
        {
            _ask.Clear();
            _need.Clear();
            _give.Clear();
            _wanted.Clear();
            _stated.Clear();
            return (_ask, _need, _give, _wanted, _stated);
        }
    }
}
