using System.Globalization;
using System.Text.Json;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Matching;

namespace ConnectorBot.Teams.Settings;

/// <summary>
/// The settings form's values as typed, before validation: the card shows a draft, so an admin's mistake is shown
/// next to everything they entered and nothing is lost. Input ids are the property names in camel case.
/// </summary>
public sealed record SettingsDraft(
    string Channel,
    string Cadence,
    string Day,
    string Hour,
    string TimeZone,
    string IntrosPerMember,
    string CooldownDays,
    string OddHeadcount,
    string Paused,
    string ChannelIntros)
{
    public const string ChannelId = "channel";
    public const string CadenceId = "cadence";
    public const string DayId = "day";
    public const string HourId = "hour";
    public const string TimeZoneId = "timeZone";
    public const string IntrosPerMemberId = "introsPerMember";
    public const string CooldownDaysId = "cooldownDays";
    public const string OddHeadcountId = "oddHeadcount";
    public const string PausedId = "paused";
    public const string ChannelIntrosId = "channelIntros";
    public const int MinChannelIntros = 1;
    public const int MaxChannelIntros = 500;

    public const string DigestOnId = "digestOn";

    /// <summary>The weekly give digest's toggle: "true" or "false".</summary>
    public string DigestOn { get; init; } = "true";

    // Keeps a pasted essay from travelling round the card and the logs' neighbourhood.
    private const int MaxValueLength = 100;

    public static SettingsDraft From(TeamSettings team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new(
            team.IntroChannelId ?? string.Empty,
            team.Cadence.ToString(),
            team.Day.ToString(),
            team.Hour.ToString(CultureInfo.InvariantCulture),
            team.TimeZone,
            team.IntrosPerMember.ToString(CultureInfo.InvariantCulture),
            team.CooldownDays.ToString(CultureInfo.InvariantCulture),
            team.OddHeadcount.ToString(),
            team.Paused ? "true" : "false",
            team.ChannelIntrosPerRound.ToString(CultureInfo.InvariantCulture))
        {
            DigestOn = team.DigestOff ? "false" : "true",
        };
    }

    /// <summary>The values a Save press carried; a field the card didn't send keeps the team's current value.</summary>
    public static SettingsDraft Read(CardAction action, TeamSettings current)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = From(current);
        return new(
            Value(action, ChannelId) ?? now.Channel,
            Value(action, CadenceId) ?? now.Cadence,
            Value(action, DayId) ?? now.Day,
            Value(action, HourId) ?? now.Hour,
            Value(action, TimeZoneId) ?? now.TimeZone,
            Value(action, IntrosPerMemberId) ?? now.IntrosPerMember,
            Value(action, CooldownDaysId) ?? now.CooldownDays,
            Value(action, OddHeadcountId) ?? now.OddHeadcount,
            Value(action, PausedId) ?? now.Paused,
            Value(action, ChannelIntrosId) ?? now.ChannelIntros)
        {
            DigestOn = Value(action, DigestOnId) ?? now.DigestOn,
        };
    }

    /// <summary>Checks every field; the errors are friendly sentences, one per bad field, keyed by the input they concern, ready for a card (typed text escaped).</summary>
    public SettingsValidation Validate(IReadOnlyCollection<string> channelIds)
    {
        ArgumentNullException.ThrowIfNull(channelIds);
        var errors = new Dictionary<string, string>();
        Check(channelIds.Contains(Channel), ChannelId, SettingsStrings.BadChannel);
        Check(Enum.TryParse<Cadence>(Cadence, ignoreCase: true, out var cadence) && Enum.IsDefined(cadence) && !IsNumber(Cadence), CadenceId, SettingsStrings.BadCadence);
        Check(Enum.TryParse<DayOfWeek>(Day, ignoreCase: true, out var day) && Enum.IsDefined(day) && !IsNumber(Day), DayId, SettingsStrings.BadDay);
        Check(TryWhole(Hour, 0, 23, out var hour), HourId, SettingsStrings.BadHour);
        var zone = TimeZone.Trim();
        Check(IsTimeZone(zone), TimeZoneId, zone.Length == 0 ? SettingsStrings.TimeZoneRequired : SettingsStrings.BadTimeZone(CardText.Escape(zone)));
        Check(TryWhole(IntrosPerMember, 1, 3, out var perMember), IntrosPerMemberId, SettingsStrings.BadPerMember);
        Check(TryWhole(CooldownDays, 0, 365, out var cooldown), CooldownDaysId, SettingsStrings.BadCooldown);
        Check(TryWhole(ChannelIntros, MinChannelIntros, MaxChannelIntros, out var channelIntros), ChannelIntrosId, SettingsStrings.BadChannelIntros);
        Check(Enum.TryParse<OddHeadcountPolicy>(OddHeadcount, ignoreCase: true, out var odd) && Enum.IsDefined(odd) && !IsNumber(OddHeadcount), OddHeadcountId, SettingsStrings.BadOdd);
        var paused = string.Equals(Paused, "true", StringComparison.OrdinalIgnoreCase);
        var digestOff = string.Equals(DigestOn, "false", StringComparison.OrdinalIgnoreCase);
        if (errors.Count > 0)
        {
            return new SettingsValidation(errors, null);
        }

        return new SettingsValidation(errors, team => team with
        {
            IntroChannelId = Channel,
            Cadence = cadence,
            Day = day,
            Hour = hour,
            TimeZone = zone,
            IntrosPerMember = perMember,
            CooldownDays = cooldown,
            ChannelIntrosPerRound = channelIntros,
            OddHeadcount = odd,
            Paused = paused,
            DigestOff = digestOff,
        });

        void Check(bool ok, string inputId, string error)
        {
            if (!ok)
            {
                errors[inputId] = error;
            }
        }
    }

    /// <summary>
    /// A number field's text as the number input can show it again, exactly as typed ("2.5" stays 2.5, "-1" stays -1);
    /// null when it is no plain number (the form then names the text beside the field).
    /// </summary>
    public static decimal? AsTyped(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const NumberStyles plain = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(text, plain, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static bool IsNumber(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static bool TryWhole(string text, int min, int max, out int value)
    {
        // Input.Number may send "2" or "2.0"; anything fractional or out of range is refused rather than rounded.
        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number) && number >= min && number <= max)
        {
            value = (int)number;
            return true;
        }

        value = 0;
        return false;
    }

    private static bool IsTimeZone(string id)
    {
        if (id.Length == 0)
        {
            return false;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id) is not null;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }

    private static string? Value(CardAction action, string id)
    {
        if (action.Data.ValueKind != JsonValueKind.Object || !action.Data.TryGetProperty(id, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        return text is null ? null : text.Length <= MaxValueLength ? text : text[..MaxValueLength];
    }
}

/// <summary>The result of checking a draft: friendly errors by input id, or the change to apply to the stored settings.</summary>
public sealed record SettingsValidation(IReadOnlyDictionary<string, string> Errors, Func<TeamSettings, TeamSettings>? Apply);
