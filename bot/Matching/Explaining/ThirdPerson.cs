namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// Retells a first-person clause about its writer: the first "I" becomes their name ("I fixed" → "Gwen fixed", "I lead
/// … and always need" → "Nkechi leads … and always needs"), later ones "they"; "my" → "Gwen's" / "their", "me" → "them".
/// Everything else stays as the member wrote it.
/// </summary>
public static class ThirdPerson
{
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "can", "could", "will", "would", "should", "shall", "may", "might", "must", "was", "had", "did", "used" };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "always", "often", "usually", "still", "already", "just", "never", "regularly", "sometimes", "mostly", "mainly", "really",
        "actually", "recently", "once", "now", "currently", "personally", "even", "genuinely", "honestly", "probably", "definitely", "happily",
    };

    // Present forms that end like a past tense.
    private static readonly HashSet<string> PresentInEd = new(StringComparer.Ordinal) { "need", "feed", "seed", "speed", "breed", "heed", "succeed", "proceed", "exceed", "bleed", "embed", "shed", "wed", "shred" };

    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "ran", "led", "built", "made", "took", "got", "went", "came", "saw", "knew", "wrote", "taught", "brought", "bought", "thought", "found",
        "gave", "held", "kept", "left", "lost", "met", "paid", "sold", "sent", "spent", "stood", "told", "understood", "won", "began", "drove",
        "flew", "grew", "rode", "spoke", "threw", "woke", "wore", "became", "broke", "chose", "fell", "fought", "hid", "hung", "lit", "meant",
        "sat", "shot", "slept", "stuck", "struck", "swept", "tore", "caught", "dealt", "felt", "heard", "fed", "sang", "shook", "were", "been",
        "done", "gone", "seen", "known", "written", "taken", "given", "grown", "shown", "spun", "won", "dug", "drew", "ate",
    };

    // Verbs that, after "and", continue the writer's present tense ("I lead … and always need").
    private static readonly HashSet<string> CommonVerbs = new(StringComparer.Ordinal)
    {
        "know", "need", "run", "help", "lead", "manage", "work", "love", "enjoy", "speak", "teach", "write", "build", "make", "use", "do",
        "have", "like", "want", "care", "look", "read", "train", "coach", "mentor", "organise", "organize", "host", "play", "deal", "handle",
        "own", "support", "understand", "design", "edit", "fix", "sit", "chair", "review", "plan", "cook", "shoot", "fly", "drive", "spend",
        "keep", "sell", "buy", "track", "study", "volunteer", "advise", "can", "am", "still", "talk", "get", "go", "visit", "check", "test",
    };

    /// <summary>
    /// The clause retold; <paramref name="named"/> says whether the name is already the subject (the clause then only
    /// loses its "me"/"my"). <paramref name="weSubject"/> replaces a leading "we" ("Ruth's team").
    /// </summary>
    public static string Rewrite(IReadOnlyList<string> words, string name, bool named, out bool mentioned, string? weSubject = null)
    {
        List<string> output = new(words.Count + 2);
        mentioned = false;
        var conjugateNext = false;
        var pluralNext = false;
        var present = false;
        var afterAnd = false;
        for (var i = 0; i < words.Count; i++)
        {
            // Only short words can be "I", "my", "and" …; a longer one is looked at only where a verb is expected.
            (var start, var end) = CoreOf(words[i]);
            var wanted = end - start <= 6 || conjugateNext || pluralNext || afterAnd;
            var lead = wanted ? words[i][..start] : string.Empty;
            var core = wanted ? words[i][start..end] : string.Empty;
            var trail = wanted ? words[i][end..] : string.Empty;
            var lower = wanted ? core.ToLowerInvariant().Replace('’', '\'') : string.Empty;
            string? replaced = null;
            switch (lower)
            {
                case "i" or "i'm" or "i've" or "i'd" or "i'll":
                    var next = i + 1 < words.Count ? Parts(words[i + 1]).Core.ToLowerInvariant() : null;
                    replaced = named ? TheyForm(lower) : NameForm(lower, name, next);
                    conjugateNext = !named && lower == "i";

                    // "I've negotiated … and know", "I'm a nurse and love": the coordinated verb is the writer's present too.
                    present = !named && lower is "i've" or "i'm";
                    pluralNext = named && lower == "i";
                    mentioned |= !named;
                    named = true;
                    break;
                case "we" or "we're" or "we've" when i == 0 && weSubject is not null && !named:
                    replaced = lower switch { "we're" => weSubject + " is", "we've" => weSubject + " has", _ => weSubject };
                    conjugateNext = lower == "we";
                    mentioned = named = true;
                    break;
                case "my":
                    replaced = named ? "their" : ReasonStrings.Possessive(name);
                    mentioned |= !named;
                    named = true;
                    break;
                case "me":
                    replaced = "them";
                    break;
                case "myself":
                    replaced = "themselves";
                    break;
                case "mine":
                    replaced = "theirs";
                    break;
                default:
                    if (conjugateNext && !Adverbs.Contains(lower))
                    {
                        (replaced, present) = Conjugate(core, lower);
                        conjugateNext = false;
                    }
                    else if (pluralNext && !Adverbs.Contains(lower))
                    {
                        replaced = lower switch { "was" => "were", "am" => "are", _ => null };
                        pluralNext = false;
                    }
                    else if (present && lower == "and")
                    {
                        afterAnd = true;
                    }
                    else if (afterAnd && !Adverbs.Contains(lower))
                    {
                        replaced = CommonVerbs.Contains(lower) ? Conjugate(core, lower).Word : null;
                        afterAnd = false;
                    }

                    break;
            }

            output.Add(replaced is null ? words[i] : lead + replaced + trail);
        }

        return string.Join(' ', output);
    }

    /// <summary>Whether the clause speaks of its writer as "I" or "my" (so retelling puts their name in it).</summary>
    public static bool SpeaksAsWriter(IReadOnlyList<string> words) =>
        words.Any(w => CoreOf(w) is var (start, end) && end - start <= 4 && w[start..end].ToLowerInvariant().Replace('’', '\'') is "i" or "i'm" or "i've" or "i'd" or "i'll" or "my");

    public static bool IsAdverb(string lower) => Adverbs.Contains(lower);

    public static bool IsPastTense(string lower) =>
        (lower.EndsWith("ed", StringComparison.Ordinal) && lower.Length > 3 && !PresentInEd.Contains(lower)) || IrregularPast.Contains(lower);

    /// <summary>A word's leading and trailing punctuation apart from the word itself.</summary>
    public static (string Lead, string Core, string Trail) Parts(string word)
    {
        (var start, var end) = CoreOf(word);
        return (word[..start], word[start..end], word[end..]);
    }

    /// <summary>Where the word itself starts and ends, without punctuation around it.</summary>
    private static (int Start, int End) CoreOf(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static string NameForm(string lower, string name, string? next) => lower switch
    {
        "i'm" => name + " is",
        "i've" => name + " has",
        "i'd" => name + (next is not null && IsPastTense(next) ? " had" : " would"),
        "i'll" => name + " will",
        _ => name,
    };

    private static string TheyForm(string lower) => lower switch
    {
        "i'm" => "they're",
        "i've" => "they've",
        "i'd" => "they'd",
        "i'll" => "they'll",
        _ => "they",
    };

    /// <summary>The third-person singular of a verb the writer used after "I"; past tenses and modals stay.</summary>
    private static (string Word, bool Present) Conjugate(string core, string lower)
    {
        if (Modals.Contains(lower) || IsPastTense(lower) || core.Length == 0 || !char.IsLetter(core[0]))
        {
            return (core, false);
        }

        var word = lower switch
        {
            "am" => "is",
            "have" => "has",
            "do" => "does",
            "go" => "goes",
            "be" => "is",
            "are" => "is",
            _ when lower.EndsWith('s') || lower.EndsWith("sh", StringComparison.Ordinal) || lower.EndsWith("ch", StringComparison.Ordinal)
                || lower.EndsWith('x') || lower.EndsWith('z') || lower.EndsWith('o') => core + "es",
            _ when lower.Length > 1 && lower.EndsWith('y') && !"aeiou".Contains(lower[^2]) => core[..^1] + "ies",
            _ => core + "s",
        };
        return (word, true);
    }
}
