using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.Teams;
using ConnectorBot.Teams.Settings;

using static ConnectorBot.BotFramework.Cards.CardElements;

namespace ConnectorBot.Intros.Stats;

/// <summary>
/// The stats card (Adaptive Card 1.5): the member funnel as facts, then one row per round, newest first, with a bar
/// drawn from coloured columns whose weights are the intros' outcomes (no images), and the share accepted as text.
/// The team's name is the only variable text and goes in through <see cref="CardText"/>.
/// </summary>
public static class StatsCard
{
    // Teams' container styles: green for accepted by both, red for passed, grey for the rest.
    private const string ConnectedStyle = "good";
    private const string PassedStyle = "attention";
    private const string RestStyle = "emphasis";
    private const string BarHeight = "14px";

    public static JsonElement For(TeamSettings team, StatsFigures figures)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(figures);
        var title = string.IsNullOrWhiteSpace(team.TeamName)
            ? StatsStrings.Title
            : StatsStrings.TitleFor(CardText.Escape(team.TeamName));
        var clock = TeamClock.For(team.TimeZone);
        var card = new AdaptiveCard().Add(TextBlock(title, TextWeight.Bolder, TextSize.Large));
        if (figures.Paused)
        {
            card.Add(TextBlock(StatsStrings.TeamPaused, isSubtle: true));
        }
        else if (figures.NextRoundAt is { } next && figures.Rounds.Count > 0)
        {
            card.Add(TextBlock(StatsStrings.NextRound(TeamDates.DayAndTime(next, clock)), isSubtle: true));
        }

        card.Add(MembersSection(figures.Members));
        card.Add(RoundsSection(figures, clock));
        card.AddActions(CardActions.ExecuteAction(StatsStrings.RefreshButton, StatsVerbs.Show, new JsonObject { [AdminVerbs.TeamIdKey] = team.TeamId }));

        // Full width gives the bars room in a channel.
        var json = card.ToJsonObject();
        json["msteams"] = new JsonObject { ["width"] = "Full" };
        return JsonSerializer.SerializeToElement(json);
    }

    private static JsonObject MembersSection(MemberFigures? members)
    {
        List<JsonObject> items = [TextBlock(StatsStrings.MembersTitle, TextWeight.Bolder, TextSize.Medium)];
        if (members is null)
        {
            items.Add(TextBlock(StatsStrings.RosterUnavailable));
        }
        else
        {
            items.Add(FactSet(
                (StatsStrings.OnRoster, StatsStrings.Number(members.OnRoster)),
                (StatsStrings.Invited, StatsStrings.Number(members.Invited)),
                (StatsStrings.Answered, StatsStrings.Number(members.Answered)),
                (StatsStrings.Sharing, StatsStrings.Number(members.Sharing)),
                (StatsStrings.MembersPaused, StatsStrings.Number(members.Paused))));
        }

        return Container(items, separator: true);
    }

    private static JsonObject RoundsSection(StatsFigures figures, TeamClock clock)
    {
        List<JsonObject> items = [TextBlock(StatsStrings.RoundsTitle, TextWeight.Bolder, TextSize.Medium)];
        if (figures.Rounds.Count == 0)
        {
            items.Add(TextBlock(figures.NextRoundAt is { } first
                ? StatsStrings.NoRoundsFirstOn(TeamDates.DayAndTime(first, clock))
                : StatsStrings.NoRounds));
            return Container(items, separator: true);
        }

        if (figures.AcceptedPercent is { } overall)
        {
            items.Add(TextBlock(figures.Rounds.Count == 1
                ? StatsStrings.OverallOne(overall)
                : StatsStrings.Overall(overall, figures.Rounds.Count)));
        }

        items.Add(TextBlock(StatsStrings.RoundsExplained, size: TextSize.Small, isSubtle: true));
        items.Add(TextBlock(StatsStrings.Legend, size: TextSize.Small, isSubtle: true));
        items.AddRange(figures.Rounds.Select(round => RoundRow(round, clock)));
        return Container(items, separator: true);
    }

    private static JsonObject RoundRow(RoundFigures round, TeamClock clock)
    {
        List<JsonObject> headingColumns = [Column("stretch", [TextBlock(TeamDates.Day(round.SlotAt, clock), TextWeight.Bolder)])];
        if (round.AcceptedPercent is { } percent)
        {
            headingColumns.Add(Column("auto", [TextBlock(StatsStrings.RoundAccepted(percent), TextWeight.Bolder)]));
        }

        var heading = Columns([.. headingColumns]);
        if (round.Posted == 0)
        {
            return Container(
                [heading, TextBlock(round.Intros == 0 ? StatsStrings.RoundNoIntros : StatsStrings.RoundNotPostedYet, size: TextSize.Small, isSubtle: true)],
                separator: true);
        }

        var counts = StatsStrings.RoundCounts(round.Posted, round.Connected, round.Passed, round.Expired, round.Open, round.Met);
        List<JsonObject> items = [heading, Bar(round), TextBlock(counts, size: TextSize.Small, isSubtle: true)];
        if (round.SentPrivately > 0)
        {
            items.Add(TextBlock(StatsStrings.RoundSentPrivately(round.Posted - round.SentPrivately, round.SentPrivately), size: TextSize.Small, isSubtle: true));
        }

        return Container([.. items], separator: true);
    }

    /// <summary>One coloured column per outcome, its weight the number of intros; empty outcomes are left out (a weight must be positive).</summary>
    internal static JsonObject Bar(RoundFigures round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var rest = round.Posted - round.Connected - round.Passed;
        var segments = new[] { (round.Connected, ConnectedStyle), (round.Passed, PassedStyle), (rest, RestStyle) };
        var bar = Columns([.. segments.Where(s => s.Item1 > 0).Select(s => Segment(s.Item1, s.Item2))]);
        bar["minHeight"] = BarHeight;
        bar["spacing"] = "small";
        return bar;
    }

    private static JsonObject Segment(int weight, string style)
    {
        var column = Column(weight.ToString(CultureInfo.InvariantCulture), []);
        column["style"] = style;
        column["minHeight"] = BarHeight;
        column["spacing"] = "none";
        return column;
    }

    private static JsonObject Columns(params JsonObject[] columns) =>
        new() { ["type"] = "ColumnSet", ["columns"] = new JsonArray([.. columns]) };

    private static JsonObject Column(string width, IEnumerable<JsonObject> items) =>
        new() { ["type"] = "Column", ["width"] = width, ["items"] = new JsonArray([.. items]) };
}
