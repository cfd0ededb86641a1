using ConnectorBot.Matching.Explaining;
using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Matching.Asking;

/// <summary>
/// One short line on why someone was named: the helper by display name and the clause of their own words (offer, title
/// or goal) that lines up best with the ask, quoted whole (never cut inside a word), at most <see cref="MaxWords"/> words.
/// Clauses are aligned as the round's reasons align them (shared words and concepts, rarity, word vectors).
/// </summary>
internal static class AskReason
{
    public const int MaxWords = 30;

    /// <summary>The longest clause quoted: a reason is read at a glance.</summary>
    private const int MaxQuoteWords = 20;

    /// <summary>Why <paramref name="helper"/> (called <paramref name="name"/>) can help with <paramref name="asker"/>'s ask.</summary>
    public static string ForAsker(MatchProfile asker, MatchProfile helper, string name, Func<string, double> idf)
    {
        var best = Aligned(asker, helper, name, idf).FirstOrDefault(p => Words(Quote(p.Give)) <= MaxQuoteWords);
        return Capital(best.Give is null ? AskStrings.CloseInMeaning(name) : Giving(best.Give, name, Quote(best.Give)));
    }

    /// <summary>Why <paramref name="inNeed"/>'s need (they are called <paramref name="name"/>) fits what <paramref name="helper"/> offers, told to the helper.</summary>
    public static string ForHelper(MatchProfile inNeed, string name, MatchProfile helper, Func<string, double> idf)
    {
        var pairs = Aligned(inNeed, helper, name, idf);
        foreach ((var ask, var give) in pairs)
        {
            var line = Fits(Need(ask, name), give);
            if (Words(line) <= MaxWords)
            {
                return Capital(line);
            }
        }

        // Nothing fits beside the helper's words: the shortest clause of the need alone.
        var shortest = ClauseSplitter.Split(ProfileField.ConnectWith, inNeed.ConnectWith).Where(c => Words(Quote(c)) <= MaxQuoteWords).MinBy(c => c.Words.Length);
        return Capital(shortest is null ? AskStrings.CouldUseYourHelp(name) : AskStrings.NeedAlone(Need(shortest, name)));
    }

    /// <summary>
    /// Names for the members of one list: first names, the full display name where two share a first name, "a colleague"
    /// when none is known (never an id).
    /// </summary>
    public static string[] Names(IReadOnlyList<MatchProfile> members)
    {
        string?[] first = [.. members.Select(m => DisplayNames.First(m.Name, m.Id))];
        return [.. members.Select((m, i) => first[i] is null ? AskStrings.Colleague
            : first.Where((f, j) => j != i && string.Equals(f, first[i], StringComparison.OrdinalIgnoreCase)).Any() ? DisplayNames.Usable([m.Name], m.Id)!
            : first[i]!)];
    }

    /// <summary>Every ask clause with every give clause (not the department: it says too little), best aligned first, in a stable order.</summary>
    private static List<(Clause Ask, Clause Give)> Aligned(MatchProfile asker, MatchProfile helper, string name, Func<string, double> idf)
    {
        ReasonSide need = new(asker, string.Empty);
        ReasonSide give = new(helper, name);
        List<(Clause Ask, Clause Give, double Score, int Order)> pairs = [];
        foreach (var a in need.Asks)
        {
            foreach (var g in give.Gives.Where(g => g.Field != ProfileField.Department))
            {
                pairs.Add((a, g, need.Alignment(a, give, g, idf), pairs.Count));
            }
        }

        return [.. pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Order).Select(p => (p.Ask, p.Give))];
    }

    private static string Giving(Clause give, string name, string quote) => give.Field switch
    {
        ProfileField.Title => AskStrings.WorksAs(name, quote),
        ProfileField.Accomplish => AskStrings.WorkingOn(name, quote),
        _ => AskStrings.Mentioned(name, quote),
    };

    private static string Need(Clause ask, string name) =>
        ask.Field == ProfileField.ConnectWith ? AskStrings.LookingFor(name, Quote(ask)) : AskStrings.Hoping(name, Quote(ask));

    private static string Fits(string need, Clause give) => give.Field switch
    {
        ProfileField.Title => AskStrings.FitsYourRole(need, Quote(give)),
        ProfileField.Accomplish => AskStrings.FitsYourGoal(need, Quote(give)),
        _ => AskStrings.FitsYourOffer(need, Quote(give)),
    };

    /// <summary>The clause on one line, without the full stop or comma it ended on (the template closes the sentence).</summary>
    private static string Quote(Clause clause) =>
        string.Join(' ', clause.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':', '!', '?', ' ', '—', '-');

    private static int Words(string text) => ReasonWriter.Words(text);

    /// <summary>A line starts with a capital ("A colleague …").</summary>
    private static string Capital(string text) => text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
