namespace ConnectorBot.Matching.Text;

/// <summary>Lower-cases and strips accents with a fixed table, so it behaves the same under invariant globalization.</summary>
public static class AccentFolder
{
    private static readonly Dictionary<char, string> Table = Build();

    /// <summary>The most characters one character folds into ("æ" → "ae").</summary>
    public const int MaxFoldedLength = 2;

    /// <summary>Writes the folded form of <paramref name="c"/> (possibly nothing) and returns how many characters it wrote.</summary>
    public static int Fold(char c, Span<char> into)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128)
        {
            into[0] = lower;
            return 1;
        }

        if (Table.TryGetValue(lower, out var plain))
        {
            plain.CopyTo(into);
            return plain.Length;
        }

        if (char.IsLetter(lower))
        {
            into[0] = lower;
            return 1;
        }

        return 0;
    }

    private static Dictionary<char, string> Build()
    {
        (string Accented, string Plain)[] groups =
        [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ];
        Dictionary<char, string> table = new() { ['æ'] = "ae", ['œ'] = "oe", ['ß'] = "ss", ['þ'] = "th", ['ð'] = "d" };
        foreach ((var accented, var plain) in groups)
        {
            foreach (var c in accented)
            {
                table[c] = plain;
            }
        }

        return table;
    }
}
