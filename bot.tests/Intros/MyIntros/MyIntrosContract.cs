using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Connector;
using ConnectorBot.Intros;
using ConnectorBot.Intros.MyIntros;
using ConnectorBot.Intros.Stores;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros.MyIntros;

/// <summary>
/// "my intros" through /api/messages: one card with every intro naming the member in any team of their tenant, newest
/// first and bounded, each with the others by name, its state and day; never another tenant's, never an id. Run on each
/// store by a small subclass.
/// </summary>
public abstract class MyIntrosContract : IAsyncLifetime
{
    private const string TeamA = "19:team-mine-a@thread.tacv2";
    private const string TeamB = "19:team-mine-b@thread.tacv2";

    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private MemberViewTeams _world = null!;

    protected BotHarness Bot { get; private set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    private MemberViewTeams World => _world;

    private TeamsChannelAccount Me => World.Me;

    public async Task InitializeAsync()
    {
        Bot = await BotHarness.StartAsync(StorageConnectionString);
        _world = new MemberViewTeams(Bot);
        await World.InstallAsync(TeamA, "Contoso", Me);
        await World.InstallAsync(TeamB, "Fabrikam", Me);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Theory]
    [InlineData("my intros")]
    [InlineData("My intros?")]
    [InlineData("show my introductions")]
    public async Task A_member_without_intros_is_told_so_on_the_card(string text)
    {
        var texts = await MyIntrosAsync(text);

        Assert.Equal(MyIntrosStrings.Title, texts[0]);
        Assert.Contains(MyIntrosStrings.None, texts);
        Assert.Contains(MyIntrosStrings.NeverEmpty, texts);
    }

    [Fact]
    public async Task Intros_in_every_team_of_the_tenant_are_listed_newest_first_with_state_names_team_and_day()
    {
        await AddAsync(TeamA, "Ana Lima", Start, IntroState.Posted);
        await AddAsync(TeamB, "Carl Berg", Start.AddDays(7), IntroState.Connected, mine: Decision.Accepted, theirs: Decision.Accepted);
        await AddAsync(TeamA, "Dana Wu", Start.AddDays(14), IntroState.Passed, theirs: Decision.Passed);
        await AddAsync(TeamB, "Eli Park", Start.AddDays(21), IntroState.Posted, mine: Decision.Accepted);
        await AddAsync(TeamA, "Finn Moe", Start.AddDays(28), IntroState.Expired);
        await AddAsync(TeamA, "Gil Roe", Start.AddDays(35), IntroState.Passed, mine: Decision.Passed);

        var texts = await MyIntrosAsync();

        Assert.Contains(MyIntrosStrings.Count(6), texts);
        var order = new[] { "Gil Roe", "Finn Moe", "Eli Park", "Dana Wu", "Carl Berg", "Ana Lima" }
            .Select(name => texts.IndexOf(MyIntrosStrings.With(name)))
            .ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Equal(MyIntrosStrings.State(MyIntroState.YouPassed), After("Gil Roe"));
        Assert.Equal(MyIntrosStrings.State(MyIntroState.Expired), After("Finn Moe"));
        Assert.Equal(MyIntrosStrings.State(MyIntroState.WaitingForOthers), After("Eli Park"));
        Assert.Equal(MyIntrosStrings.State(MyIntroState.Closed), After("Dana Wu"));
        Assert.Equal(MyIntrosStrings.State(MyIntroState.Connected), After("Carl Berg"));
        Assert.Equal(MyIntrosStrings.State(MyIntroState.WaitingForYou), After("Ana Lima"));
        Assert.Equal("Team intro in Fabrikam · Monday 9 November 2026", texts[texts.IndexOf(MyIntrosStrings.With("Carl Berg")) + 2]);
        Assert.Equal("Team intro in Contoso · Monday 2 November 2026", texts[texts.IndexOf(MyIntrosStrings.With("Ana Lima")) + 2]);
        Assert.All(texts, t => Assert.DoesNotContain("aad-", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain("29:", t, StringComparison.Ordinal));

        string After(string name) => texts[texts.IndexOf(MyIntrosStrings.With(name)) + 1];
    }

    [Fact]
    public async Task A_withdrawn_intro_shows_as_withdrawn_with_a_colleague_for_the_one_who_left()
    {
        var intro = await AddAsync(TeamA, "Ana Lima", Start, IntroState.Posted);
        await Bot.Services.GetRequiredService<IntroStore>().UpdateAsync(
            World.TenantId, TeamA, intro.IntroId, i => IntroWithdrawal.Without(i!, intro.Parties[1].MemberId, Start.AddDays(1)), default);

        var texts = await MyIntrosAsync();

        Assert.Contains(MyIntrosStrings.With(MyIntrosStrings.SomeColleague), texts);
        Assert.Contains(MyIntrosStrings.State(MyIntroState.Withdrawn), texts);
        Assert.DoesNotContain(texts, t => t.Contains("Ana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_last_twenty_are_shown_and_the_card_says_how_many_more_there_are()
    {
        for (var i = 0; i < MyIntrosCard.MaxShown + 3; i++)
        {
            await AddAsync(TeamA, $"Person {i:D2}", Start.AddDays(i), IntroState.Expired);
        }

        var texts = await MyIntrosAsync();

        Assert.Equal(MyIntrosCard.MaxShown, texts.Count(t => t.StartsWith("With ", StringComparison.Ordinal)));
        Assert.Contains(MyIntrosStrings.With("Person 22"), texts);
        Assert.DoesNotContain(MyIntrosStrings.With("Person 02"), texts);
        Assert.Contains(MyIntrosStrings.Older(3), texts);
    }

    [Fact]
    public async Task Another_tenants_intros_naming_the_same_member_id_are_never_shown()
    {
        await AddAsync(TeamA, "Ana Lima", Start, IntroState.Posted);
        await AddAsync(TeamA, "Zed Other", Start.AddDays(1), IntroState.Connected, tenantId: "tenant-elsewhere-" + Guid.NewGuid().ToString("N"));

        var texts = await MyIntrosAsync();

        Assert.Contains(MyIntrosStrings.With("Ana Lima"), texts);
        Assert.DoesNotContain(texts, t => t.Contains("Zed", StringComparison.Ordinal));
        Assert.Contains(MyIntrosStrings.Count(1), texts);
    }

    [Fact]
    public async Task Names_are_escaped_and_the_never_list_is_shown_below()
    {
        var odd = World.Person("**Bold** ${x}");
        await World.InstallAsync("19:team-mine-odd@thread.tacv2", "Odd", Me, odd);
        await AddAsync(TeamA, odd.Name!, Start, IntroState.Posted);
        await World.SayAsync(Me, "never", odd);

        var texts = await MyIntrosAsync();

        Assert.DoesNotContain(texts, t => t.Contains("**Bold**", StringComparison.Ordinal) || t.Contains("${", StringComparison.Ordinal));
        Assert.Contains(MyIntrosStrings.NeverTitle, texts);
        Assert.Contains(MyIntrosStrings.With(CardText.Escape(odd.Name!)), texts);
        Assert.Contains(MyIntrosStrings.NeverNames(CardText.Escape(odd.Name!)), texts);
    }

    private async Task<List<string>> MyIntrosAsync(string text = "my intros")
    {
        var sent = await World.SendAsync(World.Message(Me, text));
        var card = Assert.Single(sent);
        Assert.Equal(MyIntrosStrings.Summary, card.Summary);
        return MemberViewTeams.CardTexts(card);
    }

    private async Task<IntroRecord> AddAsync(string teamId, string other, DateTimeOffset at, IntroState state, Decision? mine = null, Decision? theirs = null, string? tenantId = null)
    {
        var tenant = tenantId ?? World.TenantId;
        var person = World.Person(other);
        var intro = new IntroRecord
        {
            TenantId = tenant,
            TeamId = teamId,
            RoundId = at.ToString("yyyyMMdd'T'HHmm", System.Globalization.CultureInfo.InvariantCulture),
            IntroId = "intro-" + Guid.NewGuid().ToString("N"),
            Parties =
            [
                new IntroParty { MemberId = Me.AadObjectId!, UserId = Me.Id!, Name = Me.Name!, Decision = mine },
                new IntroParty { MemberId = person.AadObjectId!, UserId = person.Id!, Name = other, Decision = theirs },
            ],
            Reason = "Both ship things.",
            State = state,
            ServiceUrl = Bot.Connector.ServiceUrl.ToString(),
            ChannelId = teamId,
            CreatedAt = at,
            PostedAt = state == IntroState.Planned ? null : at,
        };
        await Bot.Services.GetRequiredService<IntroStore>().AddManyAsync([intro]);
        return intro;
    }
}

public sealed class EmbeddedMyIntrosTests : MyIntrosContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteMyIntrosTests(AzuriteFixture azurite) : MyIntrosContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
