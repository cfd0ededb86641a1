using ConnectorBot.Matching.Meaning;
using ConnectorBot.Matching.Scoring;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// Turns one clause of a member's answer into words about them: an ask ("Samir is looking for someone who …", "Gavin
/// wants to plan …") or what they bring ("Gwen fixed …", "Ifeoma is a Registered Dietitian", "Julien is happy to …").
/// Null when the clause does not fit any of these shapes; the writer then tries another clause.
/// </summary>
public static class Phrasing
{
    // Lead-ins that only say "this is what I want"; what follows is the ask itself.
    private static readonly string[] AskLeads =
    [
        "i'm looking for", "i am looking for", "looking for", "i'd love to meet", "i would love to meet", "i'd like to meet", "i would like to meet",
        "i want to meet", "i'd love to talk to", "i'd like to talk to", "i want to talk to", "i need to talk to", "i need to meet",
        "i'd love", "i'd like", "i need", "i want", "ideally", "probably", "honestly", "hoping to find", "hoping to meet", "hopefully",
    ];

    private static readonly string[] GoalLeads =
    [
        "i want to", "i'd like to", "i would like to", "i'd love to", "i hope to", "i'm hoping to", "i am hoping to", "hoping to",
        "i'm trying to", "i am trying to", "trying to", "i need to", "i plan to", "i aim to", "aim to", "want to", "my goal is to",
        "the goal is to", "our goal is to", "goal is to", "to",
    ];

