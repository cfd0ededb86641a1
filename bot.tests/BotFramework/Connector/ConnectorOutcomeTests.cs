using System.Net;

using ConnectorBot.BotFramework.Connector;
using ConnectorBot.BotFramework.Schema;

namespace ConnectorBot.Tests.BotFramework.Connector;

public class ConnectorOutcomeTests
{
    [Theory]
    [InlineData(403, "ConversationBlockedByUser", ConnectorOutcome.BlockedByUser, true)]
    [InlineData(403, "BotNotInConversationRoster", ConnectorOutcome.BotNotInConversation, true)]
    [InlineData(403, "BotDisabledByAdmin", ConnectorOutcome.BotDisabledByAdmin, true)]
    [InlineData(403, "NotEnoughPermissions", ConnectorOutcome.Forbidden, false)]
    [InlineData(404, "ConversationNotFound", ConnectorOutcome.ConversationNotFound, true)]
    [InlineData(404, "ActivityNotFound", ConnectorOutcome.NotFound, false)]
    [InlineData(413, "MessageSizeTooBig", ConnectorOutcome.MessageTooLarge, false)]
    [InlineData(400, "BadArgument", ConnectorOutcome.BadRequest, false)]
    [InlineData(401, "BotNotRegistered", ConnectorOutcome.Unauthorized, false)]
    [InlineData(500, "InternalServerError", ConnectorOutcome.ServiceError, false)]
    [InlineData(409, "Conflict", ConnectorOutcome.Failed, false)]
    public async Task Failures_carry_an_outcome_status_and_code(int status, string code, ConnectorOutcome outcome, bool unreachable)
    {
        await using var bed = await ConnectorTestBed.StartAsync();
        bed.Fake.Script(FakeRoute.SendToConversation, FakeResponse.Error(status, code, "details here"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client.SendToConversationAsync(bed.ServiceUrl, "a:1", new Activity { Text = "x" }));

        Assert.Equal(outcome, error.Outcome);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(unreachable, error.ConversationUnreachable);
        Assert.Contains("details here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retried_statuses_keep_their_outcome_when_retries_run_out()
    {
        await using var bed = await ConnectorTestBed.StartAsync(options: ConnectorTestBed.FastOptions(o => { o.MaxRetries = 1; }));
        bed.Fake.Script(FakeRoute.UpdateActivity, FakeResponse.Error(412, "PreconditionFailed"), FakeResponse.Error(412, "PreconditionFailed"));
        bed.Fake.Script(FakeRoute.DeleteActivity, FakeResponse.WithStatus(504), FakeResponse.WithStatus(504));

        var update = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client.UpdateActivityAsync(bed.ServiceUrl, "a:1", "m1", new Activity { Text = "x" }));
        var delete = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client.DeleteActivityAsync(bed.ServiceUrl, "a:1", "m1"));

        Assert.Equal(ConnectorOutcome.PreconditionFailed, update.Outcome);
        Assert.Equal((ConnectorOutcome.ServiceError, (string?)null), (delete.Outcome, delete.ErrorCode));
    }

    [Fact]
    public async Task Unknown_conversations_on_reads_are_typed_too()
    {
        await using var bed = await ConnectorTestBed.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => bed.Client.GetPagedMembersAsync(bed.ServiceUrl, "19:gone@thread.skype"));

        Assert.Equal(ConnectorOutcome.ConversationNotFound, error.Outcome);
    }

    [Theory]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked"}}""", "ConversationBlockedByUser", "User blocked")]
    [InlineData("""{"code":"BotDisabledByAdmin","message":"off"}""", "BotDisabledByAdmin", "off")]
    [InlineData("not json", null, null)]
    [InlineData("", null, null)]
    [InlineData("[1]", null, null)]
    public void Error_bodies_are_read_in_both_shapes_and_garbage_is_tolerated(string body, string? code, string? message)
    {
        var error = ConnectorError.Parse(body);

        Assert.Equal((code, message), (error.Code, error.Message));
    }
}
