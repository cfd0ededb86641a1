using System.Text.Json;

using ConnectorBot.Invitations;
using ConnectorBot.Tests.BotFramework.Cards;
using ConnectorBot.Tests.Teams;

namespace ConnectorBot.Tests.Invitations;

public sealed class InvitationCardsTests
{
    private static InvitationJob Job => new()
    {
        TenantId = "tenant-1",
        TeamId = "19:team-1@thread.tacv2",
        ServiceUrl = "https://smba.example/teams/",
        BotId = "28:bot",
        StartedBy = "aad-ada",
        StartedByName = "Ada Admin",
        State = InvitationState.Inviting,
        Total = 7,
        Invited = 2,
        Answered = 1,
        Unreachable = 1,
    };

    [Fact]
    public void The_card_is_adaptive_card_1_5_with_the_progress_line()
    {
        var card = InvitationCards.Progress(Job);

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var text = AdminTeam.TextOf(card);
        Assert.Contains("Inviting everyone: 4 of 7 so far — 2 invited, 1 had already answered, 1 couldn't be reached", text, StringComparison.Ordinal);
        Assert.Contains("Started by Ada Admin", text, StringComparison.Ordinal);
        Assert.DoesNotContain(InvitationStrings.Paused, text, StringComparison.Ordinal);
        Assert.False(card.TryGetProperty("actions", out _));
    }

    [Fact]
    public void A_paused_job_says_it_will_carry_on_and_a_finished_one_says_done()
    {
        var paused = AdminTeam.TextOf(InvitationCards.Progress(Job with { LastError = "Throttled" }));
        var done = AdminTeam.TextOf(InvitationCards.Progress(Job with { State = InvitationState.Done, LastError = null }));
        var stopped = AdminTeam.TextOf(InvitationCards.Progress(Job with { State = InvitationState.Stopped, LastError = "BotNotInConversation" }));

        Assert.Contains(InvitationStrings.Paused, paused, StringComparison.Ordinal);
        Assert.Contains(InvitationStrings.Done, done, StringComparison.Ordinal);
        Assert.Contains("7 members — 2 invited, 1 had already answered, 1 couldn't be reached", done, StringComparison.Ordinal);
        Assert.DoesNotContain(InvitationStrings.Paused, done, StringComparison.Ordinal);
        Assert.Contains(InvitationStrings.Stopped, stopped, StringComparison.Ordinal);
    }

    [Fact]
    public void The_starters_name_is_shown_literally_never_as_markup()
    {
        const string Name = "**Eve** <at>All</at> [x](https://evil.example) ${team} {{DATE(2026-01-01T00:00:00Z)}}";

        var card = InvitationCards.Progress(Job with { StartedByName = Name });

        var line = Lines(card).Single(l => l.StartsWith("Started by ", StringComparison.Ordinal));
        var escaped = line["Started by ".Length..];
        EscapeAssertions.AssertNoBareMarkers(escaped, "*[]<>");
        Assert.DoesNotContain("${", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
        Assert.Equal(Name, EscapeAssertions.Unescape(escaped));
    }

    [Fact]
    public void While_counting_and_when_the_roster_grew_the_line_still_reads_right()
    {
        Assert.Equal(InvitationStrings.Counting, InvitationStrings.ProgressLine(Job with { State = InvitationState.Counting }));
        Assert.StartsWith("Inviting everyone: 9 of 9 so far", InvitationStrings.ProgressLine(Job with { Invited = 7 }), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Lines(JsonElement card) => AdminTeam.TextOf(card).Split('\n');
}
