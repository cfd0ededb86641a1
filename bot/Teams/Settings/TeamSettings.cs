using ConnectorBot.Matching;

namespace ConnectorBot.Teams.Settings;

public enum Cadence
{
    Weekly,
    Fortnightly,
    Monthly,
}

/// <summary>One team's intro rules. Sensible defaults until an admin changes them.</summary>
public sealed record TeamSettings
{
    public required string TenantId { get; init; }

    public required string TeamId { get; init; }

    public string? TeamName { get; init; }

    /// <summary>Where to reach the team's channels (from the install activity).</summary>
    public required string ServiceUrl { get; init; }

    /// <summary>The bot's own id in this tenant ("28:…"), needed to open 1:1 chats.</summary>
    public string? BotId { get; init; }

    /// <summary>The channel intros are posted in; no rounds run until there is one.</summary>
    public string? IntroChannelId { get; init; }

    public Cadence Cadence { get; init; } = Cadence.Weekly;

    public DayOfWeek Day { get; init; } = DayOfWeek.Monday;

    /// <summary>Local hour (0–23) in <see cref="TimeZone"/>.</summary>
    public int Hour { get; init; } = 9;

    /// <summary>An IANA time zone id.</summary>
    public string TimeZone { get; init; } = "UTC";

    public int IntrosPerMember { get; init; } = 1;

    public int CooldownDays { get; init; } = 90;

    /// <summary>
    /// At most this many of a round's intros are posted in the channel, best first; the rest reach the two people 1:1
    /// (a channel of hundreds of cards helps nobody, and Teams paces each channel).
    /// </summary>
    public int ChannelIntrosPerRound { get; init; } = DefaultChannelIntrosPerRound;

    public const int DefaultChannelIntrosPerRound = 25;

    public OddHeadcountPolicy OddHeadcount { get; init; } = OddHeadcountPolicy.FirstInLine;

    public bool Paused { get; init; }

    /// <summary>An admin switched the weekly give digest off for this team (on by default, so older rows read as on).</summary>
    public bool DigestOff { get; init; }

    /// <summary>Days an intro waits for both answers before it closes.</summary>
    public int ExpiryDays { get; init; } = 7;

    /// <summary>Days after connecting before "did you meet?".</summary>
    public int FollowUpDays { get; init; } = 7;

    /// <summary>AAD object ids of the team's named admins (the installer first).</summary>
    public IReadOnlyList<string> Admins { get; init; } = [];

    public DateTimeOffset InstalledAt { get; init; }

    /// <summary>When the last round ran (its slot), so each slot runs once.</summary>
    public DateTimeOffset? LastRoundAt { get; init; }

    /// <summary>
    /// When an admin last changed when rounds run (cadence, day, hour, time zone, or a resume): rounds every two weeks
    /// start on the first chosen weekday after it. Null for teams that never saved a schedule: theirs count from the
    /// install week.
    /// </summary>
    public DateTimeOffset? ScheduleFrom { get; init; }

    /// <summary>The team's Microsoft 365 group (channelData.team.aadGroupId): its id in Microsoft Graph.</summary>
    public string? AadGroupId { get; init; }

    /// <summary>When the bot was removed (or the team deleted): nothing runs; the data goes after the retention period.</summary>
    public DateTimeOffset? UninstalledAt { get; init; }
}
