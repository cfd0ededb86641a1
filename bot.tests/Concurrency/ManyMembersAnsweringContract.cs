using System.Net;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Storage.Contract;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Concurrency;

/// <summary>
/// Issue 17's concurrency harness, its first part: 500 members answering at the same moment, each in their own 1:1 chat,
/// all sent at once. Every answer must be saved to its own member (no lost or crossed update) and every member must get
/// their next question exactly once. Outcomes only: nothing here measures time. Run on each store by a small subclass.
/// </summary>
public abstract class ManyMembersAnsweringContract : IAsyncLifetime
{
    private const int Members = 500;

    private BotHarness Bot { get; set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    // A reply send that outlasts a turn's patience is queued and sent again later, though it may have reached Teams: on
    // two busy cores 500 turns at once can take that long, and that duplicate is a timeout's, not a race's. Patience here.
    public async Task InitializeAsync() => Bot = await BotHarness.StartAsync(
        StorageConnectionString,
        settingOverrides: new Dictionary<string, string?> { ["Bot:Connector:TurnAttemptTimeout"] = "00:02:00" });

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task Five_hundred_members_answering_at_once_each_have_their_answer_saved_and_their_next_question_sent_once()
    {
        var members = Enumerable.Range(0, Members).Select(Member).ToList();

        // Everyone says hi at once, then everyone answers the first question at once.
        await AllAtOnceAsync(members.Select(m => m.PersonalMessage("hi")));
        await AllAtOnceAsync(members.Select((m, i) => m.PersonalMessage(Answer(i))));

        var profiles = Bot.Services.GetRequiredService<ProfileStore>();
        var sent = Bot.Connector.OutgoingActivities.GroupBy(a => a.Conversation?.Id ?? string.Empty).ToDictionary(g => g.Key, g => g.Select(a => a.Text ?? string.Empty).ToList());
        var problems = new List<string>();
        for (var i = 0; i < Members; i++)
        {
            var member = members[i];
            var profile = await profiles.GetAsync(new MemberKey(member.TenantId, member.User.AadObjectId!, member.User.Id!, member.PersonalConversationId), default);
            var texts = sent.GetValueOrDefault(member.PersonalConversationId) ?? [];
            var (asked, askedNext) = (texts.Count(t => t == InterviewStrings.AskAccomplish), texts.Count(t => t == InterviewStrings.AskConnectWith));
            if (profile?.Accomplish != Answer(i) || asked != 1 || askedNext != 1)
            {
                problems.Add($"member {i}: answer {(profile?.Accomplish == Answer(i) ? "saved" : profile is null ? "no profile" : "not saved")}, first question sent {asked}×, next question sent {askedNext}×, {texts.Count} messages");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {Members} members: {string.Join("; ", problems.Take(10))}");

        // Nothing went anywhere else: two replies to "hi" and two to the answer, per member.
        Assert.Equal(Members * 4, Bot.Connector.OutgoingActivities.Count);
    }

    private static string Answer(int i) => $"Member {i} wants the night shift's {i} handover notes off paper and onto tablets.";

    private TeamsActivities Member(int i) => new(Bot.Connector.ServiceUrl.ToString(), Bot.Teams.TenantId)
    {
        User = new ChannelAccount { Id = $"29:1many-{i}-{Bot.Teams.TenantId}", Name = $"Member {i}", AadObjectId = $"aad-many-{i}-{Bot.Teams.TenantId}" },
    };

    private async Task AllAtOnceAsync(IEnumerable<Activity> activities)
    {
        var responses = await Task.WhenAll(activities.Select(Bot.PostAsync));
        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.True(statuses.Keys.All(s => s == HttpStatusCode.OK), $"Answers by status: {string.Join(", ", statuses.Select(s => $"{(int)s.Key} × {s.Value}"))}");
    }
}

public sealed class EmbeddedManyMembersAnsweringTests : ManyMembersAnsweringContract
{
    protected override string? StorageConnectionString => null;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteManyMembersAnsweringTests(AzuriteFixture azurite) : ManyMembersAnsweringContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}
