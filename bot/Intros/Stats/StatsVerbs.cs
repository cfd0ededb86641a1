using ConnectorBot.Teams;

namespace ConnectorBot.Intros.Stats;

/// <summary>The stats card's button verb: the settings card's "Stats" button and the stats card's own "Refresh" use it, with data {teamId}.</summary>
public static class StatsVerbs
{
    public const string Show = AdminVerbs.Prefix + "stats.show";

    /// <summary>The channel command: "@ConnectorBot stats".</summary>
    public const string Command = "stats";
}
