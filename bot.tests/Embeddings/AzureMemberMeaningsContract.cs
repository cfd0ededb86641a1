using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// Azure OpenAI as the provider (a loopback fake), the local model behind it: rounds use Azure's stored vectors, and the
/// local ones when Azure fails, never none. Run on each table store by a small subclass, in tenants of each test's own.
/// </summary>
public abstract class AzureMemberMeaningsContract : IAsyncLifetime
{
    private static readonly string AzureModel = "azure-openai/" + EmbeddingsHost.Deployment;

    private FakeAzureOpenAi _fake = null!;
    private EmbeddingsHost _host = null!;

    protected abstract ITableStore CreateStore();

    public async Task InitializeAsync()
    {
        _fake = await FakeAzureOpenAi.StartAsync();
        _host = EmbeddingsHost.Create(_fake, CreateStore());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private IMemberMeanings Round => _host.Get<IMemberMeanings>();

    private MeaningStore Store => _host.Get<MeaningStore>();

    private ProfileStore Profiles => _host.Get<ProfileStore>();

    [Fact]
    public async Task A_round_uses_azure_openai_in_batches_with_asks_apart_and_keeps_the_vectors()
    {
        var tenant = NewTenant();
        var members = People(5);
        await SeedProfilesAsync(tenant, members);

        var meanings = await Round.ForAsync(tenant, members, CancellationToken.None);

        // 5 asks, then 10 offers and goals, 4 texts per request.
        Assert.Equal([4, 1, 4, 4, 2], _fake.Calls.Select(c => c.Input.Count));
        Assert.Equal(members.Select(m => m.Id).Order(), meanings.Keys.Order());
        foreach (var member in members)
        {
            Assert.Equal(AzureModel, meanings[member.Id].Model);
            Assert.Equal(1, meanings[member.Id].Parts);
            AssertClose(Unit(FakeAzureOpenAi.VectorFor(TextMeaning.AskText(member))), meanings[member.Id].Ask);
            AssertClose(Unit(FakeAzureOpenAi.VectorFor(TextMeaning.GoalText(member))), meanings[member.Id].Goal);
        }

        var stored = await Store.ReadAsync(tenant, EmbeddingsOptions.AzureOpenAiProvider, [.. members.Select(m => m.Id)], CancellationToken.None);
        Assert.Equal(5, stored.Count);
        Assert.Equal(MemberMeanings.TextHash(AzureModel, TextMeaning.AskText(members[0]), TextMeaning.OfferText(members[0]), TextMeaning.GoalText(members[0])), stored[members[0].Id].TextHash);

        var calls = _fake.Calls.Count;
        var again = await Round.ForAsync(tenant, members, CancellationToken.None);
        Assert.Equal(calls, _fake.Calls.Count);
        Assert.All(members, m => Assert.Equal(meanings[m.Id].Offer, again[m.Id].Offer));
    }

    [Fact]
    public async Task When_azure_openai_fails_the_round_gets_the_local_vectors_and_a_warning_without_the_texts()
    {
        var tenant = NewTenant();
        var members = People(3);
        await SeedProfilesAsync(tenant, members);
        _fake.FailNext(500, times: 10);

        var meanings = await Round.ForAsync(tenant, members, CancellationToken.None);

        Assert.Equal(members.Select(m => m.Id).Order(), meanings.Keys.Order());
        Assert.All(meanings.Values, m => Assert.Equal(SharedLocalModel.Model.Model, m.Model));
        Assert.Equal(4, _fake.Calls.Count);
        var warning = Assert.Single(_host.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(tenant, warning.Text, StringComparison.Ordinal);
        Assert.Contains("AzureOpenAI", warning.Text, StringComparison.Ordinal);
        Assert.Contains("status 500", warning.Text, StringComparison.Ordinal);
        Assert.Contains("3 members", warning.Text, StringComparison.Ordinal);
        var secrets = members.SelectMany(m => new[] { m.Accomplish, m.ConnectWith, m.Offer }).Append(EmbeddingsHost.ApiKey).ToList();
        Assert.DoesNotContain(_host.Logs.Texts, t => secrets.Any(s => t.Contains(s, StringComparison.Ordinal)));
        Assert.Empty(await Store.ReadAsync(tenant, EmbeddingsOptions.AzureOpenAiProvider, [.. members.Select(m => m.Id)], CancellationToken.None));
        Assert.Equal(3, (await Store.ReadAsync(tenant, EmbeddingsOptions.LocalProvider, [.. members.Select(m => m.Id)], CancellationToken.None)).Count);
    }

    [Fact]
    public async Task In_the_background_both_providers_rows_are_kept_and_azure_being_down_leaves_the_local_one()
    {
        var tenant = NewTenant();
        var (up, down) = (People(1)[0], People(2)[1]);
        await SeedProfilesAsync(tenant, [up, down]);
        _host.Get<IAnswerWatcher>().Changed(Key(tenant, up));
        await _host.IdleAsync();
        _fake.FailNext(503, times: 100);

        _host.Get<IAnswerWatcher>().Changed(Key(tenant, down));
        await _host.IdleAsync();

        var data = Assert.Single(_host.Services.GetServices<IMemberData>(), d => d.Name == MeaningStore.TableName);
        var both = await data.ExportAsync(Key(tenant, up), CancellationToken.None);
        Assert.Equal([EmbeddingsOptions.LocalProvider, EmbeddingsOptions.AzureOpenAiProvider], both.Select(r => r["Provider"]));
        Assert.Equal([SharedLocalModel.Model.Model, AzureModel], both.Select(r => r["Model"]));
        var localOnly = Assert.Single(await data.ExportAsync(Key(tenant, down), CancellationToken.None));
        Assert.Equal(EmbeddingsOptions.LocalProvider, localOnly["Provider"]);
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("AzureOpenAI", StringComparison.Ordinal) && e.Text.Contains("status 503", StringComparison.Ordinal));

        Assert.Equal(2, await data.EraseAsync(Key(tenant, up), CancellationToken.None));
        Assert.Empty(await data.ExportAsync(Key(tenant, up), CancellationToken.None));
    }

    [Fact]
    public async Task A_throttled_round_waits_and_then_gets_every_meaning_from_azure()
    {
        var tenant = NewTenant();
        var members = People(2);
        await SeedProfilesAsync(tenant, members);
        _fake.FailNext(429, retryAfter: "3");

        var meanings = await Round.ForAsync(tenant, members, CancellationToken.None);

        Assert.Equal(2, meanings.Count);
        Assert.All(meanings.Values, m => Assert.Equal(AzureModel, m.Model));
        Assert.Equal(3, _fake.Calls.Count);
    }

    [Fact]
    public async Task Someone_who_says_forget_me_while_azure_embeds_them_keeps_no_row()
    {
        var tenant = NewTenant();
        var members = People(3);
        var leaving = Key(tenant, members[1]);
        await SeedProfilesAsync(tenant, members);
        _fake.WhileEmbedding = async () => await Profiles.EraseAsync(leaving, CancellationToken.None);

        await Round.ForAsync(tenant, members, CancellationToken.None);

        var kept = await Store.ReadAsync(tenant, EmbeddingsOptions.AzureOpenAiProvider, [.. members.Select(m => m.Id)], CancellationToken.None);
        Assert.Equal([members[0].Id, members[2].Id], kept.Keys.Order(StringComparer.Ordinal));
    }

    private static string NewTenant() => Guid.NewGuid().ToString();

    private static MemberKey Key(string tenant, MatchProfile member) => new(tenant, member.Id, "29:" + member.Id, null);

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), p => Assert.Equal(p.First, p.Second, 1e-5f));
    }

    private static float[] Unit(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }

    private static List<MatchProfile> People(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new MatchProfile($"member-{i:D3}", $"Person {i}", string.Empty, string.Empty, $"Launch product line {i} in Lisbon", $"Someone in logistics for region {i}", $"Pricing advice, case {i}"))
            .ToList();

    private async Task SeedProfilesAsync(string tenant, IEnumerable<MatchProfile> members)
    {
        foreach (var member in members)
        {
            await Profiles.UpdateAsync(
                Key(tenant, member),
                _ => new Profile { TenantId = tenant, MemberId = member.Id, Name = member.Name, Accomplish = member.Accomplish, ConnectWith = member.ConnectWith, Offer = member.Offer, Consent = true },
                CancellationToken.None);
        }
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteAzureMemberMeaningsTests(AzuriteFixture azurite) : AzureMemberMeaningsContract
{
    protected override ITableStore CreateStore() => azurite.CreateStore();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedAzureMemberMeaningsTests(EmbeddedStoreFixture embedded) : AzureMemberMeaningsContract
{
    protected override ITableStore CreateStore() => embedded.CreateStore();
}
