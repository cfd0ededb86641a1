namespace ConnectorBot.Teams.Settings;

/// <summary>A team's local wall clock: its IANA zone (UTC when unknown) and the DST rules for turning a local hour into an instant.</summary>
public sealed class TeamClock
{
    private TeamClock(TimeZoneInfo zone) => Zone = zone;

    public TimeZoneInfo Zone { get; }

    /// <summary>The zone with that IANA id; an unknown or malformed id falls back to UTC rather than stopping rounds.</summary>
    public static TeamClock For(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return new(TimeZoneInfo.Utc);
        }

        try
        {
            return new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return new(TimeZoneInfo.Utc);
        }
    }

    /// <summary>The local calendar date at an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// The instant of a local date and hour. A time skipped by a DST change moves forward to the next
    /// hour that exists; a time that happens twice means its first occurrence.
    /// </summary>
    public DateTimeOffset ToUtc(DateOnly date, int hour)
    {
        var local = date.ToDateTime(new TimeOnly(Math.Clamp(hour, 0, 23), 0), DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
