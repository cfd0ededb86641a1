using System.Collections.Concurrent;

namespace ConnectorBot.Matching.Text;

/// <summary>
/// Each distinct folded word's string and stem, made once: a round at 100k members meets the same few thousand words
/// millions of times, and building and stemming them afresh each time was most of the scoring's allocation.
/// </summary>
public static class WordForms
{
    /// <summary>Beyond this many distinct words (typos, ids, pasted noise) new words are formed but not kept.</summary>
    private const int Capacity = 500_000;

    private static readonly ConcurrentDictionary<string, WordForm> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> BySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordForm Of(ReadOnlySpan<char> folded)
    {
        if (BySpan.TryGetValue(folded, out var form))
        {
            return form;
        }

        var word = folded.ToString();
        form = new WordForm(word, Stemmer.Stem(word));
        return Known.Count < Capacity ? Known.GetOrAdd(word, form) : form;
    }
}

/// <summary>A folded word and its stem.</summary>
public sealed record WordForm(string Folded, string Stem);
