namespace ConnectorBot.Teams.Install;

/// <summary>
/// A table with rows about one team (partitioned by tenant and team). Every such table registers one, so the
/// retention sweep can erase a team that removed the bot without knowing the tables.
/// </summary>
public interface ITeamData
{
    /// <summary>The table's name, for the sweep's log.</summary>
    string Name { get; }

    /// <summary>Deletes every row of the team; returns how many went. Safe to run again (or on two instances at once).</summary>
    Task<int> EraseTeamAsync(string tenantId, string teamId, CancellationToken cancellationToken);
}
