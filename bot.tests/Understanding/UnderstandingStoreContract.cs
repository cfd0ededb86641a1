using ConnectorBot.Interview;
using ConnectorBot.Storage;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Understanding;

namespace ConnectorBot.Tests.Understanding;

/// <summary>
/// The Understandings table, run on each table store by a small subclass: rows per member and answer under escaped
/// keys, ETag-guarded writes, reads for a round (row by row or the partition), export and erasure. The table is shared
/// by every test of a store, so each test works in tenants of its own.
/// </summary>
public abstract class UnderstandingStoreContract : IAsyncLifetime
{
    // Teams-shaped ids with the characters keys forbid or escape.
    private const string HostileMember = "29:1a/b\\c#d?e~f%g";

    private UnderstandingStore _store = null!;

    protected abstract ITableStore CreateStore();

    public Task InitializeAsync()
    {
        _store = new UnderstandingStore(new TableSet(CreateStore()));
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_row_per_answer_is_written_and_read_back_whole_under_escaped_keys()
    {
        var tenant = "tenant/" + Guid.NewGuid();
        var written = Row(tenant, HostileMember, AnswerKind.ConnectWith) with
        {
            Plain = "Someone who knows 品質管理 🙂",
            Words = ["quality", "ISO 9001"],
            MemberWords = ["CAPA"],
            Rejected = true,
            PlayedBack = true,
        };

        await WriteAsync(written);
        var read = await _store.ReadAsync(tenant, HostileMember, default);

        var row = Assert.Single(read);
        Assert.Equal(AnswerKind.ConnectWith, row.Key);
        Assert.Equal(written.Plain, row.Value.Plain);
        Assert.Equal(written.Words, row.Value.Words);
        Assert.Equal(written.MemberWords, row.Value.MemberWords);
        Assert.Equal((written.AnswerHash, written.Source, written.Version, true, true), (row.Value.AnswerHash, row.Value.Source, row.Value.Version, row.Value.Rejected, row.Value.PlayedBack));
        Assert.Equal(written.UpdatedAt, row.Value.UpdatedAt);
    }

    [Fact]
    public async Task Members_whose_ids_look_like_another_members_row_never_share_a_row()
    {
        var tenant = NewTenant();
        await WriteAsync(Row(tenant, "member", AnswerKind.Accomplish));
        await WriteAsync(Row(tenant, "member~accomplish", AnswerKind.Accomplish) with { Plain = "the other member" });

        Assert.Equal("Plainly", (await _store.ReadAsync(tenant, "member", default))[AnswerKind.Accomplish].Plain);
        Assert.Equal("the other member", (await _store.ReadAsync(tenant, "member~accomplish", default))[AnswerKind.Accomplish].Plain);
    }

    [Fact]
    public async Task An_update_reapplies_the_change_to_what_another_writer_stored_meanwhile()
    {
        var tenant = NewTenant();
        await WriteAsync(Row(tenant, "m1", AnswerKind.Offer));
        var raced = false;

        var stored = await _store.UpdateAsync(
            tenant,
            "m1",
            AnswerKind.Offer,
            current =>
            {
                if (!raced)
                {
                    raced = true;

                    // The member adds words while the background writes a new understanding.
                    _store.UpdateAsync(tenant, "m1", AnswerKind.Offer, c => c! with { MemberWords = ["mine"] }, default).GetAwaiter().GetResult();
                }

                return current! with { Words = ["regenerated"] };
            },
            default);

        Assert.Equal(["mine"], stored!.MemberWords);
        Assert.Equal(["regenerated"], stored.Words);
    }

    [Fact]
    public async Task A_round_reads_many_members_the_same_row_by_row_or_from_the_partition()
    {
        var tenant = NewTenant();
        var members = Enumerable.Range(0, UnderstandingStore.PointReadLimit + 5).Select(i => $"m{i}/{i}").ToList();
        foreach (var member in members.Take(20))
        {
            await WriteAsync(Row(tenant, member, AnswerKind.Accomplish));
            await WriteAsync(Row(tenant, member, AnswerKind.Offer));
        }

        await WriteAsync(Row(NewTenant(), members[0], AnswerKind.ConnectWith));

        var few = await _store.ReadManyAsync(tenant, members.Take(30).ToList(), default);
        var many = await _store.ReadManyAsync(tenant, members, default);

        Assert.Equal(20, few.Count);
        Assert.Equal(few.Keys.Order(), many.Keys.Order());
        Assert.All(many.Values, rows => Assert.Equal([AnswerKind.Accomplish, AnswerKind.Offer], rows.Keys.Order()));
    }

    [Fact]
    public async Task Export_holds_every_row_of_the_member_and_erase_removes_them_all()
    {
        var tenant = NewTenant();
        var member = new MemberKey(tenant, HostileMember, "29:1user", null);
        foreach (var kind in AnswerKinds.Answers)
        {
            await WriteAsync(Row(tenant, HostileMember, kind) with { MemberWords = ["mine"] });
        }

        await WriteAsync(Row(tenant, "someone else", AnswerKind.Accomplish));

        var exported = await _store.ExportAsync(member, default);

        Assert.Equal(3, exported.Count);
        Assert.All(exported, row => Assert.Equal(HostileMember, row["MemberId"]));
        Assert.Equal(["Accomplish", "ConnectWith", "Offer"], exported.Select(r => r["Kind"].ToString()).Order());
        Assert.All(exported, row => Assert.Equal("[\"mine\"]", row["MemberWords"]));

        Assert.Equal(3, await _store.EraseAsync(member, default));

        Assert.Empty(await _store.ReadAsync(tenant, HostileMember, default));
        Assert.Empty(await _store.ExportAsync(member, default));
        Assert.Equal(0, await _store.EraseAsync(member, default));
        Assert.Single(await _store.ReadAsync(tenant, "someone else", default));
    }

    private static string NewTenant() => Guid.NewGuid().ToString();

    private static AnswerUnderstanding Row(string tenant, string member, AnswerKind kind) => new()
    {
        TenantId = tenant,
        MemberId = member,
        Kind = kind,
        AnswerHash = AnswerUnderstanding.HashOf("an answer"),
        Plain = "Plainly",
        Words = ["a word"],
        Source = "counting",
        Version = "counting-1",
        UpdatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
    };

    private Task WriteAsync(AnswerUnderstanding row) => _store.UpdateAsync(row.TenantId, row.MemberId, row.Kind, _ => row, default);
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteUnderstandingStoreTests(AzuriteFixture azurite) : UnderstandingStoreContract
{
    protected override ITableStore CreateStore() => azurite.CreateStore();
}

[Collection(EmbeddedStoreCollection.Name)]
public sealed class EmbeddedUnderstandingStoreTests(EmbeddedStoreFixture embedded) : UnderstandingStoreContract
{
    protected override ITableStore CreateStore() => embedded.CreateStore();
}
