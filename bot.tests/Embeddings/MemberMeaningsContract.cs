using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Privacy;
using ConnectorBot.Storage;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>
/// Members' vectors from the local sentence model (the default provider), kept in the Meanings table: embedded in the
/// background when answers change, reused by rounds, bounded per round, erased with the member. Run on each table store
/// by a small subclass; the table is shared by every test of a store, so each test works in tenants of its own.
/// </summary>
public abstract class MemberMeaningsContract : IAsyncLifetime
{
    private EmbeddingsHost _host = null!;

    protected abstract ITableStore CreateStore();

    /// <summary>Settings of the test's host (besides the defaults).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Embeddings:MaxPerRound"] = "2" };

    public Task InitializeAsync()
    {
        _host = EmbeddingsHost.CreateLocal(CreateStore(), Settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IMemberMeanings Round => _host.Get<IMemberMeanings>();

    private MeaningRefresher Refresher => _host.Get<MeaningRefresher>();

    private MeaningStore Store => _host.Get<MeaningStore>();

    private ProfileStore Profiles => _host.Get<ProfileStore>();

    private CountingGenerator Counter => _host.Local!;

    private static string LocalModel => SharedLocalModel.Model.Model;

    [Fact]
    public async Task An_answer_saved_is_embedded_in_the_background_and_kept_with_its_model_parts_hash_and_goal()
    {
        var tenant = NewTenant();
        var members = People(2);
        await SaveAnswersAsync(tenant, members);

        await _host.IdleAsync();

        var stored = await ReadAsync(tenant, members);
        Assert.Equal(members.Select(m => m.Id).Order(), stored.Keys.Order());
        foreach (var member in members)
        {
            var row = stored[member.Id];
            Assert.Equal((EmbeddingsOptions.LocalProvider, LocalModel, SharedLocalModel.Embeddings.Parts), (row.Provider, row.Model, row.Parts));
            Assert.Equal(MemberMeanings.TextHash(LocalModel, TextMeaning.AskText(member), TextMeaning.OfferText(member), TextMeaning.GoalText(member)), row.TextHash);
            AssertClose(await ModelVectorAsync(TextMeaning.AskText(member), asQuery: true), row.Ask);
            AssertClose(await ModelVectorAsync(TextMeaning.OfferText(member), asQuery: false), row.Offer);
            AssertClose(await ModelVectorAsync(TextMeaning.GoalText(member), asQuery: false), row.Goal);
        }

        // Asks go as queries, offers and goals as passages.
        Assert.Equal(members.Select(TextMeaning.AskText).Order(), Counter.Calls.Where(c => c.AsQuery).SelectMany(c => c.Texts).Order());
        Assert.Equal(members.SelectMany(m => new[] { TextMeaning.OfferText(m), TextMeaning.GoalText(m) }).Order(), Counter.Calls.Where(c => !c.AsQuery).SelectMany(c => c.Texts).Order());
    }

    [Fact]
    public async Task Unchanged_answers_are_not_embedded_again_and_a_changed_answer_re_embeds_only_that_member()
    {
        var tenant = NewTenant();
        var members = People(3);
        await SaveAnswersAsync(tenant, members);
        await _host.IdleAsync();
        var embeddedBefore = Counter.Embedded.Count;
        var first = await ReadAsync(tenant, members);

        // Saved again unchanged, and a round: the stored vectors serve both.
        await SaveAnswersAsync(tenant, members);
        await _host.IdleAsync();
        var round = await Round.ForAsync(tenant, members, CancellationToken.None);

        Assert.Equal(embeddedBefore, Counter.Embedded.Count);
        Assert.Equal(members.Select(m => m.Id).Order(), round.Keys.Order());
        Assert.All(members, m => Assert.Equal(first[m.Id].Ask, round[m.Id].Ask));
        Assert.All(members, m => Assert.Equal(LocalModel, round[m.Id].Model));

        var changed = members[1] with { Offer = "Now I can teach conversational Portuguese" };
        await SaveAnswersAsync(tenant, [changed]);
        await _host.IdleAsync();

        Assert.Equal(
            new[] { TextMeaning.AskText(changed), TextMeaning.OfferText(changed), TextMeaning.GoalText(changed) }.Order(),
            Counter.Embedded.Skip(embeddedBefore).Order());
        var row = (await ReadAsync(tenant, [changed]))[changed.Id];
        AssertClose(await ModelVectorAsync(TextMeaning.OfferText(changed), asQuery: false), row.Offer);
    }

    [Fact]
    public async Task A_row_made_by_another_model_is_stale_and_embedded_again()
    {
        var tenant = NewTenant();
        var members = People(2);
        await SeedProfilesAsync(tenant, members);
        var (oldModel, _) = SharedLocalModel.Counted("older-model/0");
        var older = new MemberMeanings(() => oldModel, Store, Profiles, TimeProvider.System, _host.Get<ILogger<MemberMeanings>>());
        await older.ForAsync(tenant, members, int.MaxValue, CancellationToken.None);
        Assert.All((await ReadAsync(tenant, members)).Values, row => Assert.Equal("older-model/0", row.Model));

        var round = await Round.ForAsync(tenant, members, CancellationToken.None);

        Assert.Equal(members.Select(TextMeaning.AskText).Order(), Counter.Calls.Where(c => c.AsQuery).SelectMany(c => c.Texts).Order());
        Assert.All(members, m => Assert.Equal(LocalModel, round[m.Id].Model));
        Assert.All((await ReadAsync(tenant, members)).Values, row => Assert.Equal(LocalModel, row.Model));
    }

    [Fact]
    public async Task A_round_embeds_at_most_its_budget_and_queues_the_rest_for_the_background()
    {
        var tenant = NewTenant();
        var members = People(5);
        await SeedProfilesAsync(tenant, members);

        var round = await Round.ForAsync(tenant, members, CancellationToken.None);

        // Embeddings:MaxPerRound is 2 here: the first two in the round's order, the rest matched on their words.
        Assert.Equal(members.Take(2).Select(m => m.Id).Order(), round.Keys.Order());
        var summary = Assert.Single(_host.Logs.Entries, e => e.Level == LogLevel.Information && e.Text.Contains("Sentence vectors for a round", StringComparison.Ordinal));
        Assert.Contains("5 members, 0 stored, 2 embedded now, 3 left to the background", summary.Text, StringComparison.Ordinal);
        Assert.Contains(tenant, summary.Text, StringComparison.Ordinal);
        AssertNoAnswersLogged(members);

        await _host.IdleAsync();
        Assert.Equal(5, (await ReadAsync(tenant, members)).Count);
        var embedded = Counter.Embedded.Count;
        var next = await Round.ForAsync(tenant, members, CancellationToken.None);
        Assert.Equal(5, next.Count);
        Assert.Equal(embedded, Counter.Embedded.Count);
    }

    [Fact]
    public async Task Export_holds_the_members_row_and_forget_me_erases_it_in_that_tenant_only()
    {
        var (tenant, other) = (NewTenant(), NewTenant());
        var members = People(2);
        await SaveAnswersAsync(tenant, members);
        await SaveAnswersAsync(other, members);
        await _host.IdleAsync();
        var data = Assert.Single(_host.Services.GetServices<IMemberData>(), d => d.Name == MeaningStore.TableName);
        var member = new MemberKey(tenant, members[0].Id, "29:1" + members[0].Id, null);
        var row = (await ReadAsync(tenant, members))[members[0].Id];

        var exported = Assert.Single(await data.ExportAsync(member, CancellationToken.None));

        Assert.Equal(tenant, exported["TenantId"]);
        Assert.Equal(members[0].Id, exported["MemberId"]);
        Assert.Equal(EmbeddingsOptions.LocalProvider, exported["Provider"]);
        Assert.Equal(LocalModel, exported["Model"]);
        Assert.Equal(row.Parts, exported["Parts"]);
        Assert.Equal(row.Ask.Length, exported["Dimensions"]);
        Assert.Equal(row.TextHash, exported["TextHash"]);
        Assert.Equal(MeaningEntity.Encode(row.Ask), exported["Ask"]);
        Assert.Equal(MeaningEntity.Encode(row.Goal), exported["Goal"]);
        Assert.True(exported.ContainsKey("Offer"));
        Assert.True(exported.ContainsKey("UpdatedAt"));

        Assert.Equal(1, await data.EraseAsync(member, CancellationToken.None));

        Assert.Empty(await data.ExportAsync(member, CancellationToken.None));
        Assert.Equal(0, await data.EraseAsync(member, CancellationToken.None));
        Assert.Equal([members[1].Id], (await ReadAsync(tenant, members)).Keys);
        Assert.Equal(2, (await ReadAsync(other, members)).Count);
    }

    [Fact]
    public async Task Someone_who_says_forget_me_while_being_embedded_in_the_background_keeps_no_row()
    {
        var tenant = NewTenant();
        var members = People(3);
        var leaving = new MemberKey(tenant, members[1].Id, "29:leaving", null);
        await SeedProfilesAsync(tenant, members);
        // "Forget me" erases Profiles first, then Meanings: here it lands between the embedding and the write.
        Counter.WhileEmbedding = async () => await Profiles.EraseAsync(leaving, CancellationToken.None);

        foreach (var member in members)
        {
            Refresher.Changed(Key(tenant, member));
        }

        await _host.IdleAsync();

        Assert.Equal([members[0].Id, members[2].Id], (await ReadAsync(tenant, members)).Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await Store.ExportAsync(leaving, CancellationToken.None));
    }

    [Fact]
    public async Task Someone_who_says_forget_me_while_a_round_embeds_them_keeps_no_row()
    {
        var tenant = NewTenant();
        var members = People(2);
        var leaving = new MemberKey(tenant, members[0].Id, "29:leaving", null);
        await SeedProfilesAsync(tenant, members);
        Counter.WhileEmbedding = async () => await Profiles.EraseAsync(leaving, CancellationToken.None);

        await Round.ForAsync(tenant, members, CancellationToken.None);

        Assert.Equal([members[1].Id], (await ReadAsync(tenant, members)).Keys);
    }

    [Fact]
    public async Task Members_with_identical_texts_are_embedded_once_and_a_skipped_offer_gets_a_zero_vector()
    {
        var tenant = NewTenant();
        var twin = new MatchProfile("twin-1", "Ann", string.Empty, string.Empty, "Learn Rust", "A Rust mentor", "Python tutoring");
        var quiet = new MatchProfile("quiet", "Quinn", string.Empty, string.Empty, "Build a kayak", "A boat builder", string.Empty);
        List<MatchProfile> members = [twin, twin with { Id = "twin-2" }];
        await SeedProfilesAsync(tenant, [.. members, quiet]);

        var meanings = await Round.ForAsync(tenant, members, CancellationToken.None);
        var alone = await Round.ForAsync(tenant, [quiet], CancellationToken.None);

        Assert.Equal([TextMeaning.AskText(twin), TextMeaning.OfferText(twin), TextMeaning.GoalText(twin), TextMeaning.AskText(quiet), TextMeaning.GoalText(quiet)], Counter.Embedded);
        Assert.Equal(meanings["twin-1"].Ask, meanings["twin-2"].Ask);
        Assert.Equal(new float[meanings["twin-1"].Ask.Length], alone["quiet"].Offer);
        Assert.NotEqual(new float[meanings["twin-1"].Ask.Length], alone["quiet"].Goal);
    }

    [Fact]
    public async Task The_same_member_id_in_two_tenants_keeps_two_rows()
    {
        var (north, south) = (NewTenant(), NewTenant());
        var inNorth = new MatchProfile("shared-id", "Ada", string.Empty, string.Empty, "Open a bakery", "A flour supplier", "Sourdough baking");
        var inSouth = inNorth with { Accomplish = "Run a marathon", ConnectWith = "A running coach", Offer = "Spreadsheet skills" };
        await SaveAnswersAsync(north, [inNorth]);
        await SaveAnswersAsync(south, [inSouth]);
        await _host.IdleAsync();

        var northRow = (await ReadAsync(north, [inNorth]))["shared-id"];
        var southRow = (await ReadAsync(south, [inSouth]))["shared-id"];

        Assert.Equal((north, south), (northRow.TenantId, southRow.TenantId));
        AssertClose(await ModelVectorAsync(TextMeaning.AskText(inNorth), asQuery: true), northRow.Ask);
        AssertClose(await ModelVectorAsync(TextMeaning.AskText(inSouth), asQuery: true), southRow.Ask);
        Assert.Contains(TextMeaning.AskText(inSouth), Counter.Embedded);
    }

    [Fact]
    public async Task A_large_round_reads_the_stored_rows_of_its_tenant_and_embeds_nothing_new()
    {
        var tenant = NewTenant();
        // The same answers for all (embedded once: this is about reading rows, not the model).
        var members = People(MeaningStore.PointReadLimit + 5).Select(m => m with { Accomplish = "Open a bakery", ConnectWith = "A flour supplier", Offer = "Sourdough baking" }).ToList();
        await SeedProfilesAsync(tenant, members);
        var meanings = _host.Get<MeaningProviders>().InPreference.Single();
        await meanings.ForAsync(tenant, members, int.MaxValue, CancellationToken.None);
        var embedded = Counter.Embedded.Count;

        var round = await Round.ForAsync(tenant, members, CancellationToken.None);

        Assert.Equal(3, embedded);
        Assert.Equal(members.Count, (await ReadAsync(tenant, members)).Count);
        Assert.Equal(members.Count, round.Count);
        Assert.Equal(embedded, Counter.Embedded.Count);
    }

    protected static List<MatchProfile> People(int count) =>
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

    private static string NewTenant() => Guid.NewGuid().ToString();

    private static MemberKey Key(string tenant, MatchProfile member) => new(tenant, member.Id, "29:" + member.Id, null);

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), p => Assert.Equal(p.First, p.Second, 1e-5f));
    }

    private static async Task<float[]> ModelVectorAsync(string text, bool asQuery)
    {
        var options = asQuery ? new EmbeddingGenerationOptions { AdditionalProperties = new() { ["input_type"] = "query" } } : null;
        return (await SharedLocalModel.Embeddings.GenerateAsync([text], options))[0].Vector.ToArray();
    }

    private void AssertNoAnswersLogged(IEnumerable<MatchProfile> members)
    {
        var answers = members.SelectMany(m => new[] { m.Accomplish, m.ConnectWith, m.Offer }).ToList();
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= LogLevel.Information && answers.Any(a => e.Text.Contains(a, StringComparison.Ordinal)));
    }

    /// <summary>Profiles with the answers and a yes, as the interview leaves them (the watcher is not told).</summary>
    private async Task SeedProfilesAsync(string tenant, IEnumerable<MatchProfile> members)
    {
        foreach (var member in members.DistinctBy(m => m.Id))
        {
            await Profiles.UpdateAsync(
                Key(tenant, member),
                _ => new Profile { TenantId = tenant, MemberId = member.Id, Name = member.Name, Accomplish = member.Accomplish, ConnectWith = member.ConnectWith, Offer = member.Offer, OfferSkipped = member.Offer.Length == 0, Consent = true },
                CancellationToken.None);
        }
    }

    /// <summary>What the interview does when a member saves answers: the profile is written, then the watcher told.</summary>
    private async Task SaveAnswersAsync(string tenant, IReadOnlyList<MatchProfile> members)
    {
        await SeedProfilesAsync(tenant, members);
        foreach (var member in members)
        {
            _host.Get<IAnswerWatcher>().Changed(Key(tenant, member));
        }
    }

    private Task<IReadOnlyDictionary<string, StoredMeaning>> ReadAsync(string tenant, IEnumerable<MatchProfile> members) =>
        Store.ReadAsync(tenant, EmbeddingsOptions.LocalProvider, [.. members.Select(m => m.Id)], CancellationToken.None);
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteMemberMeaningsTests(AzuriteFixture azurite) : MemberMeaningsContract
{
    protected override ITableStore CreateStore() => azurite.CreateStore();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedMemberMeaningsTests(EmbeddedStoreFixture embedded) : MemberMeaningsContract
{
    protected override ITableStore CreateStore() => embedded.CreateStore();
}
