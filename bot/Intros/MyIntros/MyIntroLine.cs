using ConnectorBot.Teams.Settings;

namespace ConnectorBot.Intros.MyIntros;

/// <summary>One intro as "my intros" lists it: the other people by display name, its kind and team, its state and day.</summary>
public sealed record MyIntroLine(IReadOnlyList<string> Others, MyIntroKind Kind, string? TeamName, MyIntroState State, DateTimeOffset At, TeamClock Clock)
{
    /// <summary>The line for <paramref name="memberId"/>; the day is on the team's clock, as its cards write it.</summary>
    public static MyIntroLine From(IntroRecord intro, string memberId, TeamSettings? team)
    {
        ArgumentNullException.ThrowIfNull(intro);

        // A withdrawn party has no name left: they read as "a colleague".
        var others = intro.Parties.Where(p => p.MemberId != memberId).Select(p => p.Name).ToList();
        return new MyIntroLine(others, MyIntroKinds.Of(intro, memberId), team?.TeamName, MyIntroStates.Of(intro, memberId), intro.PostedAt ?? intro.CreatedAt, TeamClock.For(team?.TimeZone));
    }
}
