using System.Text.RegularExpressions;

using ConnectorBot.BotFramework.Routing;

namespace ConnectorBot.Asks;

/// <summary>
/// Reads "who can help me with …?", "who could help with …", "ask …" and "ask: …" as an ask; the need is what follows.
/// A bare "ask" is an ask with no need yet (the bot asks for it).
/// </summary>
public static partial class AskText
{
    public const string CommandName = "ask";

    public static TurnCommand? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var need = match.Groups["need"].Value.Trim().TrimEnd('?', '.', '!', ' ').Trim();
        return new TurnCommand(CommandName, need) { Parsed = need };
    }

    [GeneratedRegex(@"^(?:(?:who|whom)\s+(?:can|could|might|would)\s+help\s+(?:me\s+)?(?:with\s+|to\s+|on\s+)?|ask(?:\s*:\s*|\s+|$))(?<need>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
