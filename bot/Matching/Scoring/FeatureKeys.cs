using System.Collections.Concurrent;

namespace ConnectorBot.Matching.Scoring;

/// <summary>
/// Feature keys ("w:" + stem, "c:" + concept), each made once rather than concatenated for every occurrence in every
/// profile of a round.
/// </summary>
public static class FeatureKeys
{
    /// <summary>Beyond this many distinct keys new ones are made but not kept, so odd input cannot grow the cache without end.</summary>
    private const int Capacity = 500_000;

    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Concepts = new(StringComparer.Ordinal);

    public static string Word(string stem) => Of(Words, "w:", stem);

    public static string Concept(string concept) => Of(Concepts, "c:", concept);

    private static string Of(ConcurrentDictionary<string, string> keys, string prefix, string name)
    {
        if (keys.TryGetValue(name, out var key))
        {
            return key;
        }

        key = prefix + name;
        return keys.Count < Capacity ? keys.GetOrAdd(name, key) : key;
    }
}
