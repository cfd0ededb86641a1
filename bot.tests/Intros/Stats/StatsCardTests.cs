using System.Text.Json;

using ConnectorBot.Intros.Stats;
using ConnectorBot.Teams;
using ConnectorBot.Tests.BotFramework.Cards;
using ConnectorBot.Tests.Teams;

using static ConnectorBot.Tests.Intros.Stats.StatsSamples;

namespace ConnectorBot.Tests.Intros.Stats;

/// <summary>The stats card as JSON: Adaptive Card 1.5, escaped team name, card-native bars, the empty state and the refresh button.</summary>
public sealed class StatsCardTests
{
    private static readonly MemberFigures SomeMembers = new(12, 9, 7, 6, 1);

    [Fact]
    public void The_card_is_adaptive_card_1_5_with_no_images_and_the_team_name_escaped()
    {
        var card = StatsCard.For(SampleTeam("R&D <b>*stars*</b> {{DATE(2020-01-01T00:00:00Z)}}"), new StatsFigures { Members = SomeMembers });

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Empty(CardJson.Objects(card, "Image"));
        var title = AdminTeam.TextOf(card).Split('\n')[0];
        Assert.Contains("R\\&D \\<b\\>\\*stars\\*\\</b\\>", title, StringComparison.Ordinal);
        Assert.DoesNotContain("{{DATE", title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_without_a_name_gets_the_plain_title()
    {
        var card = StatsCard.For(SampleTeam(name: null), new StatsFigures());

        Assert.Equal(StatsStrings.Title, AdminTeam.TextOf(card).Split('\n')[0]);
    }

    [Fact]
    public void The_member_funnel_is_a_fact_set()
    {
        var card = StatsCard.For(SampleTeam(), new StatsFigures { Members = SomeMembers });

        Assert.Equal(
            new Dictionary<string, string>
            {
                [StatsStrings.OnRoster] = "12",
                [StatsStrings.Invited] = "9",
                [StatsStrings.Answered] = "7",
                [StatsStrings.Sharing] = "6",
                [StatsStrings.MembersPaused] = "1",
            },
            Facts(card));
    }

    [Fact]
    public void Without_a_roster_the_card_says_member_numbers_are_missing()
    {
        var card = StatsCard.For(SampleTeam(), new StatsFigures { Members = null });

        Assert.Contains(StatsStrings.RosterUnavailable, AdminTeam.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(CardJson.Objects(card, "FactSet"));
    }

    [Fact]
    public void No_rounds_yet_says_when_the_first_round_is()
    {
        var card = StatsCard.For(SampleTeam(), new StatsFigures { NextRoundAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero) });

        Assert.Contains(StatsStrings.NoRoundsFirstOn("Monday 23 November 2026, 09:00 (UTC)"), AdminTeam.TextOf(card), StringComparison.Ordinal);
        Assert.Empty(Bars(card));
    }

    [Fact]
    public void Dates_are_written_as_the_settings_card_writes_them_on_the_team_clock()
    {
        // 23:30 UTC on Sunday 22 November is already Monday 23 November in Kolkata; rounds are named by that local day.
        var slot = new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);
        var team = SampleTeam() with { TimeZone = "Asia/Kolkata" };
        var figures = new StatsFigures { NextRoundAt = slot.AddDays(7), Rounds = [new RoundFigures { RoundId = "20261122T2330", SlotAt = slot, Intros = 1, Posted = 1, Open = 1 }] };

        var text = AdminTeam.TextOf(StatsCard.For(team, figures));

        Assert.Contains(StatsStrings.NextRound("Monday 30 November 2026, 05:00 (Asia/Kolkata)"), text, StringComparison.Ordinal);
        Assert.Contains("Monday 23 November 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{DATE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sunday 22 November", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rounds_and_no_next_round_is_still_friendly()
    {
        var card = StatsCard.For(SampleTeam() with { Paused = true }, new StatsFigures { Paused = true });

        var text = AdminTeam.TextOf(card);
        Assert.Contains(StatsStrings.NoRounds, text, StringComparison.Ordinal);
        Assert.Contains(StatsStrings.TeamPaused, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_round_has_a_bar_whose_coloured_column_weights_are_its_outcomes()
    {
        var figures = new StatsFigures
        {
            Rounds =
            [
                new RoundFigures { RoundId = "20261130T0900", SlotAt = Round("20261130T0900").SlotAt, Intros = 5, Posted = 5, Connected = 3, Passed = 0, Expired = 1, Open = 1, Met = 2 },
                new RoundFigures { RoundId = "20261123T0900", SlotAt = Round("20261123T0900").SlotAt, Intros = 4, Posted = 4, Connected = 1, Passed = 2, Expired = 1 },
            ],
        };

        var card = StatsCard.For(SampleTeam(), figures);

        var bars = Bars(card);
        Assert.Equal(2, bars.Count);
        Assert.Equal([("3", "good"), ("2", "emphasis")], Segments(bars[0]));
        Assert.Equal([("1", "good"), ("2", "attention"), ("1", "emphasis")], Segments(bars[1]));
        var text = AdminTeam.TextOf(card);
        Assert.True(text.IndexOf("Monday 30 November 2026", StringComparison.Ordinal) < text.IndexOf("Monday 23 November 2026", StringComparison.Ordinal));
        Assert.Contains(StatsStrings.RoundAccepted(60), text, StringComparison.Ordinal);
        Assert.Contains(StatsStrings.RoundAccepted(25), text, StringComparison.Ordinal);
        Assert.Contains(StatsStrings.RoundCounts(5, 3, 0, 1, 1, 2), text, StringComparison.Ordinal);
        Assert.Contains(StatsStrings.Overall(44, 2), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_with_no_intros_says_so_instead_of_an_empty_bar()
    {
        var figures = new StatsFigures { Rounds = [new RoundFigures { RoundId = "20261123T0900", SlotAt = Round("20261123T0900").SlotAt }] };

        var card = StatsCard.For(SampleTeam(), figures);

        Assert.Empty(Bars(card));
        Assert.Contains(StatsStrings.RoundNoIntros, AdminTeam.TextOf(card), StringComparison.Ordinal);
        Assert.DoesNotContain("%", AdminTeam.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_is_an_action_execute_with_the_team_id_and_a_submit_fallback()
    {
        var card = StatsCard.For(SampleTeam(), new StatsFigures());

        var refresh = Assert.Single(CardJson.Objects(card, "Action.Execute"));
        Assert.Equal(StatsVerbs.Show, refresh.GetProperty("verb").GetString());
        Assert.Equal(Team, refresh.GetProperty("data").GetProperty(AdminVerbs.TeamIdKey).GetString());
        CardJson.AssertHasSubmitFallback(refresh);
    }

    internal static Dictionary<string, string> Facts(JsonElement card) =>
        CardJson.Objects(card, "FactSet").Single().GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString()!);

    /// <summary>The bars: column sets with a minimum height whose columns are coloured and empty.</summary>
    internal static List<JsonElement> Bars(JsonElement card) =>
        CardJson.Objects(card, "ColumnSet").Where(c => c.TryGetProperty("minHeight", out _)).ToList();

    internal static List<(string Weight, string Style)> Segments(JsonElement bar) =>
        bar.GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("width").GetString()!, c.GetProperty("style").GetString()!))
            .ToList();
}
