using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Storage;
using ConnectorBot.Storage.Records;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// The round's meanings from a loopback Azure OpenAI, kept in the Meanings table: run on each table store by a small
/// subclass. The table is shared by every test of a store, so each test works in tenants of its own.
/// </summary>
public abstract class MemberMeaningsContract : IAsyncLifetime
{
    private FakeAzureOpenAi _fake = null!;
    private EmbeddingsHost _host = null!;

    protected abstract TableServiceClient CreateService();

    public async Task InitializeAsync()
    {
        _fake = await FakeAzureOpenAi.StartAsync();
        _host = EmbeddingsHost.Create(_fake, CreateService());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private IMemberMeanings Meanings => _host.Get<IMemberMeanings>();

    private MeaningStore Store => _host.Get<MeaningStore>();

    [Fact]
    public async Task Every_member_gets_the_embeddings_of_their_ask_and_offer_texts_in_batches()
    {
        var tenant = NewTenant();
        var members = People(5);

        var meanings = await ForAsync(tenant, members);

        // 5 members, an ask and an offer each: 10 texts, 4 per request.
        Assert.Equal([4, 4, 2], _fake.Calls.Select(c => c.Input.Count));
        Assert.Equal(members.SelectMany(m => new[] { TextMeaning.AskText(m), TextMeaning.OfferText(m) }).Order(), _fake.Embedded.Order());
        Assert.Equal(members.Select(m => m.Id).Order(), meanings.Keys.Order());
        foreach (var member in members)
        {
            Assert.Equal(FakeAzureOpenAi.VectorFor(TextMeaning.AskText(member)), meanings[member.Id].Ask);
            Assert.Equal(FakeAzureOpenAi.VectorFor(TextMeaning.OfferText(member)), meanings[member.Id].Offer);
        }

        var stored = await Store.ReadAsync(tenant, [.. members.Select(m => m.Id)], CancellationToken.None);
        Assert.Equal(5, stored.Count);
        var ada = stored[members[0].Id];
        Assert.Equal(AzureOpenAiMemberMeanings.TextHash(EmbeddingsHost.Deployment, TextMeaning.AskText(members[0]), TextMeaning.OfferText(members[0])), ada.TextHash);
        Assert.Equal(meanings[members[0].Id].Ask, ada.Ask);
        Assert.Equal(meanings[members[0].Id].Offer, ada.Offer);
    }

    [Fact]
    public async Task Unchanged_answers_are_not_embedded_again_and_a_changed_answer_re_embeds_only_that_member()
    {
        var tenant = NewTenant();
        var members = People(5);
        var first = await ForAsync(tenant, members);
        var callsBefore = _fake.Calls.Count;

        var again = await ForAsync(tenant, members);

        Assert.Equal(callsBefore, _fake.Calls.Count);
        Assert.Equal(first.Keys.Order(), again.Keys.Order());
        Assert.All(members, m => Assert.Equal(first[m.Id].Ask, again[m.Id].Ask));
        Assert.All(members, m => Assert.Equal(first[m.Id].Offer, again[m.Id].Offer));

        var changed = members.Select((m, i) => i == 2 ? m with { Offer = "Now I can teach conversational Portuguese" } : m).ToList();
        var third = await ForAsync(tenant, changed);

        var call = Assert.Single(_fake.Calls.Skip(callsBefore));
        Assert.Equal([TextMeaning.AskText(changed[2]), TextMeaning.OfferText(changed[2])], call.Input);
        Assert.Equal(FakeAzureOpenAi.VectorFor(TextMeaning.OfferText(changed[2])), third[changed[2].Id].Offer);
        Assert.Equal(5, third.Count);
    }

    [Fact]
    public async Task A_large_round_reads_the_stored_rows_and_embeds_nothing_new()
    {
        var tenant = NewTenant();
        var members = People(MeaningStore.PointReadLimit + 20);
        var first = await ForAsync(tenant, members);
        var callsBefore = _fake.Calls.Count;

        var again = await ForAsync(tenant, members);

        Assert.Equal(members.Count, first.Count);
        Assert.Equal(callsBefore, _fake.Calls.Count);
        Assert.All(members, m => Assert.Equal(first[m.Id].Ask, again[m.Id].Ask));
    }

    [Fact]
    public async Task A_provider_failure_gives_an_empty_map_and_a_warning_without_the_texts()
    {
        var tenant = NewTenant();
        var members = People(3);
        _fake.FailNext(500, times: 10);

        var meanings = await ForAsync(tenant, members);

        Assert.Empty(meanings);
        Assert.Equal(4, _fake.Calls.Count);
        var warning = Assert.Single(_host.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(tenant, warning.Text, StringComparison.Ordinal);
        Assert.Contains("500", warning.Text, StringComparison.Ordinal);
        Assert.Contains("3 members", warning.Text, StringComparison.Ordinal);
        var secrets = members.SelectMany(m => new[] { m.Accomplish, m.ConnectWith, m.Offer }).Append(EmbeddingsHost.ApiKey).ToList();
        Assert.DoesNotContain(_host.Logs.Texts, t => secrets.Any(s => t.Contains(s, StringComparison.Ordinal)));
        Assert.Empty(await Store.ReadAsync(tenant, [.. members.Select(m => m.Id)], CancellationToken.None));
    }

    [Fact]
    public async Task A_throttled_round_waits_and_then_gets_every_meaning()
    {
        var tenant = NewTenant();
        var members = People(2);
        _fake.FailNext(429, retryAfter: "3");

        var meanings = await ForAsync(tenant, members);

        Assert.Equal(2, meanings.Count);
        Assert.Equal(2, _fake.Calls.Count);
    }

    [Fact]
    public async Task The_same_member_id_in_two_tenants_keeps_two_rows()
    {
        var (north, south) = (NewTenant(), NewTenant());
        var inNorth = new MatchProfile("shared-id", "Ada", string.Empty, string.Empty, "Open a bakery", "A flour supplier", "Sourdough baking");
        var inSouth = inNorth with { Accomplish = "Run a marathon", ConnectWith = "A running coach", Offer = "Spreadsheet skills" };
        var fromNorth = await ForAsync(north, [inNorth]);

        var fromSouth = await ForAsync(south, [inSouth]);

        // South's row was not taken from North's: its own texts were embedded.
        Assert.Equal([TextMeaning.AskText(inSouth), TextMeaning.OfferText(inSouth)], _fake.Calls[^1].Input);
        Assert.Equal(FakeAzureOpenAi.VectorFor(TextMeaning.AskText(inSouth)), fromSouth["shared-id"].Ask);
        var northRow = (await Store.ReadAsync(north, ["shared-id"], CancellationToken.None))["shared-id"];
        Assert.Equal(fromNorth["shared-id"].Ask, northRow.Ask);
        Assert.Equal(north, northRow.TenantId);

        var callsBefore = _fake.Calls.Count;
        await ForAsync(north, [inNorth]);
        Assert.Equal(callsBefore, _fake.Calls.Count);
    }

    [Fact]
    public async Task Export_and_forget_me_cover_the_meanings_of_the_member_in_that_tenant_only()
    {
        var (tenant, other) = (NewTenant(), NewTenant());
        var members = People(2);
        await ForAsync(tenant, members);
        await ForAsync(other, members);
        var data = Assert.Single(_host.Services.GetServices<IMemberData>(), d => d.Name == MeaningStore.TableName);
        var member = new MemberKey(tenant, members[0].Id, "29:1" + members[0].Id, null);

        var exported = Assert.Single(await data.ExportAsync(member, CancellationToken.None));

        Assert.Equal(tenant, exported["TenantId"]);
        Assert.Equal(members[0].Id, exported["MemberId"]);
        Assert.Equal(FakeAzureOpenAi.DefaultDimensions, exported["Dimensions"]);
        Assert.Equal(AzureOpenAiMemberMeanings.TextHash(EmbeddingsHost.Deployment, TextMeaning.AskText(members[0]), TextMeaning.OfferText(members[0])), exported["TextHash"]);
        Assert.Equal(MeaningEntity.Encode(FakeAzureOpenAi.VectorFor(TextMeaning.AskText(members[0]))), exported["Ask"]);
        Assert.True(exported.ContainsKey("Offer"));
        Assert.True(exported.ContainsKey("UpdatedAt"));

        Assert.Equal(1, await data.EraseAsync(member, CancellationToken.None));

        Assert.Empty(await data.ExportAsync(member, CancellationToken.None));
        Assert.Equal(0, await data.EraseAsync(member, CancellationToken.None));
        Assert.Equal([members[1].Id], (await Store.ReadAsync(tenant, [.. members.Select(m => m.Id)], CancellationToken.None)).Keys);
        Assert.Equal(2, (await Store.ReadAsync(other, [.. members.Select(m => m.Id)], CancellationToken.None)).Count);

        // Forgotten, then back in a round: embedded afresh.
        var callsBefore = _fake.Calls.Count;
        var meanings = await ForAsync(tenant, members);
        Assert.Equal(2, meanings.Count);
        Assert.Equal([TextMeaning.AskText(members[0]), TextMeaning.OfferText(members[0])], Assert.Single(_fake.Calls.Skip(callsBefore)).Input);
    }

    [Fact]
    public async Task Members_with_identical_texts_are_embedded_once_and_an_empty_text_gets_a_zero_vector()
    {
        var tenant = NewTenant();
        var twin = new MatchProfile("twin-1", "Ann", string.Empty, string.Empty, "Learn Rust", "A Rust mentor", "Python tutoring");
        var quiet = new MatchProfile("quiet", "Quinn", string.Empty, string.Empty, string.Empty, string.Empty, "Woodworking");

        var meanings = await ForAsync(tenant, [twin, twin with { Id = "twin-2" }, quiet]);

        Assert.Equal(3, meanings.Count);
        Assert.Equal([TextMeaning.AskText(twin), TextMeaning.OfferText(twin), TextMeaning.OfferText(quiet)], _fake.Embedded);
        Assert.Equal(meanings["twin-1"].Ask, meanings["twin-2"].Ask);
        Assert.Equal(new float[FakeAzureOpenAi.DefaultDimensions], meanings["quiet"].Ask);
    }

    [Fact]
    public async Task Someone_who_says_forget_me_while_being_embedded_keeps_no_embedding()
    {
        var tenant = NewTenant();
        var members = People(3);
        var leaving = new MemberKey(tenant, members[1].Id, "29:leaving", null);
        _fake.WhileEmbedding = async () => await Profiles.EraseAsync(leaving, CancellationToken.None);

        await ForAsync(tenant, members);

        var kept = await Store.ReadAsync(tenant, [.. members.Select(m => m.Id)], CancellationToken.None);
        Assert.Equal([members[0].Id, members[2].Id], kept.Keys.Order(StringComparer.Ordinal));
    }

    private ProfileStore Profiles => _host.Get<ProfileStore>();

    /// <summary>The round's members have profiles (the round reads them first); then their meanings are asked for.</summary>
    private async Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenant, IReadOnlyList<MatchProfile> members)
    {
        foreach (var member in members.DistinctBy(m => m.Id))
        {
            await Profiles.UpdateAsync(
                new MemberKey(tenant, member.Id, "29:" + member.Id, null),
                existing => existing ?? new Profile { TenantId = tenant, MemberId = member.Id, Name = member.Name, Accomplish = member.Accomplish, ConnectWith = member.ConnectWith, Offer = member.Offer, Consent = true },
                CancellationToken.None);
        }

        return await Meanings.ForAsync(tenant, members, CancellationToken.None);
    }

    private static string NewTenant() => Guid.NewGuid().ToString();

    private static List<MatchProfile> People(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new MatchProfile(
                $"member-{i:D3}",
                $"Person {i}",
                string.Empty,
                string.Empty,
                $"Launch product line {i} in Lisbon",
                $"Someone in logistics for region {i}",
                $"Pricing advice, case {i}"))
            .ToList();
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteMemberMeaningsTests(AzuriteFixture azurite) : MemberMeaningsContract
{
    protected override TableServiceClient CreateService() => azurite.CreateServiceClient();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedMemberMeaningsTests(EmbeddedStoreFixture embedded) : MemberMeaningsContract
{
    protected override TableServiceClient CreateService() => embedded.CreateServiceClient();
}
