using ConnectorBot.Intros;
using ConnectorBot.Intros.Stats;

using static ConnectorBot.Tests.Intros.Stats.StatsSamples;

namespace ConnectorBot.Tests.Intros.Stats;

/// <summary>The figures, straight from data: the member funnel, the rounds' outcomes and rates, and the next round.</summary>
public sealed class StatsFiguresTests
{
    [Fact]
    public void Members_are_counted_from_the_roster_through_the_funnel()
    {
        var data = Data() with
        {
            Roster =
            [
                Member("none"), Member("session"), Member("started"), Member("private"), Member("sharing"), Member("resting"),
                Member("sharing"), // listed twice by paging: counted once
                new() { Id = "29:1noaad", Name = "Teams id only" },
            ],
            Profiles =
            [
                Profile("started", complete: false, consent: null),
                Profile("private", consent: false),
                Profile("sharing"),
                Profile("resting", pausedUntil: DateTimeOffset.MaxValue),
                Profile("elsewhere"), // another team's member in the same tenant
                Profile("was-paused", pausedUntil: Now.AddDays(-1)) with { MemberId = "29:1noaad" },
            ],
            SessionMemberIds = ["aad-session", "aad-elsewhere"],
        };

        var members = StatsFigures.From(data).Members;

        Assert.Equal(new MemberFigures(OnRoster: 7, Invited: 6, Answered: 4, Sharing: 3, Paused: 1), members);
    }

    [Fact]
    public void Without_a_roster_there_are_no_member_figures_but_rounds_still_count()
    {
        var data = Data() with { Roster = null, Rounds = [Round("20261123T0900")], Intros = [.. IntrosIn("20261123T0900", connected: 1)] };

        var figures = StatsFigures.From(data);

        Assert.Null(figures.Members);
        Assert.Equal(1, Assert.Single(figures.Rounds).Connected);
    }

    [Fact]
    public void A_round_counts_each_outcome_and_met_only_for_connected_pairs_who_said_met_or_helped()
    {
        const string round = "20261123T0900";
        var data = Data() with
        {
            Rounds = [Round(round)],
            Intros =
            [
                .. IntrosIn(round, planned: 1, open: 2, connected: 1, passed: 2, expired: 1),
                Intro(round, IntroState.Connected, MeetingOutcome.Met),
                Intro(round, IntroState.Connected, MeetingOutcome.NotYet, MeetingOutcome.Helped),
                Intro(round, IntroState.Connected, MeetingOutcome.No, MeetingOutcome.NotYet),
                Intro("20261116T0900", IntroState.Connected), // a round not listed
            ],
        };

        var figures = Assert.Single(StatsFigures.From(data).Rounds);

        Assert.Equal(round, figures.RoundId);
        Assert.Equal(Round(round).SlotAt, figures.SlotAt);
        Assert.Equal(10, figures.Intros);
        Assert.Equal(9, figures.Posted);
        Assert.Equal(4, figures.Connected);
        Assert.Equal(2, figures.Passed);
        Assert.Equal(1, figures.Expired);
        Assert.Equal(2, figures.Open);
        Assert.Equal(2, figures.Met);
        Assert.Equal(44, figures.AcceptedPercent);
    }

    [Theory]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 8, 13)]
    [InlineData(0, 4, 0)]
    [InlineData(5, 5, 100)]
    public void The_acceptance_rate_is_the_share_of_posted_intros_accepted_by_both_in_whole_percent(int connected, int posted, int percent)
    {
        var data = Data() with { Rounds = [Round("20261123T0900")], Intros = [.. IntrosIn("20261123T0900", connected: connected, expired: posted - connected)] };

        Assert.Equal(percent, Assert.Single(StatsFigures.From(data).Rounds).AcceptedPercent);
    }

    [Fact]
    public void A_round_over_the_channel_limit_counts_the_intros_sent_privately_and_the_card_says_how_many_went_which_way()
    {
        const string round = "20261123T0900";
        var data = Data() with
        {
            Rounds = [Round(round)],
            Intros =
            [
                .. IntrosIn(round, open: 2),
                Intro(round, IntroState.Posted) with { Delivery = IntroDelivery.Private },
                Intro(round, IntroState.Connected) with { Delivery = IntroDelivery.Private },
                Intro(round, IntroState.Planned) with { Delivery = IntroDelivery.Private },
            ],
        };

        var figures = StatsFigures.From(data);

        Assert.Equal((4, 2), (figures.Rounds[0].Posted, figures.Rounds[0].SentPrivately));
        Assert.Contains(StatsStrings.RoundSentPrivately(2, 2), StatsCard.For(data.Team, figures).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_with_nothing_posted_has_no_rate()
    {
        var data = Data() with { Rounds = [Round("20261123T0900"), Round("20261116T0900")], Intros = [.. IntrosIn("20261123T0900", planned: 2)] };

        var figures = StatsFigures.From(data);

        Assert.All(figures.Rounds, r => Assert.Null(r.AcceptedPercent));
        Assert.Equal(2, figures.Rounds[0].Intros);
        Assert.Equal(0, figures.Rounds[1].Intros);
        Assert.Null(figures.AcceptedPercent);
    }

    [Fact]
    public void The_newest_eight_rounds_are_kept_newest_first_with_the_overall_rate_over_them()
    {
        var ids = Enumerable.Range(0, 10).Select(week => Round("20261123T0900").SlotAt.AddDays(-7 * week)).Select(RoundSchedule.SlotId).ToList();
        var data = Data() with
        {
            Rounds = [.. ids.Order(StringComparer.Ordinal).Select(Round)],
            Intros = [.. ids.SelectMany((id, i) => IntrosIn(id, connected: i % 2, passed: 1))],
        };

        var figures = StatsFigures.From(data);

        Assert.Equal(ids.Take(StatsFigures.MaxRounds), figures.Rounds.Select(r => r.RoundId));
        Assert.Equal(Percent(4, 12), figures.AcceptedPercent);
    }

    [Fact]
    public void Before_any_round_the_next_round_is_the_first_slot_after_install()
    {
        var figures = StatsFigures.From(Data());

        Assert.Empty(figures.Rounds);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), figures.NextRoundAt);
        Assert.False(figures.Paused);
    }

    [Fact]
    public void A_slot_already_due_is_shown_as_now_not_as_a_date_gone_by()
    {
        var figures = StatsFigures.From(Data(SampleTeam() with { InstalledAt = Now.AddDays(-30), LastRoundAt = Now.AddDays(-16) }));

        Assert.Equal(Now, figures.NextRoundAt);
    }

    [Fact]
    public void A_paused_team_or_one_without_an_intro_channel_has_no_next_round()
    {
        Assert.Null(StatsFigures.From(Data(SampleTeam() with { Paused = true })).NextRoundAt);
        Assert.True(StatsFigures.From(Data(SampleTeam() with { Paused = true })).Paused);
        Assert.Null(StatsFigures.From(Data(SampleTeam() with { IntroChannelId = null })).NextRoundAt);
    }

    private static int Percent(int part, int whole) => (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);
}
