namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// Writes the reason for an intro the way a person would: one or two short sentences that name both people and say,
/// from the best-aligned clause on each side, what one is after and what the other brings ("Samir is looking for
/// someone who can sort out wireless coverage in a building full of steel — Gwen fixed the Wi-Fi dead zones in the
/// warehouse last year."). Whole clauses only, at most <see cref="MaxWords"/> words, never an id.
/// </summary>
public static class ReasonWriter
{
    public const int MaxWords = 45;

    // How many of the best clause pairs per direction are tried when fitting the reason into its words.
    private const int OptionsPerDirection = 6;

    /// <summary>The reason, explaining only the directions that carry the match (a weak way back is left unsaid).</summary>
    public static string Write(MatchProfile a, MatchProfile b, Func<string, double> idf, bool explainAb = true, bool explainBa = true, int maxWords = MaxWords)
    {
        var names = Names(a, b);
        ReasonSide sa = new(a, names[0]);
        ReasonSide sb = new(b, names[1]);
        return Pair(sa, sb, idf, explainAb, explainBa, maxWords) ?? Sentence(ReasonStrings.Overlap(sa.Name, sb.Name));
    }

    /// <summary>
    /// The reason of a trio: the pair's own reason, shortened to leave room, and why <paramref name="joiner"/> joins, told
    /// through <paramref name="partner"/> (one of <paramref name="a"/> and <paramref name="b"/>). One text, at most <see cref="MaxWords"/> words.
    /// </summary>
    public static string WriteTrio(MatchProfile a, MatchProfile b, MatchProfile joiner, MatchProfile partner, Func<string, double> idf)
    {
        var names = Names(a, b, joiner);
        ReasonSide sa = new(a, names[0]);
        ReasonSide sb = new(b, names[1]);
        ReasonSide sj = new(joiner, names[2]);
        var sp = partner.Id == b.Id ? sb : sa;

        // The joiner's own ask first, then what the joiner brings the partner; the first that leaves room for the pair.
        var joins = Options(sj, sp, idf).Concat(Options(sp, sj, idf)).Where(o => !o.Generic);
        foreach (var join in joins)
        {
            var trio = Sentence(ReasonStrings.TrioJoins($"{join.Ask} — {join.Give}"));
            if (Pair(sa, sb, idf, true, true, MaxWords - Words(trio)) is { } pair)
            {
                return $"{pair} {trio}";
            }
        }

        return $"{Sentence(ReasonStrings.Overlap(sa.Name, sb.Name))} {Sentence(ReasonStrings.TrioOverlap(sj.Name, sp.Name))}";
    }

    /// <summary>Words as a reader counts them: dashes and emoji alone are none.</summary>
    public static int Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>
    /// Both directions when they fit (the way back in full or short), else the stronger one alone; the best-aligned
    /// clauses that fit, the stronger direction first. Null when nothing either wrote can be put in words.
    /// </summary>
    private static string? Pair(ReasonSide a, ReasonSide b, Func<string, double> idf, bool explainAb, bool explainBa, int maxWords)
    {
        var ab = explainAb ? Options(a, b, idf) : [];
        var ba = explainBa ? Options(b, a, idf) : [];
        if (ab.Count == 0 || (ba.Count > 0 && ba[0].Score > ab[0].Score))
        {
            (ab, ba) = (ba, ab);
        }

        // Texts are only built for the winner: word counts add up from the parts (a round explains tens of thousands of intros).
        Func<string>? best = null;
        var bestScore = double.NegativeInfinity;
        void Consider(int words, double score, Func<string> text)
        {
            // Of two texts that say about as much, the shorter reads better.
            score -= 0.01 * words;
            if (words <= maxWords && score > bestScore)
            {
                (best, bestScore) = (text, score);
            }
        }

        var inReturn = TemplateWords(ReasonStrings.InReturn);
        var inReturnShort = TemplateWords(ReasonStrings.InReturnShort);
        foreach (var first in ab)
        {
            var q = Quality(first, ab);
            var opening = TemplateWords(ReasonStrings.AskAndAnswer) + first.AskWords + first.GiveWords;

            // One direction alone ranks below both, unless the way back could only fit beside a much weaker first clause.
            Consider(opening, q - (ba.Count > 0 ? 0.8 : 0), first.Sentence);
            if (q < 0.5)
            {
                continue;
            }

            foreach (var back in ba)
            {
                var r = Quality(back, ba);
                if (r < 0.4 && !back.Generic)
                {
                    continue;
                }

                Consider(opening + inReturn + back.AskWords + back.GiveWords, q + r + 0.3, () => $"{first.Sentence()} {Sentence(ReasonStrings.InReturn(back.Ask, back.Give))}");
                if (!back.Generic)
                {
                    Consider(opening + inReturnShort + back.GiveWords + Words(back.AskerName), q + r, () => $"{first.Sentence()} {Sentence(ReasonStrings.InReturnShort(back.Give, back.AskerName))}");
                }
            }
        }

        return best?.Invoke();
    }