    // First words after which "wants to …" cannot follow: the goal is a statement, not an action.
    private static readonly HashSet<string> NotAVerb = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "we", "it", "its", "this", "that", "these", "those", "there", "they", "their", "people", "everyone",
        "nobody", "he", "she", "you", "your", "his", "her", "i", "if", "when", "because", "although", "while", "since", "unless", "whether",
        "as", "so", "and", "or", "but", "though", "once", "until", "after", "before", "not", "no", "someone", "anyone", "somebody", "anybody",
        "too", "very", "more", "less", "all", "some", "any", "every", "each", "one", "two", "three", "four", "five",
        "can", "could", "will", "would", "should", "must", "may", "might", "who", "which", "to", "also",
    };

    // After "I", the verbs of wanting: "I need 40 volunteers" is an ask, "I love flying" is not.
    private static readonly HashSet<string> NeedVerbs = new(StringComparer.Ordinal)
    {
        "need", "want", "would", "hope", "have", "must", "plan", "aim", "wish", "can't", "cannot", "struggle", "lack", "i'd", "i'm", "am",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "if", "when", "because", "although", "while", "since", "unless", "whether", "as", "so", "and", "or", "but", "though", "once", "until",
        "after", "before", "to", "which", "who", "that", "than", "then", "also", "plus", "ask", "just", "please", "let", "feel",
    };

    // What comes second in "Moved our checks …", "Led a team …": a past tense that starts an action, not an adjective.
    private static readonly HashSet<string> AfterPastTense = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "our", "my", "their", "his", "her", "its", "this", "that", "these", "those", "every", "all", "over", "through",
        "with", "to", "in", "on", "for", "up", "out", "down", "into", "from", "at", "by", "about", "two", "three", "four", "five", "six",
        "several", "many", "dozens", "hundreds", "teams", "projects", "it", "them",
    };

    private static readonly HashSet<string> Durations = new(StringComparer.Ordinal) { "year", "years", "yrs", "month", "months", "decade", "decades" };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "many", "several", "a", "over", "nearly", "almost",
    };

    private static readonly string[] RoleEndings = ["er", "or", "ist", "ant", "ent", "ian", "ee", "ect", "ive"];

    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal) { "lead", "head", "chef", "nurse", "coach", "expert", "specialist", "analyst", "medic", "pilot", "veteran", "graduate", "native", "parent", "mentor" };

    // Titles that take no article: "Nkechi is Head of Sustainability".
    private static readonly HashSet<string> TitlesWithoutArticle = new(StringComparer.OrdinalIgnoreCase) { "head", "chief", "vp", "svp", "evp", "ceo", "cfo", "cto", "coo", "cio", "president" };

    /// <summary>The ask as a sentence about <paramref name="name"/>, without its full stop.</summary>
    public static string? Ask(Clause clause, string name)
    {
        if (clause.Field == ProfileField.ConnectWith)
        {
            var rest = WithoutLead(clause.Words, AskLeads);
            return rest.Length == 0 ? null
                : StartsWithI(rest) ? (IsNeedStatement(rest) ? Retold(rest, name) : null)
                : IsWeakStart(rest) ? null
                : ReasonStrings.LookingFor(name, LowerFirst(ThirdPerson.Rewrite(rest, name, named: true, out _)));
        }

        if (clause.Field == ProfileField.Accomplish)
        {
            // A goal is the answer's opening ("Plan promotions …"); later parts are mostly context ("analysts close 97% …").
            var rest = WithoutLead(clause.Words, GoalLeads);
            return rest.Length == 0 ? null
                : StartsWithI(rest) ? (IsNeedStatement(rest) ? Retold(rest, name) : null)
                : !clause.Leading || !StartsWithVerb(rest) ? null
                : ReasonStrings.WantsTo(name, LowerFirst(ThirdPerson.Rewrite(rest, name, named: true, out _)));
        }

        return null;
    }

    /// <summary>What the member brings, as a sentence that names them, without its full stop.</summary>
    public static string? Give(Clause clause, string name) => clause.Field switch
    {
        ProfileField.Offer => Unnamed(Offer(clause.Words, name, clause.Leading), name),
        ProfileField.Title => ReasonStrings.IsA(name, WithArticle(clause.Text)),
        ProfileField.Accomplish => clause.Leading ? OwnGoal(clause.Words, name) : null,
        ProfileField.Department => ReasonStrings.WorksIn(name, clause.Text),
        _ => null,
    };

    /// <summary>"a"/"an" before a role as typed ("an FP&amp;A Analyst", "a Plant Director"), none before "Head of …".</summary>
    public static string WithArticle(string role)
    {
        var first = ThirdPerson.Parts(role.Split(' ', 2)[0]).Core;
        if (TitlesWithoutArticle.Contains(first))
        {
            return role;
        }

        var acronym = first.Length >= 2 && first.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var lower = first.ToLowerInvariant();
        var vowelSound = acronym
            ? "AEFHILMNORSX".Contains(first[0])
            : (lower.Length > 0 && "aeiou".Contains(lower[0]) && !lower.StartsWith("uni", StringComparison.Ordinal) && !lower.StartsWith("use", StringComparison.Ordinal)
                && !lower.StartsWith("eu", StringComparison.Ordinal) && !lower.StartsWith("one", StringComparison.Ordinal) && !lower.StartsWith("usu", StringComparison.Ordinal))
                || lower.StartsWith("hour", StringComparison.Ordinal) || lower.StartsWith("honest", StringComparison.Ordinal) || lower.StartsWith("heir", StringComparison.Ordinal);
        return (vowelSound ? "an " : "a ") + role;
    }

    private static string? Offer(string[] words, string name, bool leading)
    {
        var first = Lower(words[0]);
        var second = words.Length > 1 ? Lower(words[1]) : string.Empty;
        var rest = LowerFirst(string.Join(' ', words));
        // No subject of its own ("Happy to …", "Converted my licence …"): the name becomes it, and "my" is "their".
        var own = LowerFirst(ThirdPerson.Rewrite(words, name, named: true, out _));
        if (first is "happy" or "glad" or "keen" or "able" or "willing" or "available")
        {
            return $"{name} is {own}";
        }

        if (first is "can" or "could" or "will" or "would")
        {
            return $"{name} {own}";
        }

        if (first is "been" or "done" or "worked" && words.Length > 1)
        {
            return ReasonStrings.Has(name, own);
        }

        if (ThirdPerson.IsPastTense(first) && AfterPastTense.Contains(second))
        {
            return $"{name} {own}";
        }

        if (ThirdPerson.SpeaksAsWriter(words) || first is "we" or "we're" or "we've")
        {
            var told = ThirdPerson.Rewrite(words, name, named: false, out var mentioned, ReasonStrings.Possessive(name) + " team");
            return mentioned ? told : null;
        }

        if (Subordinators.Contains(first))
        {
            return null;
        }

        if ((char.IsDigit(first.FirstOrDefault()) || NumberWords.Contains(first)) && (Durations.Contains(second) || (words.Length > 2 && Durations.Contains(Lower(words[2])))))
        {
            return ReasonStrings.Has(name, rest);
        }

        if (words.Length <= 6 && IsRole(Lower(words[^1])))
        {
            return ReasonStrings.IsA(name, WithArticle(rest));
        }

        // "Open invitation to anyone who …": only the answer's own opening words read as a thing offered; a later part
        // ("press, social", "right now too many …") would not.
        return leading && !StopWords.Contains(first) && words.Length <= 12 && IsEnglish(words) ? ReasonStrings.Offers(name, rest) : null;
    }

    private static string? OwnGoal(string[] words, string name)
    {
        var rest = WithoutLead(words, GoalLeads);
        // "My forecasts keep failing" says what they lack, not what they bring: only a goal that is an action counts.
        return rest.Length > 0 && StartsWithVerb(rest) ? ReasonStrings.WorkingTo(name, LowerFirst(ThirdPerson.Rewrite(rest, name, named: true, out _))) : null;
    }

    /// <summary>A first-person clause retold; null unless it ends up naming the member (a stray "me" is no subject).</summary>
    private static string? Retold(string[] words, string name)
    {
        var told = ThirdPerson.Rewrite(words, name, named: false, out var mentioned);
        return mentioned ? told : null;
    }

    /// <summary>A sentence that does not open with the name ("before airlines Dominic spent …") goes on in lower case after the dash.</summary>
    private static string? Unnamed(string? text, string name) =>
        text is null || text.StartsWith(name, StringComparison.Ordinal) ? text : LowerFirst(text);

    private static bool IsNeedStatement(string[] words)
    {
        var first = Lower(words[0]);
        var verb = words.Skip(1).Select(Lower).FirstOrDefault(w => !ThirdPerson.IsAdverb(w));
        return first switch
        {
            "i'm" => verb is "trying" or "looking" or "hoping" or "keen" or "struggling" or "stuck" or "after" or "desperate" or "aiming" or "planning",
            "i'd" => true,
            _ => verb is not null && (NeedVerbs.Contains(verb) || (verb == "am" && words.Length > 2)),
        };
    }

    private static bool StartsWithI(string[] words) => Lower(words[0]) is "i" or "i'm" or "i've" or "i'd" or "i'll";

    private static bool IsWeakStart(string[] words) =>
        Subordinators.Contains(Lower(words[0])) || Lower(words[0]) is "we" or "our" or "it" or "this" or "there" or "can" or "could" or "will" or "would" or "should" or "must" or "happy";

    private static bool StartsWithVerb(string[] words)
    {
        var first = Lower(words[0]);
        // "analysts close …" and "Getting …" are no base verb; "discuss", "focus" are.
        var plural = first.EndsWith('s') && !first.EndsWith("ss", StringComparison.Ordinal) && !first.EndsWith("us", StringComparison.Ordinal) && !first.EndsWith("is", StringComparison.Ordinal);
        return !NotAVerb.Contains(first) && !plural && !first.EndsWith("ing", StringComparison.Ordinal) && !char.IsDigit(first.FirstOrDefault()) && first.All(char.IsLetter) && IsEnglish(words[..1]);
    }

    private static bool IsRole(string lower) =>
        RoleNouns.Contains(lower) || (lower.Length > 4 && RoleEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)));

    private static string[] WithoutLead(string[] words, string[] leads)
    {
        var text = string.Join(' ', words).Replace('’', '\'').ToLowerInvariant();
        foreach (var lead in leads)
        {
            if (text.StartsWith(lead + " ", StringComparison.Ordinal))
            {
                var count = lead.Split(' ').Length;
                return words[count..];
            }
        }

        return words;
    }

    /// <summary>Lower-cases the first letter of a sentence-initial common word ("Someone", "Plan"), never a name or acronym.</summary>
    public static string LowerFirst(string text)
    {
        if (text.Length < 2 || !char.IsUpper(text[0]))
        {
            return text;
        }

        var first = ThirdPerson.Parts(text.Split(' ', 2)[0]).Core;
        if (first.Length < 2 || first.Skip(1).Any(char.IsUpper) || first == "I")
        {
            return text;
        }

        var folded = first.ToLowerInvariant();
        return StopWords.Contains(folded) || IsCommonWord(folded) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static bool IsCommonWord(string folded) =>
        WordVectors.Default.TryFind(folded, out var id) && WordVectors.Default.Weight(id) is var w && w < 1 && 100 * w / (1 - w) <= CommonRank;

    /// <summary>Most of the clause's words are common English ones (so "Emma offers …" will read); "Jeg taler dansk" is not.</summary>
    private static bool IsEnglish(string[] words)
    {
        var known = 0;
        var all = 0;
        foreach (var word in words)
        {
            var core = Lower(word);
            if (core.Length == 0 || core.Any(char.IsDigit))
            {
                continue;
            }

            all++;
            known += StopWords.Contains(core) || IsCommonWord(core) ? 1 : 0;
        }

        return all == 0 || known * 10 >= all * 7;
    }

    private static string Lower(string word) => ThirdPerson.Parts(word).Core.ToLowerInvariant().Replace('’', '\'');

    // Ranks in the word vectors' source up to which a word counts as everyday English (names and jargon come later).
    private const double CommonRank = 30000;
}
