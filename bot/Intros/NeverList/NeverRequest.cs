using System.Text.RegularExpressions;

using ConnectorBot.BotFramework.Routing;
using ConnectorBot.Interview;

namespace ConnectorBot.Intros.NeverList;

public enum NeverAction
{
    /// <summary>"never introduce me to @name", "never @name", "block @name".</summary>
    Never,

    /// <summary>"allow @name", "unblock @name".</summary>
    Allow,

    /// <summary>"never list": who is on it.</summary>
    List,
}

/// <summary>
/// A never-list command typed in personal chat, read from the text with mentions already taken out (the people come
/// from the mention entities). A name may also be typed, but only where it cannot be an interview answer: after
/// "never introduce me to", after "@", or after "allow" when it reads like a name (a few words, none of the little words
/// a sentence has), so "block chain experts" or "allow teams to ship faster" stay answers.
/// </summary>
public sealed partial record NeverRequest(NeverAction Action, string? TypedName)
{
    public const string NeverCommand = "never";
    public const string AllowCommand = "allow";
    public const string ListCommand = "never list";

    private const int MaxNameWords = 5;

    private static readonly HashSet<string> ListPhrases = new(StringComparer.Ordinal)
    {
        "never list", "my never list", "show never list", "show my never list", "blocked", "block list", "my block list", "blocked people",
    };

    // Words a name rarely has and a sentence usually does.
    private static readonly HashSet<string> SentenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "to", "for", "and", "or", "with", "of", "in", "on", "me", "us", "my", "our", "them", "people", "more", "less", "is", "be",
    };

    /// <summary>The personal chat reader's part for the never list: a command, or null for anything else.</summary>
    public static TurnCommand? Read(string text)
    {
        if (Parse(text) is not { } request)
        {
            return null;
        }

        var name = request.Action switch
        {
            NeverAction.Never => NeverCommand,
            NeverAction.Allow => AllowCommand,
            _ => ListCommand,
        };
        return new TurnCommand(name, request.TypedName ?? string.Empty) { Parsed = request };
    }

    public static NeverRequest? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = Spaces().Replace(text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase), " ").Trim().TrimEnd('.', '!');
        if (ListPhrases.Contains(CommandText.Normalize(trimmed)))
        {
            return new NeverRequest(NeverAction.List, null);
        }

        if (NeverPattern().Match(trimmed) is { Success: true } never)
        {
            return new NeverRequest(NeverAction.Never, NameOf(never));
        }

        if (AllowPattern().Match(trimmed) is { Success: true } allow)
        {
            var name = NameOf(allow);
            var typedWithoutAt = !allow.Groups["name"].Value.StartsWith('@');
            return name is null || !typedWithoutAt || LooksLikeName(name) ? new NeverRequest(NeverAction.Allow, name) : null;
        }

        return null;
    }

    private static string? NameOf(Match match)
    {
        var name = match.Groups["name"].Value.TrimStart('@').Trim();
        return name.Length == 0 ? null : name;
    }

    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxNameWords && !words.Any(SentenceWords.Contains);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();

    // "never introduce me to …" (a name may follow), or a bare "never" / "block" whose person is a mention or typed after "@".
    [GeneratedRegex(
        @"^(?:please )?(?:(?:never|don'?t|don’t|do not) (?:ever )?introduce me (?:to|with)(?: (?<name>.+))?|(?:never|block)(?: (?<name>@.+))?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex NeverPattern();

    [GeneratedRegex(@"^(?:please )?(?:allow|unblock)(?: (?<name>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AllowPattern();
}
