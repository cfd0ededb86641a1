using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Intros.Stats;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Teams;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros.Stats;

/// <summary>
/// The stats card end to end through /api/messages on each store: members seeded at each step of the funnel, a real
/// round run by the scheduler, accepts, a pass and a follow-up pressed on the intro cards, then "@ConnectorBot stats"
/// and the admin.stats.show button, for the admin and for a member who is not one.
/// </summary>
public abstract class StatsContract : IAsyncLifetime
{
    // Three pairs the matcher finds (from the public sample's intended intros).
    private static readonly (string Name, string Accomplish, string ConnectWith, string Offer)[] People = SamplePeople.Pairs(3);

    private AdminTeam _team = null!;
    private readonly List<TeamsChannelAccount> _sharing = [];

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync()
    {
        _team = await AdminTeam.StartAsync(StorageConnectionString);
        var tenant = _team.TenantId;
        foreach (var (person, i) in People.Select((p, i) => (p, i)))
        {
            var member = Account($"m{i}", person.Name);
            _sharing.Add(member);
            await _team.AddProfileAsync(member, person.Accomplish, person.ConnectWith, person.Offer);
        }

        // Ada (the admin) never chatted; Ben started but did not finish; Pat finished and is on a break; Quinn keeps to themselves.
        var pat = Account("pat", "Pat Resting");
        var quinn = Account("quinn", "Quinn Private");
        await _team.AddProfileAsync(pat, "Learn Rust.", "someone who writes Rust", "Kotlin.");
        await _team.AddProfileAsync(quinn, "Learn Go.", "someone who writes Go", "Java.");
        await ChangeProfileAsync(pat, p => p with { PausedUntil = DateTimeOffset.MaxValue });
        await ChangeProfileAsync(quinn, p => p with { Consent = false });
        await ChangeProfileAsync(_team.Ben, _ => new Profile { TenantId = tenant, MemberId = _team.Ben.AadObjectId!, Name = _team.Ben.Name, Accomplish = "Half an answer" });
        _team.Bot.Connector.AddMembers(AdminTeam.TeamId, [.. _sharing, pat, quinn]);
    }

    public async Task DisposeAsync() => await _team.DisposeAsync();

