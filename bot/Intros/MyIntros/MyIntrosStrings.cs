using System.Globalization;

namespace ConnectorBot.Intros.MyIntros;

/// <summary>
/// Every sentence and label of "my intros". Names and team names arrive escaped (CardText) by the card; dates are
/// written by TeamDates.
/// </summary>
public static class MyIntrosStrings
{
    public const string Title = "Your intros";

    /// <summary>The card's notification summary (plain text).</summary>
    public const string Summary = "Your intros";

    public const string None = "No intros yet. When I introduce you to someone, it shows up here.";

    public static string Count(int total) => total == 1 ? "1 intro, newest first." : string.Create(CultureInfo.InvariantCulture, $"{total:N0} intros, newest first.");

    public static string Older(int count) =>
        count == 1 ? "And 1 older intro not shown." : string.Create(CultureInfo.InvariantCulture, $"And {count:N0} older intros not shown.");

    /// <summary><paramref name="names"/>: the other people, escaped and joined.</summary>
    public static string With(string names) => $"With {names}";

    public const string NamesJoiner = " and ";

    public const string SomeColleague = "a colleague";

    public static string State(MyIntroState state) => state switch
    {
        MyIntroState.OnItsWay => "⏳ On its way to the channel",
        MyIntroState.WaitingForYou => "👋 Waiting for your answer",
        MyIntroState.WaitingForOthers => "✅ You accepted; waiting for the others",
        MyIntroState.Connected => "🤝 Connected",
        MyIntroState.YouPassed => "You passed",
        MyIntroState.Closed => "Closed",
        MyIntroState.Expired => "Expired without answers",
        MyIntroState.Withdrawn => "Withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The kind of intro and where; <paramref name="teamName"/> escaped, or null when unknown.</summary>
    public static string Kind(MyIntroKind kind, string? teamName) => kind switch
    {
        MyIntroKind.Round => teamName is null ? "Team intro" : $"Team intro in {teamName}",
        MyIntroKind.RoundPrivate => teamName is null ? "Team intro, sent privately" : $"Team intro in {teamName}, sent privately",
        MyIntroKind.YouAsked => "You asked who could help",
        MyIntroKind.AskedYou => "Asked for your help",
        MyIntroKind.YouOffered => "You offered to help",
        MyIntroKind.OfferedYou => "Offered help to you",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Kind and day on one line.</summary>
    public static string KindAndDay(string kind, string day) => $"{kind} · {day}";

    public const string NeverTitle = "Never introduce me to";

    public const string NeverEmpty = "Nobody. Type **never introduce me to** and @mention someone to add them; nobody is told.";

    /// <summary><paramref name="names"/>: escaped and joined.</summary>
    public static string NeverNames(string names) => $"{names}. Only you can see this. Type **allow** and @mention someone to take them off.";
}
