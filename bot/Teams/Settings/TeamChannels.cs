using ConnectorBot.BotFramework.Connector;

namespace ConnectorBot.Teams.Settings;

/// <summary>Reads a team's channel list for the settings card; when Teams can't answer, offers the current channel only.</summary>
public sealed class TeamChannels(IConnectorClient connector, ILogger<TeamChannels> logger)
{
    // Choice titles are plain text; a very long name would only push the card wide.
    private const int MaxName = 60;

    public async Task<TeamChannelList> ListAsync(TeamSettings team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        try
        {
            var channels = await connector.ForTenant(team.TenantId).GetChannelsAsync(team.ServiceUrl, team.TeamId, cancellationToken);
            var list = channels
                .Where(c => !string.IsNullOrWhiteSpace(c.Id))
                .Select(c => new TeamChannel(c.Id!, Name(c.Id!, c.Name, team.TeamId)))
                .OrderBy(c => c.Id == team.TeamId ? 0 : 1)
                .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            return new TeamChannelList(list, Complete: true);
        }
        catch (ConnectorException e)
        {
            logger.LogWarning("Could not list the channels of team {TeamId}: {Outcome} ({Status}).", team.TeamId, e.Outcome, e.StatusCode);
            var current = team.IntroChannelId ?? team.TeamId;
            return new TeamChannelList([new TeamChannel(current, current == team.TeamId ? SettingsStrings.GeneralChannel : current)], Complete: false);
        }
    }

    private static string Name(string id, string? name, string teamId)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return id == teamId ? SettingsStrings.GeneralChannel : id;
        }

        var clean = new string([.. name.Where(ch => !char.IsControl(ch))]).Trim();
        return clean.Length <= MaxName ? clean : clean[..(MaxName - 1)] + "…";
    }
}
