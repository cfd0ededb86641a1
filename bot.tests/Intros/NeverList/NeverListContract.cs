using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Intros.NeverList;
using ConnectorBot.Privacy;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros.NeverList;

/// <summary>
/// "never introduce me to @name", "allow @name" and "never list" through /api/messages: people from mention entities or
/// typed names, resolved through the rosters of the member's teams; the list in export, erased by "forget me" from both
/// sides; one tenant never sees another's. Run on each store by a small subclass.
/// </summary>
public abstract partial class NeverListContract : IAsyncLifetime
{
    protected const string TeamA = "19:team-never-a@thread.tacv2";
    protected const string TeamB = "19:team-never-b@thread.tacv2";
    protected const string TeamElsewhere = "19:team-never-c@thread.tacv2";

    private MemberViewTeams _world = null!;

    protected BotHarness Bot { get; private set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    private MemberViewTeams World => _world;

    private TeamsChannelAccount Me => World.Me;

    private TeamsChannelAccount Ana => World.Person("Ana Lima");

    private TeamsChannelAccount Carl => World.Person("Carl Berg");

    // Two people of one name, in the member's two teams.
    private TeamsChannelAccount SamInA => World.Person("Sam Lee") with { Id = "29:1sam-a-" + World.TenantId, AadObjectId = "aad-sam-a-" + World.TenantId };

    private TeamsChannelAccount SamInB => World.Person("Sam Lee") with { Id = "29:1sam-b-" + World.TenantId, AadObjectId = "aad-sam-b-" + World.TenantId };

    // In a team the bot is in, but not one of the member's.
    private TeamsChannelAccount Stranger => World.Person("Dora Stranger");

    public async Task InitializeAsync()
    {
        Bot = await BotHarness.StartAsync(StorageConnectionString);
        _world = new MemberViewTeams(Bot);
        await World.InstallAsync(TeamA, "Contoso", Me, Ana, SamInA);
        await World.InstallAsync(TeamB, "Fabrikam", Me, Carl, SamInB);
        await World.InstallAsync(TeamElsewhere, "Elsewhere", Stranger, Ana);
    }

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task Never_with_a_mention_keeps_the_two_apart_both_ways_and_tells_nobody()
    {
        var before = Bot.Connector.OutgoingActivities.Count;

        var reply = await World.SayAsync(Me, "never introduce me to", Ana);

        Assert.Equal(NeverStrings.Added("**Ana Lima**"), reply);
        Assert.Equal(1, Bot.Connector.OutgoingActivities.Count - before);
        Assert.DoesNotContain(Bot.Connector.OutgoingActivities, a => a.Conversation?.Id?.Contains(Ana.Id!, StringComparison.Ordinal) == true);
        Assert.Equal([Ana.AadObjectId!], await ExcludedForAsync(Me));
        Assert.Equal([Me.AadObjectId!], await ExcludedForAsync(Ana));
        var many = await Never.ExcludedForAsync(World.TenantId, [Me.AadObjectId!, Ana.AadObjectId!, Carl.AadObjectId!], default);
        Assert.Equal([Ana.AadObjectId!], many[Me.AadObjectId!]);
        Assert.Equal([Me.AadObjectId!], many[Ana.AadObjectId!]);
        Assert.False(many.ContainsKey(Carl.AadObjectId!));
    }

    [Theory]
    [InlineData("never")]
    [InlineData("block")]
    [InlineData("Please never introduce me to")]
    public async Task The_short_forms_with_a_mention_add_the_person_too(string text)
    {
        var reply = await World.SayAsync(Me, text, Carl);

        Assert.Equal(NeverStrings.Added("**Carl Berg**"), reply);
        Assert.Equal([Carl.AadObjectId!], await ExcludedForAsync(Me));
    }

    [Fact]
    public async Task A_typed_name_is_found_among_the_members_teammates_exactly_or_ignoring_case()
    {
        Assert.Equal(NeverStrings.Added("**Carl Berg**"), await World.SayAsync(Me, "never introduce me to carl berg"));
        Assert.Equal(NeverStrings.Added("**Ana Lima**"), await World.SayAsync(Me, "never @Ana Lima"));

        Assert.Equal([Ana.AadObjectId!, Carl.AadObjectId!], (await ExcludedForAsync(Me)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_typed_name_two_teammates_share_asks_for_a_mention_and_changes_nothing()
    {
        var reply = await World.SayAsync(Me, "never introduce me to Sam Lee");

        Assert.Equal(NeverStrings.Ambiguous("**Sam Lee**"), reply);
        Assert.Empty(await ExcludedForAsync(Me));

        // The mention says which Sam.
        Assert.Equal(NeverStrings.Added("**Sam Lee**"), await World.SayAsync(Me, "never", SamInB));
        Assert.Equal([SamInB.AadObjectId!], await ExcludedForAsync(Me));
    }

    [Fact]
    public async Task An_unknown_name_and_someone_outside_the_members_teams_get_a_friendly_answer_that_reveals_nothing()
    {
        Assert.Equal(NeverStrings.NotFound("**Nobody Here**"), await World.SayAsync(Me, "never introduce me to Nobody Here"));

        // Dora is on a roster the bot knows, but not in a team with the member: the same answer as for nobody at all.
        Assert.Equal(NeverStrings.NotFound("**Dora Stranger**"), await World.SayAsync(Me, "never introduce me to Dora Stranger"));
        Assert.Equal(NeverStrings.NotInYourTeams("**Dora Stranger**"), await World.SayAsync(Me, "never", Stranger));
        Assert.Empty(await ExcludedForAsync(Me));
    }

    [Fact]
    public async Task Naming_yourself_or_nobody_is_answered_kindly()
    {
        Assert.Equal(NeverStrings.NotYourself, await World.SayAsync(Me, "never", Me));
        Assert.Equal(NeverStrings.NotYourself, await World.SayAsync(Me, "never introduce me to " + Me.Name));
        Assert.Equal(NeverStrings.NeverWho, await World.SayAsync(Me, "never"));
        Assert.Equal(NeverStrings.AllowWho, await World.SayAsync(Me, "allow"));
        Assert.Empty(await ExcludedForAsync(Me));
    }

    [Fact]
    public async Task Adding_twice_keeps_one_line_and_says_so()
    {
        await World.SayAsync(Me, "never", Ana);

        Assert.Equal(NeverStrings.AlreadyListed("**Ana Lima**"), await World.SayAsync(Me, "block", Ana));
        Assert.Single(await Store.ListAsync(World.TenantId, Me.AadObjectId!, default));
    }

    [Fact]
    public async Task Allow_with_a_mention_or_the_typed_name_undoes_it_and_never_list_shows_who_is_on_it()
    {
        Assert.Equal(NeverStrings.ListEmpty, await World.SayAsync(Me, "never list"));
        await World.SayAsync(Me, "never", Ana);
        await World.SayAsync(Me, "never", Carl);

        Assert.Equal(NeverStrings.ListOf("**Ana Lima**, **Carl Berg**"), await World.SayAsync(Me, "never list"));

        Assert.Equal(NeverStrings.Allowed("**Ana Lima**"), await World.SayAsync(Me, "allow", Ana));
        Assert.Equal(NeverStrings.Allowed("**Carl Berg**"), await World.SayAsync(Me, "unblock CARL BERG"));
        Assert.Empty(await ExcludedForAsync(Me));
        Assert.Empty(await ExcludedForAsync(Ana));
        Assert.Equal(NeverStrings.NotListed("**Ana Lima**"), await World.SayAsync(Me, "allow", Ana));
    }

    [Fact]
    public async Task Never_list_and_the_replies_escape_names()
    {
        var odd = World.Person("**Bold** <b>x</b>");
        await World.InstallAsync("19:team-odd@thread.tacv2", "Odd", Me, odd);

        var reply = await World.SayAsync(Me, "never", odd);

        Assert.DoesNotContain("**Bold**", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(odd.AadObjectId!, await World.SayAsync(Me, "never list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sentences_that_start_like_a_command_stay_interview_answers()
    {
        await World.SayAsync(Me, "hi");

        var reply = await World.SayAsync(Me, "block chain experts who shipped a product");

        Assert.Empty(await ExcludedForAsync(Me));
        Assert.DoesNotContain(NeverStrings.NeverWho, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_lists_the_members_own_never_list_but_not_who_listed_them()
    {
        await World.SayAsync(Me, "never", Ana);
        await World.SayAsync(Ana, "never", Me);

        var mine = await Rights.ExportAsync(Key(Me), default);
        var row = Assert.Single(mine.Tables[NeverListStore.TableName]);
        Assert.Equal("Ana Lima", row["ExcludedName"]);
        Assert.Equal(Ana.AadObjectId, row["ExcludedId"]);

        // The summary card counts it in the member's words.
        var sent = await World.SendAsync(World.Message(Me, "export"));
        var card = sent.First(a => a.Attachments?.FirstOrDefault()?.ContentType == Attachment.AdaptiveCardContentType);
        Assert.Contains(PrivacyStrings.NeverList, card.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);

        // Ana's copy has her own line only: that Me listed her is Me's private choice.
        var hers = await Rights.ExportAsync(Key(Ana), default);
        Assert.Equal(Me.AadObjectId, Assert.Single(hers.Tables[NeverListStore.TableName])["ExcludedId"]);
    }

    [Fact]
    public async Task Forget_me_erases_the_members_own_never_list()
    {
        await World.AnsweredAsync(Me);
        await World.SayAsync(Me, "never", Ana);
        await World.SayAsync(Me, "never", Carl);

        await World.SayAsync(Me, "forget me");
        await World.SayAsync(Me, "yes");

        Assert.Empty(await Store.ListAsync(World.TenantId, Me.AadObjectId!, default));
        Assert.Empty(await ExcludedForAsync(Ana));
        Assert.Empty(await ExcludedForAsync(Carl));
    }

    [Fact]
    public async Task Forget_me_of_the_person_named_erases_them_from_everyone_elses_never_list()
    {
        await World.AnsweredAsync(Ana);
        await World.SayAsync(Me, "never", Ana);
        await World.InstallAsync("19:team-carl-ana@thread.tacv2", "Shared", Carl, Ana);
        await World.SayAsync(Carl, "never introduce me to Ana Lima");

        await World.SayAsync(Ana, "forget me");
        await World.SayAsync(Ana, "yes");

        Assert.Empty(await Store.ListAsync(World.TenantId, Me.AadObjectId!, default));
        Assert.Empty(await Store.ListAsync(World.TenantId, Carl.AadObjectId!, default));
        Assert.Empty(await ExcludedForAsync(Ana));
        Assert.Equal(NeverStrings.ListEmpty, await World.SayAsync(Me, "never list"));
    }

    [Fact]
    public async Task Another_tenants_never_lists_are_never_seen_or_touched()
    {
        var other = "tenant-other-" + Guid.NewGuid().ToString("N");
        var theirs = new NeverEntry { TenantId = other, MemberId = Me.AadObjectId!, ExcludedId = Carl.AadObjectId!, ExcludedName = "Carl Berg" };
        var naming = new NeverEntry { TenantId = other, MemberId = Carl.AadObjectId!, ExcludedId = Me.AadObjectId!, ExcludedName = "Ben One" };
        await Store.AddAsync(theirs, default);
        await Store.AddAsync(naming, default);

        Assert.Empty(await ExcludedForAsync(Me));
        Assert.Empty(await Never.ExcludedForAsync(World.TenantId, [Me.AadObjectId!, Carl.AadObjectId!], default));
        Assert.Equal(NeverStrings.ListEmpty, await World.SayAsync(Me, "never list"));

        // Erasing the member here leaves the other tenant's rows as they are.
        await Store.EraseAsync(Key(Me), default);
        Assert.Single(await Store.ListAsync(other, Me.AadObjectId!, default));
        Assert.Equal([Me.AadObjectId!], await Never.ExcludedForAsync(other, Carl.AadObjectId!, default));
    }

    private NeverListStore Store => Bot.Services.GetRequiredService<NeverListStore>();

    private INeverList Never => Bot.Services.GetRequiredService<INeverList>();

    private MemberDataRights Rights => Bot.Services.GetRequiredService<MemberDataRights>();

    private MemberKey Key(TeamsChannelAccount member) => new(World.TenantId, member.AadObjectId!, member.Id!, null);

    private async Task<List<string>> ExcludedForAsync(TeamsChannelAccount member) =>
        [.. await Never.ExcludedForAsync(World.TenantId, member.AadObjectId!, default)];
}

public sealed class EmbeddedNeverListTests : NeverListContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteNeverListTests(AzuriteFixture azurite) : NeverListContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
