using ConnectorBot.Embeddings;
using ConnectorBot.Intros;
using ConnectorBot.Tests.Embeddings;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Tests.Teams;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Intros;

/// <summary>
/// A whole round with the bot's own sentence vectors (the local model) and a budget smaller than the team: those over
/// it are matched on their words, nobody is left out, and the background embeds them for the next round. Run on each
/// store by a small subclass.
/// </summary>
public abstract class RoundVectorsContract : IAsyncLifetime
{
    private readonly CapturingLogs _logs = new();

    private AdminTeam _team = null!;

    protected abstract string? StorageConnectionString { get; }

    public async Task InitializeAsync() => _team = await AdminTeam.StartAsync(
        StorageConnectionString,
        new Dictionary<string, string?>
        {
            ["Embeddings:MaxPerRound"] = "1",
            ["Logging:LogLevel:ConnectorBot.Intros.RoundRunner"] = "Information",
        },
        s => s.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _team.DisposeAsync();

    [Fact]
    public async Task Members_over_the_rounds_budget_are_matched_on_their_words_and_embedded_for_the_next_round()
    {
        await _team.AddProfileAsync(_team.Ada, "Digitise the paper checklists", "someone who has moved paper checklists onto tablets", "I fixed the Wi-Fi dead zones in the warehouse");
        await _team.AddProfileAsync(_team.Ben, "Sort out the wireless in the plant", "someone who can sort out wireless coverage in a steel building", "I moved our hygiene checks onto iPads");
        var settings = (await _team.Teams.GetAsync(_team.TenantId, AdminTeam.TeamId))!;
        var runner = _team.Services.GetRequiredService<RoundRunner>();
        var store = _team.Services.GetRequiredService<MeaningStore>();
        string[] members = [_team.Ada.AadObjectId!, _team.Ben.AadObjectId!];

        var plan = await runner.PlanAsync(settings, "vectors-1", default);

        var intro = Assert.Single(plan.NewIntros);
        Assert.Equal(members.Order(), intro.Parties.Select(p => p.MemberId).Order());
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Information && e.Text.Contains("1 of 2 members have no sentence vectors yet", StringComparison.Ordinal));

        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _team.Services.GetRequiredService<MeaningRefresher>().WhenIdleAsync(hang.Token);
        Assert.Equal(2, (await store.ReadAsync(_team.TenantId, EmbeddingsOptions.LocalProvider, members, default)).Count);

        // The next round finds both members' vectors stored: nobody is matched on words alone.
        var next = await runner.PlanAsync(settings, "vectors-2", default);

        Assert.Equal(2, next.Eligible);
        Assert.Single(_logs.Entries, e => e.Text.Contains("have no sentence vectors yet", StringComparison.Ordinal));
    }
}

public sealed class EmbeddedRoundVectorsTests : RoundVectorsContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteRoundVectorsTests(AzuriteFixture azurite) : RoundVectorsContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
