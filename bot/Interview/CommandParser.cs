using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ConnectorBot.Interview;

/// <summary>
/// Recognises the short, whole-message commands of personal chat ("Help!", "please edit 2", "pause for 3 weeks").
/// A sentence that merely contains a command word ("I want to help people export goods") is an answer, not a command,
/// so only complete phrases match, after <see cref="CommandText.Normalize"/> and dropping "please" and @mention residue.
/// </summary>
public static partial class CommandParser
{
    private static readonly Dictionary<string, MemberCommandKind> Phrases = new(StringComparer.Ordinal)
    {
        ["help"] = MemberCommandKind.Help,
        ["h"] = MemberCommandKind.Help,
        ["menu"] = MemberCommandKind.Help,
        ["commands"] = MemberCommandKind.Help,
        ["what can you do"] = MemberCommandKind.Help,
        ["how does this work"] = MemberCommandKind.Help,
        ["hilfe"] = MemberCommandKind.Help,
        ["ayuda"] = MemberCommandKind.Help,
        ["aide"] = MemberCommandKind.Help,

        ["show"] = MemberCommandKind.Show,
        ["show my answers"] = MemberCommandKind.Show,
        ["show answers"] = MemberCommandKind.Show,
        ["my answers"] = MemberCommandKind.Show,
        ["my profile"] = MemberCommandKind.Show,
        ["show my profile"] = MemberCommandKind.Show,
        ["view"] = MemberCommandKind.Show,
        ["view my answers"] = MemberCommandKind.Show,
        ["status"] = MemberCommandKind.Show,
        ["summary"] = MemberCommandKind.Show,

        ["resume"] = MemberCommandKind.Resume,
        ["unpause"] = MemberCommandKind.Resume,
        ["un pause"] = MemberCommandKind.Resume,
        ["i m back"] = MemberCommandKind.Resume,
        ["im back"] = MemberCommandKind.Resume,
        ["i am back"] = MemberCommandKind.Resume,

        ["forget me"] = MemberCommandKind.ForgetMe,
        ["forget about me"] = MemberCommandKind.ForgetMe,
        ["delete me"] = MemberCommandKind.ForgetMe,
        ["delete my data"] = MemberCommandKind.ForgetMe,
        ["delete my profile"] = MemberCommandKind.ForgetMe,
        ["remove me"] = MemberCommandKind.ForgetMe,
        ["erase me"] = MemberCommandKind.ForgetMe,

        ["export"] = MemberCommandKind.Export,
        ["export my data"] = MemberCommandKind.Export,
        ["export data"] = MemberCommandKind.Export,
        ["download my data"] = MemberCommandKind.Export,
        ["my data"] = MemberCommandKind.Export,

        ["cancel"] = MemberCommandKind.Cancel,
        ["never mind"] = MemberCommandKind.Cancel,
        ["nevermind"] = MemberCommandKind.Cancel,
        ["nvm"] = MemberCommandKind.Cancel,
        ["stop"] = MemberCommandKind.Cancel,

        ["skip"] = MemberCommandKind.Skip,
        ["skip it"] = MemberCommandKind.Skip,
        ["skip this"] = MemberCommandKind.Skip,
        ["pass"] = MemberCommandKind.Skip,
        ["none"] = MemberCommandKind.Skip,
        ["nothing"] = MemberCommandKind.Skip,
        ["n a"] = MemberCommandKind.Skip,
        ["no thanks"] = MemberCommandKind.Skip,
        ["no thank you"] = MemberCommandKind.Skip,

        ["yes"] = MemberCommandKind.Yes,
        ["y"] = MemberCommandKind.Yes,
        ["yeah"] = MemberCommandKind.Yes,
        ["yep"] = MemberCommandKind.Yes,
        ["yes forget me"] = MemberCommandKind.Yes,
        ["yes delete"] = MemberCommandKind.Yes,
        ["yes delete my data"] = MemberCommandKind.Yes,
        ["confirm"] = MemberCommandKind.Yes,
        ["sure"] = MemberCommandKind.Yes,

        ["no"] = MemberCommandKind.No,
        ["n"] = MemberCommandKind.No,
        ["nope"] = MemberCommandKind.No,
        ["keep"] = MemberCommandKind.No,
        ["keep my data"] = MemberCommandKind.No,
        ["dont"] = MemberCommandKind.No,
        ["don t"] = MemberCommandKind.No,
        ["do not"] = MemberCommandKind.No,

        ["draft"] = MemberCommandKind.Draft,
        ["show draft"] = MemberCommandKind.Draft,
        ["my draft"] = MemberCommandKind.Draft,
        ["show my draft"] = MemberCommandKind.Draft,
    };

