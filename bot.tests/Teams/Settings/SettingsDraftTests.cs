using System.Text.Json;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros.MatchNow;
using ConnectorBot.Matching;
using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Tests.Teams.Settings;

/// <summary>The settings form's validation and its next-round line, without a bot.</summary>
public sealed class SettingsDraftTests
{
    private const string General = "19:general@thread.tacv2";
    private const string Intros = "19:intros@thread.tacv2";
    private static readonly string[] Channels = [General, Intros];

    private static readonly TeamSettings Team = new()
    {
        TenantId = "tenant",
        TeamId = General,
        ServiceUrl = "https://smba.example/",
        IntroChannelId = General,
        InstalledAt = new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.Zero),
    };

    private static readonly SettingsDraft Good = new(Intros, "Monthly", "Tuesday", "7", "America/New_York", "3", "0", "Trio", "true", "40");

    [Fact]
    public void A_good_draft_applies_every_field()
    {
        var validation = Good.Validate(Channels);

        Assert.Empty(validation.Errors);
        var saved = validation.Apply!(Team);
        Assert.Equal((Intros, Cadence.Monthly, DayOfWeek.Tuesday, 7, "America/New_York", 3, 0, OddHeadcountPolicy.Trio, true), (saved.IntroChannelId, saved.Cadence, saved.Day, saved.Hour, saved.TimeZone, saved.IntrosPerMember, saved.CooldownDays, saved.OddHeadcount, saved.Paused));
        Assert.Equal(40, saved.ChannelIntrosPerRound);
    }

    [Theory]
    [InlineData("Channel", "19:elsewhere@thread.tacv2", SettingsDraft.ChannelId, SettingsStrings.BadChannel)]
    [InlineData("Cadence", "Daily", SettingsDraft.CadenceId, SettingsStrings.BadCadence)]
    [InlineData("Cadence", "1", SettingsDraft.CadenceId, SettingsStrings.BadCadence)]
    [InlineData("Day", "Someday", SettingsDraft.DayId, SettingsStrings.BadDay)]
    [InlineData("Day", "3", SettingsDraft.DayId, SettingsStrings.BadDay)]
    [InlineData("Hour", "24", SettingsDraft.HourId, SettingsStrings.BadHour)]
    [InlineData("Hour", "nine", SettingsDraft.HourId, SettingsStrings.BadHour)]
    [InlineData("IntrosPerMember", "0", SettingsDraft.IntrosPerMemberId, SettingsStrings.BadPerMember)]
    [InlineData("IntrosPerMember", "1.5", SettingsDraft.IntrosPerMemberId, SettingsStrings.BadPerMember)]
    [InlineData("CooldownDays", "366", SettingsDraft.CooldownDaysId, SettingsStrings.BadCooldown)]
    [InlineData("OddHeadcount", "Quartet", SettingsDraft.OddHeadcountId, SettingsStrings.BadOdd)]
    [InlineData("ChannelIntros", "0", SettingsDraft.ChannelIntrosId, SettingsStrings.BadChannelIntros)]
    [InlineData("ChannelIntros", "501", SettingsDraft.ChannelIntrosId, SettingsStrings.BadChannelIntros)]
    [InlineData("ChannelIntros", "12.5", SettingsDraft.ChannelIntrosId, SettingsStrings.BadChannelIntros)]
    [InlineData("ChannelIntros", "lots", SettingsDraft.ChannelIntrosId, SettingsStrings.BadChannelIntros)]
    public void A_bad_field_is_explained_beside_its_input_and_nothing_applies(string field, string value, string inputId, string error)
    {
        var draft = field switch
        {
            "Channel" => Good with { Channel = value },
            "Cadence" => Good with { Cadence = value },
            "Day" => Good with { Day = value },
            "Hour" => Good with { Hour = value },
            "IntrosPerMember" => Good with { IntrosPerMember = value },
            "CooldownDays" => Good with { CooldownDays = value },
            "ChannelIntros" => Good with { ChannelIntros = value },
            _ => Good with { OddHeadcount = value },
        };

        var validation = draft.Validate(Channels);

        Assert.Equal(new Dictionary<string, string> { [inputId] = error }, validation.Errors);
        Assert.Null(validation.Apply);
    }

    [Theory]
    [InlineData("Not/AZone", "Not/AZone")]
    [InlineData("../../etc/passwd", "../../etc/passwd")]
    [InlineData("**Mars**_Time", "\\*\\*Mars\\*\\*\\_Time")]
    public void An_unknown_time_zone_is_named_back_to_the_admin_escaped(string zone, string shown)
    {
        var validation = (Good with { TimeZone = zone }).Validate(Channels);

        Assert.Equal(new Dictionary<string, string> { [SettingsDraft.TimeZoneId] = SettingsStrings.BadTimeZone(shown) }, validation.Errors);
    }

    [Fact]
    public void An_empty_time_zone_is_asked_for()
    {
        var validation = (Good with { TimeZone = "  " }).Validate(Channels);

        Assert.Equal(new Dictionary<string, string> { [SettingsDraft.TimeZoneId] = SettingsStrings.TimeZoneRequired }, validation.Errors);
    }

    [Theory]
    [InlineData("2.5", "2.5")]
    [InlineData("2.50", "2.50")]
    [InlineData("-1", "-1")]
    [InlineData(" 400 ", "400")]
    [InlineData("two", null)]
    [InlineData("1e3", null)]
    [InlineData("", null)]
    public void A_number_goes_back_to_its_input_exactly_as_typed_when_it_is_one(string typed, string? shown)
    {
        Assert.Equal(shown, SettingsDraft.AsTyped(typed)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Numbers_may_arrive_as_JSON_numbers_and_missing_fields_keep_the_current_values()
    {
        var data = JsonSerializer.SerializeToElement(new { hour = 14, introsPerMember = 2.0, teamId = General });

        var draft = SettingsDraft.Read(new CardAction(SettingsVerbs.Save, data, IsExecute: true), Team);

        Assert.Equal(SettingsDraft.From(Team) with { Hour = "14", IntrosPerMember = "2" }, draft);
        Assert.Equal(2, draft.Validate(Channels).Apply!(Team).IntrosPerMember);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("500", 500)]
    [InlineData("25.0", 25)]
    public void The_channel_limit_takes_whole_numbers_from_1_to_500(string typed, int saved)
    {
        Assert.Equal(saved, (Good with { ChannelIntros = typed }).Validate(Channels).Apply!(Team).ChannelIntrosPerRound);
    }

    [Fact]
    public void A_team_saved_before_the_channel_limit_existed_gets_the_default_of_25()
    {
        var entity = TeamSettingsEntity.From(Team);
        entity.ChannelIntrosPerRound = null;

        Assert.Equal(25, entity.ToSettings().ChannelIntrosPerRound);
        Assert.Equal("25", SettingsDraft.From(entity.ToSettings()).ChannelIntros);
    }

    [Fact]
    public void The_next_round_line_says_paused_no_channel_due_or_when()
    {
        var now = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(SettingsStrings.PausedNote, NextRound.Describe(Team with { Paused = true }, now));
        Assert.Equal(SettingsStrings.NoChannelNote, NextRound.Describe(Team with { IntroChannelId = null }, now));
        Assert.Equal(SettingsStrings.NextRoundDue, NextRound.Describe(Team, now.AddDays(10)));
        Assert.Equal("Next round: **Monday 23 November 2026, 09:00 (Asia/Kolkata)**.", NextRound.Describe(Team with { TimeZone = "Asia/Kolkata" }, now));
    }
}
