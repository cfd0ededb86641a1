using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Tests.Embeddings;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Tests.Teams;
using ConnectorBot.Understanding;
using ConnectorBot.Understanding.Offline;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Understanding;

/// <summary>
/// Rounds read each member's answers with how they were understood (the offline lexicon here), the same texts the
/// background embeds, and go on without understandings when they cannot be read. Run on each store by a small subclass.
/// </summary>
public abstract class RoundUnderstandingContract : IAsyncLifetime
{
    private readonly CapturingLogs _logs = new();

    private AdminTeam _team = null!;

    protected abstract string? StorageConnectionString { get; }

    /// <summary>What the round handed to the sentence vectors, when a test puts <see cref="CapturingMeanings"/> in their place.</summary>
    private CapturingMeanings? Captured { get; set; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_team is not null)
        {
            await _team.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_round_reads_each_members_answers_with_how_they_were_understood()
    {
        Captured = new CapturingMeanings();
        await StartAsync(s => s.Replace(ServiceDescriptor.Singleton<IMemberMeanings>(Captured)));
        await SeedTwoAsync();
        await AddWordsAsync();

        var plan = await _team.Services.GetRequiredService<RoundRunner>().PlanAsync(await SettingsAsync(), "understood-1", default);

        Assert.Single(plan.NewIntros);
        var members = Captured.Members;
        Assert.Equal(2, members.Count);
        var store = _team.Services.GetRequiredService<UnderstandingStore>();
        foreach (var member in members)
        {
            var profile = (await _team.Services.GetRequiredService<ProfileStore>().GetAsync(new MemberKey(_team.TenantId, member.Id, string.Empty, null), default))!;
            var expected = UnderstoodText.For(profile, await store.ReadAsync(_team.TenantId, member.Id, default));
            Assert.Equal(expected, member.Understood);
            Assert.Equal("[" + Words(member.Id) + "]", member.Understood.Offer);
            Assert.Contains(member.Understood.Offer, TextMeaning.OfferText(member), StringComparison.Ordinal);

            // The offline lexicon's own reading is played back to the member, not read by the matcher.
            var offline = (await store.ReadAsync(_team.TenantId, member.Id, default))[AnswerKind.Offer];
            Assert.Equal(LexiconUnderstander.SourceName, offline.Source);
            Assert.NotEmpty(offline.Words);
        }
    }

    [Fact]
    public async Task The_background_embeds_the_texts_a_round_reads_so_the_round_embeds_nobody_again()
    {
        await StartAsync(settings: new Dictionary<string, string?> { ["Embeddings:MaxPerRound"] = "0" });
        await SeedTwoAsync();
        await AddWordsAsync();
        _team.Services.GetRequiredService<MeaningRefresher>().Enqueue(_team.TenantId, [_team.Ada.AadObjectId!, _team.Ben.AadObjectId!]);
        using (var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await _team.Services.GetRequiredService<MeaningRefresher>().WhenIdleAsync(hang.Token);
        }

        await _team.Services.GetRequiredService<RoundRunner>().PlanAsync(await SettingsAsync(), "understood-2", default);

        Assert.Contains(_logs.Entries, e => e.Text.Contains("2 stored, 0 embedded now, 0 left to the background", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains("have no sentence vectors yet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_round_goes_on_with_the_members_own_words_when_understandings_cannot_be_read()
    {
        await StartAsync(s => s.Replace(ServiceDescriptor.Singleton<IMemberUnderstandings, FailingUnderstandings>()));
        await SeedTwoAsync();

        var plan = await _team.Services.GetRequiredService<RoundRunner>().PlanAsync(await SettingsAsync(), "understood-3", default);

        Assert.Single(plan.NewIntros);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("Understandings unavailable", StringComparison.Ordinal) && e.Text.Contains(nameof(TimeoutException), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Members_not_understood_yet_are_matched_on_their_words_and_understood_in_the_background()
    {
        await StartAsync();
        var profiles = _team.Services.GetRequiredService<ProfileStore>();
        await profiles.UpdateAsync(
            new MemberKey(_team.TenantId, _team.Ben.AadObjectId!, _team.Ben.Id!, null),
            _ => new Profile { TenantId = _team.TenantId, MemberId = _team.Ben.AadObjectId!, Name = _team.Ben.Name, Accomplish = "Digitise the paper checklists", ConnectWith = "someone who has moved paper checklists onto tablets", Offer = "I fixed the Wi-Fi dead zones", Consent = true },
            default);
        var store = _team.Services.GetRequiredService<UnderstandingStore>();

        await _team.Services.GetRequiredService<RoundRunner>().PlanAsync(await SettingsAsync(), "understood-4", default);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _team.Services.GetRequiredService<UnderstandingRefresher>().WhenIdleAsync(hang.Token);

        var rows = await store.ReadAsync(_team.TenantId, _team.Ben.AadObjectId!, default);
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Values, r => Assert.Equal("lexicon", r.Source));
        Assert.All(rows.Values, r => Assert.False(r.PlayedBack));
    }

    private async Task StartAsync(Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        _team = await AdminTeam.StartAsync(
            StorageConnectionString,
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
            {
                ["Logging:LogLevel:ConnectorBot.Intros.RoundRunner"] = "Information",
                ["Logging:LogLevel:ConnectorBot.Embeddings.RoundMeanings"] = "Information",
            },
            s =>
            {
                s.AddSingleton<ILoggerProvider>(_logs);
                services?.Invoke(s);
            });

    private Task SeedTwoAsync() => Task.WhenAll(
        _team.AddProfileAsync(_team.Ada, "Digitise the paper checklists", "someone who has moved paper checklists onto tablets", "I fixed the Wi-Fi dead zones in the warehouse"),
        _team.AddProfileAsync(_team.Ben, "Sort out the wireless in the plant", "someone who can sort out wireless coverage in a steel building", "I moved our hygiene checks onto iPads"));

    /// <summary>Each member's own words for what they offer, as "Add words" stores them.</summary>
    private async Task AddWordsAsync()
    {
        var store = _team.Services.GetRequiredService<UnderstandingStore>();
        foreach (var member in new[] { _team.Ada, _team.Ben })
        {
            await store.UpdateAsync(_team.TenantId, member.AadObjectId!, AnswerKind.Offer, current => current! with { MemberWords = [Words(member.AadObjectId!)] }, default);
        }
    }

    private string Words(string memberId) => memberId == _team.Ada.AadObjectId ? "wireless networks" : "food hygiene audits";

    private async Task<TeamSettings> SettingsAsync() => (await _team.Teams.GetAsync(_team.TenantId, AdminTeam.TeamId))!;

    /// <summary>Records the members a round asks vectors for, and gives none (they are matched on their words).</summary>
    private sealed class CapturingMeanings : IMemberMeanings
    {
        public List<MatchProfile> Members { get; } = [];

        public Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken)
        {
            Members.AddRange(members);
            return Task.FromResult<IReadOnlyDictionary<string, TextMeaning>>(new Dictionary<string, TextMeaning>());
        }
    }

    private sealed class FailingUnderstandings : IMemberUnderstandings
    {
        public Task<IReadOnlyDictionary<string, UnderstoodAnswers>> ForAsync(string tenantId, IReadOnlyList<Profile> members, CancellationToken cancellationToken) =>
            throw new TimeoutException("The store did not answer about " + members[0].Accomplish);
    }
}

public sealed class EmbeddedRoundUnderstandingTests : RoundUnderstandingContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteRoundUnderstandingTests(AzuriteFixture azurite) : RoundUnderstandingContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