    private static readonly HashSet<string> EditVerbs = new(StringComparer.Ordinal) { "edit", "update", "change" };

    // Words that may sit between the verb and the field without changing the meaning ("update my answer 2").
    private static readonly HashSet<string> EditFillers = new(StringComparer.Ordinal) { "my", "the", "answer", "answers", "question" };

    private static readonly Dictionary<string, ProfileField> FieldWords = new(StringComparer.Ordinal)
    {
        ["1"] = ProfileField.Accomplish,
        ["one"] = ProfileField.Accomplish,
        ["first"] = ProfileField.Accomplish,
        ["accomplish"] = ProfileField.Accomplish,
        ["goal"] = ProfileField.Accomplish,
        ["goals"] = ProfileField.Accomplish,
        ["2"] = ProfileField.ConnectWith,
        ["two"] = ProfileField.ConnectWith,
        ["second"] = ProfileField.ConnectWith,
        ["connect"] = ProfileField.ConnectWith,
        ["connect with"] = ProfileField.ConnectWith,
        ["who"] = ProfileField.ConnectWith,
        ["connection"] = ProfileField.ConnectWith,
        ["connections"] = ProfileField.ConnectWith,
        ["3"] = ProfileField.Offer,
        ["three"] = ProfileField.Offer,
        ["third"] = ProfileField.Offer,
        ["offer"] = ProfileField.Offer,
        ["help"] = ProfileField.Offer,
        ["give"] = ProfileField.Offer,
    };

    private static readonly HashSet<string> AllWords = new(StringComparer.Ordinal) { "all", "everything", "all of them" };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["twelve"] = 12,
    };

    /// <summary>The command the whole message is, or null when it is anything else (an answer, a sentence).</summary>
    public static MemberCommand? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // "?" alone asks for help; Normalize would turn it into nothing.
        if (text.Trim().All(c => c is '?' or '？' or '¿'))
        {
            return new MemberCommand(MemberCommandKind.Help);
        }

        // Compatibility forms first, so full-width "ＨＥＬＰ" (East Asian keyboards) reads as "help".
        var compatible = text.Normalize(NormalizationForm.FormKC);
        var phrase = StripPolitenessAndMentions(CommandText.Normalize(StripMentionMarkup(compatible)));
        if (phrase.Length == 0)
        {
            return null;
        }

        if (Phrases.TryGetValue(phrase, out var kind))
        {
            return new MemberCommand(kind);
        }

        return ParseEdit(phrase) ?? ParsePause(phrase);
    }

    private static MemberCommand? ParseEdit(string phrase)
    {
        var words = phrase.Split(' ');
        if (!EditVerbs.Contains(words[0]))
        {
            return null;
        }

        var rest = string.Join(' ', words.Skip(1).Where(w => !EditFillers.Contains(w)));
        if (rest.Length == 0)
        {
            // "edit", "update my answers": which one is asked next.
            return new MemberCommand(MemberCommandKind.Edit);
        }

        if (AllWords.Contains(rest))
        {
            return new MemberCommand(MemberCommandKind.Edit, All: true);
        }

        return FieldWords.TryGetValue(rest, out var field) ? new MemberCommand(MemberCommandKind.Edit, field) : null;
    }

    private static MemberCommand? ParsePause(string phrase)
    {
        var match = PausePattern().Match(phrase);
        if (!match.Success)
        {
            return null;
        }

        var count = match.Groups["count"];
        if (!count.Success)
        {
            return new MemberCommand(MemberCommandKind.Pause);
        }

        var weeks = NumberWords.TryGetValue(count.Value, out var word) ? word
            : int.TryParse(count.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
            : int.MaxValue;
        return new MemberCommand(MemberCommandKind.Pause, Weeks: weeks);
    }

    // Mentions the channel left in the text: "<at>ConnectorBot</at>", "&nbsp;", a hand-typed "@ConnectorBot" at either end.
    private static string StripMentionMarkup(string text) =>
        TypedMention().Replace(MentionMarkup().Replace(text, " ").Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase), " ");

    // "please" at either end, and the bot's name when a mention lost its markup ("connectorbot help").
    private static string StripPolitenessAndMentions(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && words[0] is "please" or "pls" or "connectorbot")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && words[^1] is "please" or "pls" or "connectorbot")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MentionMarkup();

    [GeneratedRegex(@"^\s*@\S+|@\S+\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TypedMention();

    [GeneratedRegex(
        @"^(?:pause|snooze|take a break)(?: (?:for )?(?<count>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve) weeks?)?$",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex PausePattern();
}
