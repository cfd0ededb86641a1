namespace ConnectorBot.Tests.BotFramework.Auth;

/// <summary>A clock tests move by hand, so lifetime and refresh rules are tested without sleeping.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
