using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Intros;

/// <summary>The card-button verbs of intros and their data fields: the contract between the cards and their handler.</summary>
public static class IntrosVerbs
{
    /// <summary>A named member accepts the intro; data <see cref="IntroIdKey"/> and <see cref="TeamIdKey"/>.</summary>
    public const string Accept = "intro.accept";

    /// <summary>A named member passes ("Not now"); same data as <see cref="Accept"/>.</summary>
    public const string Pass = "intro.pass";

    /// <summary>"Did you meet?" answered; data adds <see cref="OutcomeKey"/>.</summary>
    public const string FollowUp = "intro.followup";

    public const string IntroIdKey = "introId";
    public const string TeamIdKey = "teamId";
    public const string OutcomeKey = "outcome";

    public const string Prefix = "intro.";

    public static bool IsIntroVerb(string? verb) => verb is not null && verb.StartsWith(Prefix, StringComparison.Ordinal);

    public static string OutcomeName(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.Helped => "helped",
        MeetingOutcome.Met => "met",
        MeetingOutcome.NotYet => "notyet",
        MeetingOutcome.No => "no",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The outcome a card's data names; null for anything else (old or tampered cards).</summary>
    public static MeetingOutcome? ParseOutcome(string? name) => name switch
    {
        "helped" => MeetingOutcome.Helped,
        "met" => MeetingOutcome.Met,
        "notyet" => MeetingOutcome.NotYet,
        "no" => MeetingOutcome.No,
        _ => null,
    };

    /// <summary>The intro id; null when missing or blank, so a tampered card finds nothing.</summary>
    public static string? ReadIntroId(CardAction action) => NonBlank(action, IntroIdKey);

    public static string? ReadTeamId(CardAction action) => NonBlank(action, TeamIdKey);

    public static MeetingOutcome? ReadOutcome(CardAction action) => ParseOutcome(action.GetString(OutcomeKey));

    private static string? NonBlank(CardAction action, string key)
    {
        ArgumentNullException.ThrowIfNull(action);
        var value = action.GetString(key);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
