using System.Text.RegularExpressions;

namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// The names people are shown by. An id (AAD object id, Teams "29:…" user id, a UPN) is never a name: intros are
/// public, and a colleague is "a colleague" until their display name is known.
/// </summary>
public static partial class DisplayNames
{
    // Titles before a first name; any word ending in a full stop ("Capt.", "Rev.") counts too.
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "dame", "capt", "captain", "rev", "fr", "lt", "col", "maj", "sgt", "cdr", "hon" };

    /// <summary>The first of <paramref name="candidates"/> that is a real display name (not blank, not any of <paramref name="ids"/>, not shaped like an id).</summary>
    public static string? Usable(IEnumerable<string?> candidates, params string?[] ids)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var candidate in candidates)
        {
            var name = candidate?.Trim();
            if (!string.IsNullOrEmpty(name) && !LooksLikeId(name) && !ids.Any(id => string.Equals(id, name, StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A GUID, a Bot Framework id ("29:…", "8:orgid:…", "a:…"), an e-mail address or UPN, or any single long token of letters and digits mixed.</summary>
    public static bool LooksLikeId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        return Guid.TryParse(s, out _) || ChannelId().IsMatch(s) || (s.Contains('@', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal)) || Token().IsMatch(s);
    }

    /// <summary>The first name (after any honorific) of a usable display name; null when none is known.</summary>
    public static string? First(string? name, string? id)
    {
        var usable = Usable([name], id);
        return usable?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(part => !Honorifics.Contains(part) && !part.EndsWith('.'));
    }

    [GeneratedRegex(@"^[A-Za-z0-9]{1,2}:\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelId();

    // One unbroken token of 16+ characters mixing letters and digits ("f3a9…", "aad-12345678-…") reads as an id, not a name.
    [GeneratedRegex(@"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_\-.:]{16,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
