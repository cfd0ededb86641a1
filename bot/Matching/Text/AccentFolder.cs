using System.Text;

namespace ConnectorBot.Matching.Text;

/// <summary>Lower-cases and strips accents with a fixed table, so it behaves the same under invariant globalization.</summary>
internal static class AccentFolder
{
    private static readonly Dictionary<char, string> Table = Build();

    public static void AppendFolded(StringBuilder into, char c)
    {
        char lower = char.ToLowerInvariant(c);
        if (lower < 128)
        {
            into.Append(lower);
        }
        else if (Table.TryGetValue(lower, out string? plain))
        {
            into.Append(plain);
        }
        else if (char.IsLetter(lower))
        {
            into.Append(lower);
        }
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
        foreach ((string accented, string plain) in groups)
        {
            foreach (char c in accented)
            {
                table[c] = plain;
            }
        }

        return table;
    }
}
