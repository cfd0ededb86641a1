using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;
using ConnectorBot.Intros;
using ConnectorBot.Teams.Settings;
using ConnectorBot.Telemetry;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.Intros;

using Microsoft.Extensions.DependencyInjection;

namespace ConnectorBot.Tests.Telemetry;

/// <summary>A round with an exporter on: its span, the matcher's and embeddings' spans under it, its metrics, and no member's name or answer in any of it.</summary>
public sealed class RoundTelemetryTests : IAsyncLifetime
{
    private const string TeamId = "19:team-telemetry@thread.tacv2";
    private const int People = 6;
    private readonly TelemetryCapture _capture = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(services: _capture.AddTo);
        var roster = new List<TeamsChannelAccount>();
        var profiles = _bot.Services.GetRequiredService<ProfileStore>();
        for (var i = 0; i < People; i++)
        {
            var (name, accomplish, connectWith, offer) = SamplePeople.All[i];
            var member = new TeamsChannelAccount { Id = $"29:1member-{i}-{_bot.Teams.TenantId}", Name = name, AadObjectId = $"aad-{i}-{_bot.Teams.TenantId}" };
            roster.Add(member);
            await profiles.UpdateAsync(
                new MemberKey(_bot.Teams.TenantId, member.AadObjectId, member.Id, null),
                _ => new Profile
                {
                    TenantId = _bot.Teams.TenantId,
                    MemberId = member.AadObjectId,
                    Name = name,
                    Accomplish = accomplish,
                    ConnectWith = connectWith,
                    Offer = offer,
                    Consent = true,
                    AnsweredAt = DateTimeOffset.UtcNow,
                    CreatedAt = DateTimeOffset.UtcNow,
                },
                default);
        }

        _bot.Connector.AddMembers(TeamId, roster);
        using var install = await _bot.PostAsync(_bot.Teams.PersonalMessage(string.Empty) with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            Conversation = new ConversationAccount { Id = TeamId, ConversationType = "channel", IsGroup = true, TenantId = _bot.Teams.TenantId },
            MembersAdded = [TeamsActivities.Bot],
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = _bot.Teams.TenantId }, team = new { id = TeamId, name = "Contoso" }, eventType = "teamMemberAdded" }),
        });
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_round_is_a_span_with_its_counts_the_matcher_and_embeddings_under_it_and_is_measured()
    {
        var team = await _bot.Services.GetRequiredService<TeamSettingsStore>().GetAsync(_bot.Teams.TenantId, TeamId);
        var report = await _bot.Services.GetRequiredService<RoundRunner>().RunAsync(team!, DateTimeOffset.UtcNow, default);
        await _bot.Services.GetRequiredService<OutboxWorker>().DrainAsync(_bot.Teams.TenantId, TeamId, default);
        TelemetryCapture.Flush(_bot.Services);

        Assert.NotNull(report);
        Assert.True(report!.Intros > 0);
        var round = Assert.Single(_capture.Spans, s => s.OperationName == RoundTelemetry.SpanName && Equals(s.GetTagItem(TelemetryTags.TenantId), _bot.Teams.TenantId));
        Assert.Equal(TeamId, round.GetTagItem(TelemetryTags.TeamId));
        Assert.Equal(report.RoundId, round.GetTagItem(TelemetryTags.RoundId));
        Assert.Equal(People, round.GetTagItem(TelemetryTags.Members));
        Assert.Equal(report.Intros, round.GetTagItem(TelemetryTags.Intros));
        Assert.Equal("ran", round.GetTagItem(TelemetryTags.Outcome));
        var match = Assert.Single(_capture.Spans, s => s.OperationName == RoundTelemetry.MatchSpanName && s.ParentSpanId == round.SpanId);
        Assert.Equal(People, match.GetTagItem(TelemetryTags.Candidates));
        Assert.Contains(_capture.Spans, s => s.OperationName == EmbeddingTelemetry.SpanName && s.ParentSpanId == round.SpanId);

        Assert.Contains(_capture.Points("connectorbot.rounds"), p => Equals(p.Tags[TelemetryTags.Outcome], "ran"));
        Assert.Contains(_capture.Points("connectorbot.round.duration"), p => p.Point.GetHistogramCount() >= 1);
        Assert.Contains(_capture.Points("connectorbot.round.members"), p => p.Point.GetHistogramCount() >= 1);
        Assert.Contains(_capture.Points("connectorbot.matcher.duration"), p => p.Point.GetHistogramCount() >= 1);
        Assert.Contains(_capture.Points("connectorbot.embedding.texts"), p => p.Point.GetSumLong() >= People);
        Assert.Contains(_capture.Points("connectorbot.intro_outbox.sent"), p => Equals(p.Tags[TelemetryTags.Kind], nameof(OutboxKind.PostIntro)));

        // Names and answers went into the posted intros, and nowhere into telemetry.
        var strings = _capture.AllStrings().ToList();
        foreach (var (name, accomplish, _, offer) in SamplePeople.All.Take(People))
        {
            Assert.DoesNotContain(strings, s => s.Contains(name, StringComparison.Ordinal) || s.Contains(accomplish, StringComparison.Ordinal) || s.Contains(offer, StringComparison.Ordinal));
        }
    }
}