    /// <summary>The words a template adds around what goes in.</summary>
    private static int TemplateWords(Func<string, string, string> template) => Words(template(" ", " "));

    /// <summary>How an option compares with the best of its direction: 1 for the best, 0 for the generic "can help with that".</summary>
    private static double Quality(Option option, List<Option> direction)
    {
        var best = direction[0].Score;
        return option.Generic ? 0 : best <= 0 ? (option.Score >= best ? 1 : 0) : Math.Max(0, option.Score / best);
    }

    /// <summary>The ways to say how <paramref name="giver"/> answers <paramref name="asker"/>, best first.</summary>
    private static List<Option> Options(ReasonSide asker, ReasonSide giver, Func<string, double> idf)
    {
        // Every pair of clauses aligned, then put in words best first until enough read well: wording is the costly part.
        List<(Clause Ask, Clause Give, double Score, int Order)> pairs = [];
        foreach (var ask in asker.Asks)
        {
            foreach (var give in giver.Gives)
            {
                pairs.Add((ask, give, asker.Alignment(ask, giver, give, idf), pairs.Count));
            }
        }

        // Stable order (score, then answer order) keeps the reason the same on every run.
        pairs.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Order.CompareTo(y.Order));
        Dictionary<Clause, string?> asks = new(ReferenceEqualityComparer.Instance);
        Dictionary<Clause, string?> gives = new(ReferenceEqualityComparer.Instance);
        string? AskOf(Clause c) => asks.TryGetValue(c, out var text) ? text : asks[c] = Phrasing.Ask(c, asker.Name);
        string? GiveOf(Clause c) => gives.TryGetValue(c, out var text) ? text : gives[c] = Phrasing.Give(c, giver.Name);

        List<Option> options = [];
        foreach ((var ask, var give, var score, _) in pairs)
        {
            if (AskOf(ask) is { } askText && GiveOf(give) is { } giveText)
            {
                options.Add(new Option(askText, giveText, asker.Name, score, Generic: false));
                if (options.Count == OptionsPerDirection)
                {
                    break;
                }
            }
        }

        // What the giver brings cannot be put in words here (say, an answer in another language): the ask alone.
        if (asker.Asks.OrderBy(c => c.Words.Length).Select(AskOf).FirstOrDefault(t => t is not null) is { } shortest)
        {
            options.Add(new Option(shortest, ReasonStrings.CanHelp(giver.Name), asker.Name, -1, Generic: true));
        }

        return options;
    }

    /// <summary>Names for the members of one reason: first names, full names where two share one, "a colleague" for the unknown.</summary>
    private static string[] Names(params MatchProfile[] members)
    {
        string?[] first = [.. members.Select(m => DisplayNames.First(m.Name, m.Id))];
        var names = new string[members.Length];
        string[] unknown = [ReasonStrings.Colleague, ReasonStrings.AnotherColleague, ReasonStrings.ThirdColleague];
        var unknowns = 0;
        for (var i = 0; i < members.Length; i++)
        {
            var shared = first[i] is not null && first.Where((f, j) => j != i && string.Equals(f, first[i], StringComparison.OrdinalIgnoreCase)).Any();
            names[i] = first[i] is null ? unknown[Math.Min(unknowns++, unknown.Length - 1)]
                : shared ? DisplayNames.Usable([members[i].Name], members[i].Id)!
                : first[i]!;
        }

        return names;
    }

    /// <summary>A sentence starts with a capital ("A colleague …"), whatever the clause began with.</summary>
    private static string Sentence(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record Option(string Ask, string Give, string AskerName, double Score, bool Generic)
    {
        public int AskWords { get; } = Words(Ask);

        public int GiveWords { get; } = Words(Give);

        public string Sentence() => ReasonWriter.Sentence(ReasonStrings.AskAndAnswer(Ask, Give));
    }
}
