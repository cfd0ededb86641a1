using ConnectorBot.Intros;
using ConnectorBot.Intros.NeverList;
using ConnectorBot.Teams.Settings;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Intros.NeverList;

/// <summary>A round never pairs two people when either one put the other on their never list.</summary>
public abstract partial class NeverListContract
{
    private const string RoundTeam = "19:team-never-round@thread.tacv2";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_round_never_pairs_a_never_listed_pair_whoever_listed_whom(bool firstAsks)
    {
        var people = SamplePeople.All.Select(p => (Account: World.Person(p.Name), Person: p)).ToList();
        await World.InstallAsync(RoundTeam, "Round team", [.. people.Select(p => p.Account)]);
        foreach (var (account, person) in people)
        {
            await World.AnsweredAsync(account, person.Accomplish, person.ConnectWith, person.Offer);
        }

        var team = (await Bot.Services.GetRequiredService<TeamSettingsStore>().GetAsync(World.TenantId, RoundTeam))!;
        var runner = Bot.Services.GetRequiredService<RoundRunner>();
        var before = await runner.PlanAsync(team, "20990101T0900", default);
        var pair = before.NewIntros.First();
        var (first, second) = (people.Single(p => p.Account.AadObjectId == pair.Parties[0].MemberId).Account, people.Single(p => p.Account.AadObjectId == pair.Parties[1].MemberId).Account);

        var (asker, named) = firstAsks ? (first, second) : (second, first);
        Assert.Equal(NeverStrings.Added($"**{named.Name}**"), await World.SayAsync(asker, "never introduce me to", named));
        var after = await runner.PlanAsync(team, "20990101T0900", default);

        Assert.NotEmpty(after.NewIntros);
        Assert.DoesNotContain(after.NewIntros, i => i.Party(first.AadObjectId!) is not null && i.Party(second.AadObjectId!) is not null);
    }
}
