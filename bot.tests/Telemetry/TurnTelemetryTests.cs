using System.Diagnostics;

using ConnectorBot.BotFramework.Routing;
using ConnectorBot.Interview;
using ConnectorBot.Telemetry;
using ConnectorBot.Tests.BotFramework;

namespace ConnectorBot.Tests.Telemetry;

/// <summary>Turns through /api/messages with an exporter on: their spans and metrics, and never a member's words in them.</summary>
public sealed class TurnTelemetryTests : IAsyncLifetime
{
    private const string Distinctive = "Teach the night shift to calibrate the Zanzibar spectrometer";
    private readonly TelemetryCapture _capture = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(services: _capture.AddTo);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_turn_is_a_span_under_the_request_span_with_its_route_and_outcome_and_is_counted()
    {
        await _bot.SayAsync("help");
        TelemetryCapture.Flush(_bot.Services);

        var help = RouteNames.Command(ChatScope.Personal, MemberCommand.NameOf(MemberCommandKind.Help));
        var turn = Assert.Single(OurTurns());
        Assert.Equal(help, turn.GetTagItem(TelemetryTags.Route));
        Assert.Equal(nameof(TurnOutcome.Answered), turn.GetTagItem(TelemetryTags.Outcome));
        Assert.Equal("message", turn.GetTagItem(TelemetryTags.ActivityType));
        Assert.Equal(_bot.Teams.PersonalConversationId, turn.GetTagItem(TelemetryTags.ConversationId));

        // ASP.NET Core's span for POST /api/messages is the parent; the reply to the fake connector is a child HTTP span.
        var request = Assert.Single(_capture.Spans, s => s.SpanId == turn.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Contains(_capture.Spans, s => s.Kind == ActivityKind.Client && s.TraceId == turn.TraceId);

        Assert.Contains(_capture.Points("connectorbot.turns"), p =>
            Equals(p.Tags[TelemetryTags.Route], help) && Equals(p.Tags[TelemetryTags.Outcome], nameof(TurnOutcome.Answered)) && p.Point.GetSumLong() >= 1);
        Assert.Contains(_capture.Points("connectorbot.turn.duration"), p => Equals(p.Tags[TelemetryTags.Route], help) && p.Point.GetHistogramCount() >= 1);
        Assert.Contains(_capture.Points("connectorbot.connector.calls"), p => Equals(p.Tags[TelemetryTags.Operation], "SendToConversation"));
    }

    [Fact]
    public async Task A_redelivered_activity_is_a_duplicate_turn()
    {
        await _bot.SayAsync("help", id: "once");
        await _bot.SayAsync("help", id: "once");
        TelemetryCapture.Flush(_bot.Services);

        Assert.Equal(
            [nameof(TurnOutcome.Answered), nameof(TurnOutcome.Duplicate)],
            OurTurns().Select(t => t.GetTagItem(TelemetryTags.Outcome)).Order().ToArray());
    }

    [Fact]
    public async Task No_member_text_is_in_any_attribute_event_or_status_of_an_interview()
    {
        await _bot.SayAsync("hello");
        await _bot.SayAsync(Distinctive);
        await _bot.SayAsync(Distinctive + " with someone who has done it before");
        await _bot.SayAsync("Zanzibar spectrometers, and calibrating them");
        await _bot.SayAsync("yes");
        TelemetryCapture.Flush(_bot.Services);

        Assert.True(OurTurns().Count() >= 5);
        var strings = _capture.AllStrings().ToList();
        Assert.NotEmpty(strings);
        Assert.DoesNotContain(strings, s => s.Contains("Zanzibar", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(strings, s => s.Contains(_bot.Teams.User.Name!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_turn_keeps_the_exception_type_and_never_its_message()
    {
        // A refusal a retry would not fix: the exception's message quotes the connector's, which here carries the words.
        _bot.Connector.Script(FakeRoute.SendToConversation, FakeResponse.Error(400, "BadArgument", "Refused: " + Distinctive));
        using var response = await _bot.PostAsync(_bot.Teams.PersonalMessage("help"));
        TelemetryCapture.Flush(_bot.Services);

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, response.StatusCode);
        var turn = Assert.Single(OurTurns());
        Assert.Equal(nameof(TurnOutcome.Failed), turn.GetTagItem(TelemetryTags.Outcome));
        Assert.Equal(ActivityStatusCode.Error, turn.Status);
        Assert.Equal("ConnectorException", turn.StatusDescription);
        Assert.DoesNotContain(_capture.AllStrings(), s => s.Contains("Zanzibar", StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<Activity> OurTurns() =>
        _capture.Spans.Where(s => s.OperationName == TurnTelemetry.SpanName && Equals(s.GetTagItem(TelemetryTags.TenantId), _bot.Teams.TenantId));
}
