namespace ConnectorBot.Tests.Storage.Embedded;

/// <summary>A clock the test sets by hand, so writes can land in the same tick or see time go back.</summary>
internal sealed class SteppingTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
