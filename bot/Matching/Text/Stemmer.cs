namespace ConnectorBot.Matching.Text;

/// <summary>
/// A light suffix stripper: enough to meet "hire/hiring/hired", "negotiate/negotiation", "organise/organize",
/// "manager/management"; the same function stems the lexicon, so it only needs to be consistent, not linguistic.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (Exceptions.Contains(word))
        {
            return word;
        }

        var w = BritishToAmerican(word);
        w = StripPlural(w);
        if (Exceptions.Contains(w))
        {
            return w;
        }

        w = StripDerivation(w);
        w = DropFinalE(w);
        return Undouble(w);
    }

    // Words whose stem would land on a different common word ("production" is not "product").
    private static readonly HashSet<string> Exceptions = new(StringComparer.Ordinal) {
        "production", "productions", "news", "series", "business", "analysis", "sales", "customer", "customers", "officer", "officers",
        "poster", "posters", "plantation", "plantations", "counsel", "counsellor", "counselling", "counseling", "promoted", "promotion",
        "promotions", "marketing",
    };

    private static string BritishToAmerican(string w)
    {
        // organise/organisation → organize/organization; analyse → analyze.
        foreach ((var uk, var us) in new[] { ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"), ("our", "or"), ("ours", "ors") })
        {
            if (w.EndsWith(uk, StringComparison.Ordinal) && w.Length - uk.Length >= 3)
            {
                return string.Concat(w.AsSpan(0, w.Length - uk.Length), us);
            }
        }

        return w;
    }

    private static string StripPlural(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) && w.Length > 3)
        {
            return w[..^1];
        }

        return w;
    }

    private static string StripDerivation(string w)
    {
        foreach ((var suffix, var minStem) in Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= minStem && HasVowel(w.AsSpan(0, w.Length - suffix.Length)))
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    private static readonly (string Suffix, int MinStem)[] Suffixes =
    [
        ("ational", 4), ("ization", 4), ("ations", 4), ("ation", 4), ("ition", 4), ("ution", 4), ("ments", 4), ("ment", 4), ("ness", 4),
        ("ingly", 4), ("edly", 4), ("ings", 4), ("ing", 3), ("ers", 4), ("er", 4), ("ed", 4), ("ly", 4), ("ion", 4),
    ];

    private static string DropFinalE(string w) => w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;

    private static string Undouble(string w)
    {
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'e' or 'o'))
        {
            return w[..^1];
        }

        return w;
    }

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                return true;
            }
        }

        return false;
    }
}
