using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.Stats;

/// <summary>
/// Everything the stats are computed from, as read from the roster and the stores: the input of <see cref="StatsFigures"/>.
/// <see cref="Roster"/> is null when the connector could not give the team's members.
/// </summary>
public sealed record StatsData
{
    public required TeamSettings Team { get; init; }

    public required DateTimeOffset Now { get; init; }

    public IReadOnlyList<TeamsChannelAccount>? Roster { get; init; }

    /// <summary>The tenant's profiles (profiles are per tenant; only the roster's are counted).</summary>
    public IReadOnlyList<Profile> Profiles { get; init; } = [];

    /// <summary>Member ids with an interview session in the tenant.</summary>
    public IReadOnlyCollection<string> SessionMemberIds { get; init; } = [];

    /// <summary>The team's rounds, in any order.</summary>
    public IReadOnlyList<RoundRecord> Rounds { get; init; } = [];

    /// <summary>The team's intros of at least the rounds shown, in any order.</summary>
    public IReadOnlyList<IntroRecord> Intros { get; init; } = [];
}
