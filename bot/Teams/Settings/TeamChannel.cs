namespace ConnectorBot.Teams.Settings;

/// <summary>One channel of a team as the settings card offers it; General has no name of its own in the API.</summary>
public sealed record TeamChannel(string Id, string Name);

/// <summary>A team's channels, and whether the list is the real one or just the current choice (the API failed).</summary>
public sealed record TeamChannelList(IReadOnlyList<TeamChannel> Channels, bool Complete)
{
    public string NameOf(string? channelId) =>
        Channels.FirstOrDefault(c => c.Id == channelId)?.Name ?? SettingsStrings.GeneralChannel;
}