    [Fact]
    public async Task Before_the_first_round_the_admin_sees_the_members_and_when_the_first_round_is()
    {
        await _team.MentionAsync(_team.Ada, "stats");

        var card = Assert.Single(_team.SentCards);
        Assert.Equal(Funnel(onRoster: 10, invited: 9, answered: 8, sharing: 7, paused: 1), StatsCardTests.Facts(card));

        // Installed on Wednesday 18 November; rounds run on Mondays at 09:00 UTC.
        Assert.Contains(StatsStrings.NoRoundsFirstOn("Monday 23 November 2026, 09:00 (UTC)"), AdminTeam.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("Contoso", AdminTeam.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_round_the_admin_sees_what_became_of_its_intros()
    {
        var intros = await RunRoundAsync();
        Assert.Equal(3, intros.Count);
        var connected = intros[0];
        var passed = intros[1];
        await PressAsync(connected, 0, IntrosVerbs.Accept);
        await PressAsync(connected, 1, IntrosVerbs.Accept);
        await PressAsync(passed, 1, IntrosVerbs.Pass);
        await PressAsync(connected, 0, IntrosVerbs.FollowUp, new { introId = connected.IntroId, outcome = "met" });
        var before = _team.SentCards.Count;

        await _team.MentionAsync(_team.Ada, "stats", AdminTeam.RandomChannelId);

        var card = _team.SentCards[before];
        var text = AdminTeam.TextOf(card);
        Assert.Contains("Monday 23 November 2026", text, StringComparison.Ordinal);
        Assert.Contains(StatsStrings.RoundCounts(3, 1, 1, 0, 1, 1), text, StringComparison.Ordinal);
        Assert.Contains(StatsStrings.RoundAccepted(33), text, StringComparison.Ordinal);
        Assert.Equal([("1", "good"), ("1", "attention"), ("1", "emphasis")], StatsCardTests.Segments(Assert.Single(StatsCardTests.Bars(card))));
        Assert.Equal(Funnel(onRoster: 10, invited: 9, answered: 8, sharing: 7, paused: 1), StatsCardTests.Facts(card));

        // The card went to the channel the admin asked in.
        Assert.StartsWith(AdminTeam.RandomChannelId, _team.Bot.Connector.OutgoingActivities.Last(a => a.Attachments?.Count > 0).Conversation!.Id!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_week_later_the_next_round_comes_first_and_the_unanswered_intros_have_expired()
    {
        var first = await RunRoundAsync();
        await PressAsync(first[0], 0, IntrosVerbs.Accept);
        await PressAsync(first[0], 1, IntrosVerbs.Accept);

        // Two newcomers who suit each other: the pairs still open are not suggested again, so the next round needs them.
        var gavin = Account("gavin", "Gavin Doherty");
        var sara = Account("sara", "Sara Lind");
        await _team.AddProfileAsync(gavin, "Plan iced-tea promotions around heatwaves instead of guessing.", "someone who can tell me if hot spells really sell more iced tea", "I did the post-mortem on every supermarket promotion we ran last year.");
        await _team.AddProfileAsync(sara, "Get more people using our sales forecasts.", "someone who has watched a lot of in-store deals play out", "I lined up three years of Met Office temperature records against till data.");
        _team.Bot.Connector.AddMembers(AdminTeam.TeamId, [gavin, sara]);

        var second = await RunRoundAsync(TimeSpan.FromDays(1));

        var response = await _team.ExecuteAsync(_team.Ada, StatsVerbs.Show, channelId: AdminTeam.GeneralId);
        var card = AdminTeam.CardOf(response);
        var text = AdminTeam.TextOf(card);
        var newest = text.IndexOf("Monday 30 November 2026", StringComparison.Ordinal);
        var older = text.IndexOf("Monday 23 November 2026", StringComparison.Ordinal);
        Assert.True(newest >= 0 && newest < older);
        Assert.Contains(StatsStrings.RoundCounts(3, 1, 0, 2, 0, 0), text, StringComparison.Ordinal);
        Assert.Equal(first.Count + second.Count, (await AllIntrosAsync()).Count);
    }

    [Fact]
    public async Task The_stats_button_answers_the_admin_with_the_same_card()
    {
        await RunRoundAsync();
        await _team.MentionAsync(_team.Ada, "stats");
        var sent = _team.SentCards[^1];

        var response = await _team.ExecuteAsync(_team.Ada, StatsVerbs.Show);

        Assert.Equal(AdminTeam.TextOf(sent), AdminTeam.TextOf(AdminTeam.CardOf(response)));
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_is_refused_in_the_channel()
    {
        await RunRoundAsync();
        var before = _team.Bot.Connector.OutgoingActivities.Count;

        await _team.MentionAsync(_team.Ben, "stats");

        var replies = _team.Bot.Connector.OutgoingActivities.Skip(before).ToList();
        Assert.Equal([AdminStrings.NotAdmin], replies.Select(r => r.Text));
        Assert.All(replies, r => Assert.Empty(r.Attachments ?? []));
    }

    [Fact]
    public async Task A_hand_made_stats_invoke_from_a_non_admin_is_refused()
    {
        await RunRoundAsync();

        var response = await _team.ExecuteAsync(_team.Ben, StatsVerbs.Show);

        Assert.Equal(AdminStrings.NotAdmin, AdminTeam.MessageOf(response));
    }

    [Fact]
    public async Task A_stats_invoke_naming_another_team_is_refused_even_for_the_admin()
    {
        var response = await _team.ExecuteAsync(_team.Ada, StatsVerbs.Show, new { teamId = "19:other-team@thread.tacv2" });

        Assert.Equal(AdminStrings.NotAdmin, AdminTeam.MessageOf(response));
    }

    [Fact]
    public async Task When_the_roster_cannot_be_read_the_rounds_are_still_shown()
    {
        await RunRoundAsync();
        _team.Bot.Connector.Script(FakeRoute.GetPagedMembers, FakeResponse.Error(403, "Forbidden"));

        var card = AdminTeam.CardOf(await _team.ExecuteAsync(_team.Ada, StatsVerbs.Show));

        var text = AdminTeam.TextOf(card);
        Assert.Contains(StatsStrings.RosterUnavailable, text, StringComparison.Ordinal);
        Assert.Contains(StatsStrings.RoundCounts(3, 0, 0, 0, 3, 0), text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Funnel(int onRoster, int invited, int answered, int sharing, int paused) => new()
    {
        [StatsStrings.OnRoster] = onRoster.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [StatsStrings.Invited] = invited.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [StatsStrings.Answered] = answered.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [StatsStrings.Sharing] = sharing.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [StatsStrings.MembersPaused] = paused.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private TeamsChannelAccount Account(string key, string name) => new()
    {
        Id = $"29:1{key}-{_team.TenantId}",
        Name = name,
        AadObjectId = $"aad-{key}-{_team.TenantId}",
        UserPrincipalName = $"{key}@contoso.example",
    };

    private Task ChangeProfileAsync(TeamsChannelAccount member, Func<Profile, Profile> change) =>
        _team.Services.GetRequiredService<ProfileStore>().UpdateAsync(
            new MemberKey(_team.TenantId, member.AadObjectId!, member.Id!, null),
            current => change(current ?? new Profile { TenantId = _team.TenantId, MemberId = member.AadObjectId! }),
            default);

    /// <summary>Moves the clock to the next Monday's slot (and <paramref name="later"/>), lets the scheduler run the round, and returns its intros.</summary>
    private async Task<List<IntroRecord>> RunRoundAsync(TimeSpan? later = null)
    {
        var before = (await AllIntrosAsync()).Select(i => i.IntroId).ToHashSet(StringComparer.Ordinal);
        _team.Clock.Advance(TimeSpan.FromDays(6) + (later ?? TimeSpan.Zero));
        await _team.TickAsync();
        var intros = (await AllIntrosAsync()).Where(i => !before.Contains(i.IntroId)).ToList();
        Assert.NotEmpty(intros);
        Assert.All(intros, i => Assert.Equal(IntroState.Posted, i.State));
        return intros;
    }

    private async Task<List<IntroRecord>> AllIntrosAsync()
    {
        var list = new List<IntroRecord>();
        await foreach (var intro in _team.Services.GetRequiredService<IntroStore>().ListAsync(_team.TenantId, AdminTeam.TeamId))
        {
            list.Add(intro);
        }

        return [.. list.OrderBy(i => i.IntroId, StringComparer.Ordinal)];
    }

    /// <summary>A named member presses a button on an intro's card in the channel it was posted in.</summary>
    private async Task PressAsync(IntroRecord intro, int party, string verb, object? data = null)
    {
        var who = _sharing.Single(m => m.AadObjectId == intro.Parties[party].MemberId);
        var response = await _team.ExecuteAsync(who, verb, data ?? new { introId = intro.IntroId }, intro.ChannelId);
        Assert.NotEqual("application/vnd.microsoft.error", response.GetProperty("type").GetString());
    }
}

public sealed class EmbeddedStatsTests : StatsContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteStatsTests(AzuriteFixture azurite) : StatsContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
