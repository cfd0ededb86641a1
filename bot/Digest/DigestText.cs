using ConnectorBot.BotFramework.Routing;
using ConnectorBot.Interview;

namespace ConnectorBot.Digest;

/// <summary>What the member asked of their digest switch.</summary>
public enum DigestSwitch
{
    Status,
    On,
    Off,
}

/// <summary>
/// Reads "digest", "digest on" and "digest off" (also "give digest …", "stop digest", "weekly digest off"; case and
/// punctuation do not matter) as the member's digest switch. Only whole phrases: a sentence that mentions a digest is not one.
/// </summary>
public static class DigestText
{
    public const string CommandName = "digest";

    private static readonly Dictionary<string, DigestSwitch> Phrases = new(StringComparer.Ordinal)
    {
        ["digest"] = DigestSwitch.Status,
        ["my digest"] = DigestSwitch.Status,
        ["give digest"] = DigestSwitch.Status,
        ["digest on"] = DigestSwitch.On,
        ["digest off"] = DigestSwitch.Off,
        ["give digest on"] = DigestSwitch.On,
        ["give digest off"] = DigestSwitch.Off,
        ["weekly digest on"] = DigestSwitch.On,
        ["weekly digest off"] = DigestSwitch.Off,
        ["start digest"] = DigestSwitch.On,
        ["stop digest"] = DigestSwitch.Off,
        ["no digest"] = DigestSwitch.Off,
    };

    public static TurnCommand? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Phrases.TryGetValue(CommandText.Normalize(text), out var choice) ? new TurnCommand(CommandName, choice.ToString()) { Parsed = new DigestChoice(choice) } : null;
    }
}

/// <summary>The reader's form of the command, kept with the turn.</summary>
public sealed record DigestChoice(DigestSwitch Switch);
