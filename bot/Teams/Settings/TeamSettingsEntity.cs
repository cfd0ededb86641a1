using ConnectorBot.Matching;
using ConnectorBot.Storage;

namespace ConnectorBot.Teams.Settings;

/// <summary>The Teams table's row: PartitionKey = tenant, RowKey = team (both escaped); admins as a JSON list.</summary>
public sealed class TeamSettingsEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? TeamName { get; set; }

    public string? ServiceUrl { get; set; }

    public string? BotId { get; set; }

    public string? IntroChannelId { get; set; }

    public Cadence Cadence { get; set; }

    public DayOfWeek Day { get; set; }

    public int Hour { get; set; }

    public string? TimeZone { get; set; }

    public int IntrosPerMember { get; set; }

    public int CooldownDays { get; set; }

    /// <summary>Null on rows written before the setting existed: the default.</summary>
    public int? ChannelIntrosPerRound { get; set; }

    public OddHeadcountPolicy OddHeadcount { get; set; }

    public bool Paused { get; set; }

    public bool DigestOff { get; set; }

    public int ExpiryDays { get; set; }

    public int FollowUpDays { get; set; }

    public string? Admins { get; set; }

    public DateTimeOffset InstalledAt { get; set; }

    public DateTimeOffset? LastRoundAt { get; set; }

    public DateTimeOffset? ScheduleFrom { get; set; }

    public string? AadGroupId { get; set; }

    public DateTimeOffset? UninstalledAt { get; set; }

    public static TeamSettingsEntity From(TeamSettings settings) => new()
    {
        PartitionKey = TableKey.Escape(settings.TenantId),
        RowKey = TableKey.Escape(settings.TeamId),
        TenantId = settings.TenantId,
        TeamId = settings.TeamId,
        TeamName = settings.TeamName,
        ServiceUrl = settings.ServiceUrl,
        BotId = settings.BotId,
        IntroChannelId = settings.IntroChannelId,
        Cadence = settings.Cadence,
        Day = settings.Day,
        Hour = settings.Hour,
        TimeZone = settings.TimeZone,
        IntrosPerMember = settings.IntrosPerMember,
        CooldownDays = settings.CooldownDays,
        ChannelIntrosPerRound = settings.ChannelIntrosPerRound,
        OddHeadcount = settings.OddHeadcount,
        Paused = settings.Paused,
        DigestOff = settings.DigestOff,
        ExpiryDays = settings.ExpiryDays,
        FollowUpDays = settings.FollowUpDays,
        Admins = RecordJson.Write(settings.Admins, nameof(Admins)),
        InstalledAt = settings.InstalledAt,
        LastRoundAt = settings.LastRoundAt,
        ScheduleFrom = settings.ScheduleFrom,
        AadGroupId = settings.AadGroupId,
        UninstalledAt = settings.UninstalledAt,
    };

    public TeamSettings ToSettings() => new()
    {
        TenantId = TenantId ?? TableKey.Unescape(PartitionKey),
        TeamId = TeamId ?? TableKey.Unescape(RowKey),
        TeamName = TeamName,
        ServiceUrl = ServiceUrl ?? string.Empty,
        BotId = BotId,
        IntroChannelId = IntroChannelId,
        Cadence = Cadence,
        Day = Day,
        Hour = Hour,
        TimeZone = TimeZone ?? "UTC",
        IntrosPerMember = IntrosPerMember,
        CooldownDays = CooldownDays,
        ChannelIntrosPerRound = ChannelIntrosPerRound ?? TeamSettings.DefaultChannelIntrosPerRound,
        OddHeadcount = OddHeadcount,
        Paused = Paused,
        DigestOff = DigestOff,
        ExpiryDays = ExpiryDays,
        FollowUpDays = FollowUpDays,
        Admins = RecordJson.Read<List<string>>(Admins) ?? [],
        InstalledAt = InstalledAt,
        LastRoundAt = LastRoundAt,
        ScheduleFrom = ScheduleFrom,
        AadGroupId = AadGroupId,
        UninstalledAt = UninstalledAt,
    };
}
