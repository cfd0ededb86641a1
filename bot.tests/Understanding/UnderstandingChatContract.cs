using System.Net;
using System.Text.Json;

using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Privacy;
using ConnectorBot.Tests.BotFramework;
using ConnectorBot.Tests.BotFramework.Cards;
using ConnectorBot.Tests.Embeddings;
using ConnectorBot.Tests.Privacy;
using ConnectorBot.Tests.Storage.Contract;
using ConnectorBot.Understanding;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConnectorBot.Tests.Understanding;

/// <summary>
/// The whole bot through /api/messages with a counting source of understandings first (the offline lexicon after it):
/// answers understood once per change in the background, played back once per change, corrected with Add words and
/// That's not it, in the member's export and gone after "forget me". Run on each store by a small subclass.
/// </summary>
public abstract class UnderstandingChatContract : IAsyncLifetime
{
    private const string Goal = "Quero melhorar o nosso processo de CAPA";
    private const string Who = "a QA lead who has been through an FDA 483";
    private const string Give = "I can teach Excel pivot tables";

    private readonly CapturingLogs _logs = new();

    protected CountingUnderstander Counting { get; } = new();

    protected BotHarness Bot { get; private set; } = null!;

    protected abstract string? StorageConnectionString { get; }

    private MemberKey Member => new(Bot.Teams.TenantId, Bot.Teams.User.AadObjectId!, Bot.Teams.User.Id!, Bot.Teams.PersonalConversationId);

    private UnderstandingStore Store => Bot.Services.GetRequiredService<UnderstandingStore>();

    public async Task InitializeAsync() => Bot = await BotHarness.StartAsync(
        StorageConnectionString,
        s =>
        {
            s.AddSingleton<IAnswerUnderstander>(Counting);
            s.AddSingleton<ILoggerProvider>(_logs);
        },
        new Dictionary<string, string?> { ["Understanding:SendPlayback"] = "true", ["Logging:LogLevel:Default"] = "Information" });

    public async Task DisposeAsync() => await Bot.DisposeAsync();

    [Fact]
    public async Task Each_answer_is_understood_once_in_the_background_and_an_unchanged_edit_costs_no_call()
    {
        await AnswerAllAsync();

        Assert.Equal([(AnswerKind.Accomplish, Goal), (AnswerKind.ConnectWith, Who), (AnswerKind.Offer, Give)], Counting.Calls.Select(c => (c.Kind, c.Text)));
        Assert.All(Counting.Calls, c => Assert.Equal("en-US", c.Locale));
        var rows = await RowsAsync();
        Assert.Equal(CountingUnderstander.PlainOf(Goal), rows[AnswerKind.Accomplish].Plain);
        Assert.Equal(CountingUnderstander.WordsOf(AnswerKind.Offer), rows[AnswerKind.Offer].Words);
        Assert.All(rows.Values, r => Assert.Equal(("counting", "counting-1"), (r.Source, r.Version)));

        await Bot.SayAsync("edit 1");
        await Bot.SayAsync(Goal);
        Assert.Equal([InterviewStrings.ConsentGiven], await Bot.SayAsync("yes"));
        await IdleAsync();

        Assert.Equal(3, Counting.Calls.Count);

        await Bot.SayAsync("edit 1");
        await Bot.SayAsync("Melhorar as auditorias de fornecedores");
        await IdleAsync();

        Assert.Equal(4, Counting.Calls.Count);
        Assert.Equal((AnswerKind.Accomplish, "Melhorar as auditorias de fornecedores"), (Counting.Calls[^1].Kind, Counting.Calls[^1].Text));
    }

    [Fact]
    public async Task A_new_version_of_the_source_understands_every_answer_again_and_keeps_what_the_member_said()
    {
        await AnswerAllAsync();
        await SaveWordsAsync(new() { ["words-accomplish"] = "CAPA, corrective actions" });
        await RejectAsync(AnswerKind.Offer, Give);

        Counting.Version = "counting-2";
        await Bot.SayAsync("yes");
        await IdleAsync();

        Assert.Equal(6, Counting.Calls.Count);
        var rows = await RowsAsync();
        Assert.All(rows.Values, r => Assert.Equal("counting-2", r.Version));
        Assert.Equal(["CAPA", "corrective actions"], rows[AnswerKind.Accomplish].MemberWords);
        Assert.True(rows[AnswerKind.Offer].Rejected);

        // A new answer is read afresh (the earlier "That's not it" was about the earlier answer); the member's words stay.
        await Bot.SayAsync("edit 3");
        await Bot.SayAsync("I can teach Power BI");
        await Bot.SayAsync("edit 1");
        await Bot.SayAsync("Melhorar as auditorias de fornecedores");
        await IdleAsync();

        rows = await RowsAsync();
        Assert.False(rows[AnswerKind.Offer].Rejected);
        Assert.Equal(CountingUnderstander.PlainOf("Melhorar as auditorias de fornecedores"), rows[AnswerKind.Accomplish].Plain);
        Assert.Equal(["CAPA", "corrective actions"], rows[AnswerKind.Accomplish].MemberWords);
    }

    [Fact]
    public async Task When_the_first_source_fails_the_offline_one_understands_and_no_log_carries_the_answer()
    {
        // A service's error message may echo the text it was sent.
        Counting.Failure = new HttpRequestException("400 for the text: " + Goal);

        await AnswerAllAsync();

        Assert.Equal([AnswerKind.Accomplish, AnswerKind.ConnectWith, AnswerKind.Offer], Counting.Calls.Select(c => c.Kind).Distinct().Order());
        var rows = await RowsAsync();
        Assert.Equal([AnswerKind.Accomplish, AnswerKind.ConnectWith, AnswerKind.Offer], rows.Keys.Order());
        Assert.All(rows.Values, r => Assert.Equal("lexicon", r.Source));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("Accomplish answer", StringComparison.Ordinal) && e.Text.Contains(nameof(HttpRequestException), StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Level > LogLevel.Debug && (e.Text.Contains("CAPA", StringComparison.Ordinal) || e.Text.Contains("pivot", StringComparison.Ordinal)));

        // A fallback's understanding is not the preferred source's: once that source is back, the next change upgrades it.
        Counting.Failure = null;
        await Bot.SayAsync("yes");
        await IdleAsync();

        Assert.All((await RowsAsync()).Values, r => Assert.Equal("counting", r.Source));
    }

    [Fact]
    public async Task Understandings_are_in_the_export_and_gone_after_forget_me()
    {
        await AnswerAllAsync();
        await SaveWordsAsync(new() { ["words-offer"] = "spreadsheets" });
        var rows = await RowsAsync();

        using var json = JsonDocument.Parse(await ExportFiles.ExportFileAsync(Bot));
        var exported = json.RootElement.GetProperty("tables").GetProperty(UnderstandingStore.TableName).EnumerateArray().ToList();
        Assert.Equal(3, exported.Count);
        Assert.Equal(rows.Values.Select(r => r.AnswerHash).Order(), exported.Select(e => e.GetProperty("AnswerHash").GetString()).Order());
        Assert.Contains(exported, e => e.GetProperty("MemberWords").GetString() == "[\"spreadsheets\"]");
        Assert.Contains(exported, e => e.GetProperty("Plain").GetString() == CountingUnderstander.PlainOf(Goal));

        await Bot.SayAsync("forget me");
        Assert.Equal([InterviewStrings.Forgotten], await Bot.SayAsync("yes"));
        await IdleAsync();

        Assert.Empty(await RowsAsync());
        Assert.Empty(await Store.ExportAsync(Member, default));
    }

    [Fact]
    public async Task A_member_forgotten_while_their_answers_are_understood_leaves_nothing()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(Goal);
        await Bot.SayAsync(Who);
        await IdleAsync();
        var rights = Bot.Services.GetRequiredService<MemberDataRights>();
        var forgotten = 0;
        Counting.WhileUnderstanding = async () =>
        {
            if (Interlocked.Exchange(ref forgotten, 1) == 0)
            {
                await rights.EraseAsync(Member, default);
            }
        };

        await Bot.SayAsync(Give);
        await IdleAsync();

        Assert.Equal(1, forgotten);
        Assert.Null(await Bot.Services.GetRequiredService<ConnectorBot.Interview.Stores.ProfileStore>().GetAsync(Member, default));
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task The_member_is_told_how_they_were_understood_once_per_change()
    {
        await AnswerAllAsync();

        var playback = Assert.Single(Playbacks());
        Assert.Equal(Bot.Teams.PersonalConversationId, playback.Conversation?.Id);
        var strings = CardJson.Strings(CardOf(playback)).ToList();
        Assert.Contains(UnderstandingStrings.SectionTitle, strings);
        Assert.Contains(UnderstandingStrings.InPlainWords(CountingUnderstander.PlainOf(Goal)), strings);
        Assert.All((await RowsAsync()).Values, r => Assert.True(r.PlayedBack));

        await Bot.SayAsync("edit 2");
        await Bot.SayAsync(Who);
        await Bot.SayAsync("yes");
        await Bot.SayAsync("show");
        await IdleAsync();
        Assert.Single(Playbacks());

        await Bot.SayAsync("edit 2");
        await Bot.SayAsync("someone who has closed an FDA warning letter");
        await IdleAsync();

        Assert.Equal(2, Playbacks().Count);
        Assert.Contains(
            UnderstandingStrings.InPlainWords(CountingUnderstander.PlainOf("someone who has closed an FDA warning letter")),
            CardJson.Strings(CardOf(Playbacks()[^1])));
    }

    [Fact]
    public async Task Nobody_is_told_between_two_questions_and_the_summary_shows_what_is_understood()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(Goal);
        await Bot.SayAsync(Who);
        await IdleAsync();

        Assert.Empty(Playbacks());
        Assert.Equal(2, Counting.Calls.Count);

        await Bot.SayAsync(Give);
        await IdleAsync();
        var summary = CardJson.Strings(await ShowAsync()).ToList();

        Assert.Contains(UnderstandingStrings.SectionTitle, summary);
        Assert.Contains(UnderstandingStrings.InPlainWords(CountingUnderstander.PlainOf(Give)), summary);
        Assert.Single(Playbacks());
    }

    [Fact]
    public async Task Words_the_member_adds_are_stored_shown_first_and_survive_a_new_understanding()
    {
        await AnswerAllAsync();
        var before = Bot.Connector.OutgoingActivities.Count;

        var response = await SaveWordsAsync(new() { ["words-accomplish"] = "CAPA, **corrective** actions", ["words-offer"] = " " });

        Assert.Equal("application/vnd.microsoft.card.adaptive", response.GetProperty("type").GetString());
        var card = CardJson.Strings(response.GetProperty("value")).ToList();
        var mine = card.IndexOf(UnderstandingStrings.YourWords(@"CAPA, \*\*corrective\*\* actions"));
        Assert.True(mine > 0 && mine < card.IndexOf(UnderstandingStrings.RelatedWords("accomplish skills, teamwork")), string.Join(" | ", card));
        Assert.Contains(InterviewStrings.Cards.SharingTitle, card);
        Assert.Equal(
            UnderstandingStrings.WordsSaved("your goal", @"CAPA, \*\*corrective\*\* actions"),
            Assert.Single(Bot.SentSince(before)).Text);
        var rows = await RowsAsync();
        Assert.Equal(["CAPA", "**corrective** actions"], rows[AnswerKind.Accomplish].MemberWords);
        Assert.Empty(rows[AnswerKind.Offer].MemberWords);

        await Bot.SayAsync("edit 1");
        await Bot.SayAsync("Melhorar as auditorias de fornecedores");
        await IdleAsync();

        rows = await RowsAsync();
        Assert.Equal(CountingUnderstander.PlainOf("Melhorar as auditorias de fornecedores"), rows[AnswerKind.Accomplish].Plain);
        Assert.Equal(["CAPA", "**corrective** actions"], rows[AnswerKind.Accomplish].MemberWords);
        Assert.StartsWith("(Plainly: Melhorar as auditorias de fornecedores) [CAPA, **corrective** actions, accomplish skills", UnderstoodText.Of(rows[AnswerKind.Accomplish], "Melhorar as auditorias de fornecedores"), StringComparison.Ordinal);
        Assert.Contains(UnderstandingStrings.YourWords(@"CAPA, \*\*corrective\*\* actions"), CardJson.Strings(await ShowAsync()));
    }

    [Fact]
    public async Task Empty_or_too_many_words_change_nothing_and_say_why()
    {
        await AnswerAllAsync();
        await SaveWordsAsync(new() { ["words-connectWith"] = "regulatory affairs" });

        var empty = await SaveWordsAsync(new() { ["words-accomplish"] = " , ", ["words-connectWith"] = string.Empty });
        var tooMany = await SaveWordsAsync(new() { ["words-connectWith"] = string.Join(", ", Enumerable.Range(1, 16).Select(i => "w" + i)) });
        var tooLong = await SaveWordsAsync(new() { ["words-connectWith"] = new string('x', 301) });

        Assert.Equal(UnderstandingStrings.WordsEmpty, empty.GetProperty("value").GetString());
        Assert.Equal(UnderstandingStrings.WordsTooMany(16, 15), tooMany.GetProperty("value").GetString());
        Assert.Equal(UnderstandingStrings.WordsTooLong(301, 300), tooLong.GetProperty("value").GetString());
        Assert.Equal(["regulatory affairs"], (await RowsAsync())[AnswerKind.ConnectWith].MemberWords);
    }

    [Fact]
    public async Task That_is_not_it_stops_using_the_generated_reading_and_says_how_to_add_words()
    {
        await AnswerAllAsync();
        await SaveWordsAsync(new() { ["words-accomplish"] = "CAPA" });
        var before = Bot.Connector.OutgoingActivities.Count;

        var response = await RejectAsync(AnswerKind.Accomplish, Goal);

        var reply = Assert.Single(Bot.SentSince(before)).Text!;
        Assert.Equal(UnderstandingStrings.Rejected("your goal"), reply);
        Assert.Contains("**Add words**", reply, StringComparison.Ordinal);
        var card = CardJson.Strings(response.GetProperty("value")).ToList();
        Assert.Contains(UnderstandingStrings.RejectedNote, card);
        Assert.DoesNotContain(UnderstandingStrings.InPlainWords(CountingUnderstander.PlainOf(Goal)), card);
        var row = (await RowsAsync())[AnswerKind.Accomplish];
        Assert.True(row.Rejected);
        Assert.Equal("[CAPA]", UnderstoodText.Of(row, Goal));
    }

    [Fact]
    public async Task A_button_pressed_after_the_answer_changed_rejects_nothing_unseen()
    {
        await AnswerAllAsync();
        await Bot.SayAsync("edit 1");
        await Bot.SayAsync("Melhorar as auditorias de fornecedores");
        await IdleAsync();
        var before = Bot.Connector.OutgoingActivities.Count;

        var response = await RejectAsync(AnswerKind.Accomplish, Goal);

        Assert.Equal(UnderstandingStrings.AnswerChanged, Assert.Single(Bot.SentSince(before)).Text);
        Assert.Equal("application/vnd.microsoft.card.adaptive", response.GetProperty("type").GetString());
        Assert.False((await RowsAsync())[AnswerKind.Accomplish].Rejected);
    }

    [Fact]
    public async Task Buttons_after_forget_me_or_from_another_tenants_card_change_nothing()
    {
        await AnswerAllAsync();

        var foreign = await PressAsync(UnderstandingVerbs.SaveWords, new Dictionary<string, string> { ["tenant"] = "another-tenant", ["card"] = "summary", ["words-accomplish"] = "CAPA" });

        Assert.Equal("application/vnd.microsoft.error", foreign.GetProperty("type").GetString());
        Assert.Equal(403, foreign.GetProperty("statusCode").GetInt32());
        Assert.All((await RowsAsync()).Values, r => Assert.Empty(r.MemberWords));

        await Bot.SayAsync("forget me");
        await Bot.SayAsync("yes");
        await IdleAsync();
        var words = await SaveWordsAsync(new() { ["words-accomplish"] = "CAPA" });
        var reject = await RejectAsync(AnswerKind.Accomplish, Goal);

        Assert.Equal(UnderstandingStrings.NothingStored, words.GetProperty("value").GetString());
        Assert.Equal(UnderstandingStrings.NothingStored, reject.GetProperty("value").GetString());
        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task The_action_submit_fallback_stores_words_too()
    {
        await AnswerAllAsync();
        var submit = Bot.Teams.PersonalMessage(string.Empty) with
        {
            Value = JsonSerializer.SerializeToElement(new Dictionary<string, string>
            {
                ["verb"] = UnderstandingVerbs.SaveWords,
                ["tenant"] = Bot.Teams.TenantId,
                ["card"] = "playback",
                ["words-connectWith"] = "regulatory affairs",
            }),
        };

        using var response = await Bot.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["regulatory affairs"], (await RowsAsync())[AnswerKind.ConnectWith].MemberWords);
        Assert.StartsWith("Thanks!", Bot.SentTexts[^1], StringComparison.Ordinal);
    }

    private async Task AnswerAllAsync()
    {
        await Bot.SayAsync("hello");
        await Bot.SayAsync(Goal);
        await Bot.SayAsync(Who);
        await Bot.SayAsync(Give);
        await IdleAsync();
    }

    /// <summary>Waits until the background has understood (and embedded) everything queued: a guard against a hang, not a timing.</summary>
    private async Task IdleAsync()
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Bot.Services.GetRequiredService<UnderstandingRefresher>().WhenIdleAsync(hang.Token);
        await Bot.Services.GetRequiredService<MeaningRefresher>().WhenIdleAsync(hang.Token);
    }

    private async Task<IReadOnlyDictionary<AnswerKind, AnswerUnderstanding>> RowsAsync() =>
        await Store.ReadAsync(Member.TenantId, Member.MemberId, default);

    private List<Activity> Playbacks() => [.. Bot.Connector.OutgoingActivities.Where(a => a.Summary == UnderstandingStrings.PlaybackSummary)];

    private static JsonElement CardOf(Activity activity) => JsonSerializer.SerializeToElement(Assert.Single(activity.Attachments!).Content);

    private async Task<JsonElement> ShowAsync()
    {
        var before = Bot.Connector.OutgoingActivities.Count;
        await Bot.SayAsync("show");
        return CardOf(Assert.Single(Bot.SentSince(before), a => a.Attachments?.Count > 0));
    }

    private Task<JsonElement> SaveWordsAsync(Dictionary<string, string> inputs)
    {
        inputs["tenant"] = Bot.Teams.TenantId;
        inputs["card"] = "summary";
        return PressAsync(UnderstandingVerbs.SaveWords, inputs);
    }

    private Task<JsonElement> RejectAsync(AnswerKind kind, string answer) => PressAsync(
        UnderstandingVerbs.Reject,
        new Dictionary<string, string>
        {
            ["tenant"] = Bot.Teams.TenantId,
            ["card"] = "summary",
            ["answer"] = AnswerKinds.Name(kind),
            ["answerHash"] = AnswerUnderstanding.HashOf(answer),
        });

    private async Task<JsonElement> PressAsync(string verb, Dictionary<string, string> data)
    {
        using var response = await Bot.PostAsync(Bot.Teams.Invoke(ActivityRouter.AdaptiveCardActionInvoke, new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.Clone();
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteUnderstandingChatTests(AzuriteFixture azurite) : UnderstandingChatContract
{
    protected override string? StorageConnectionString => azurite.ConnectionString;
}

public sealed class EmbeddedUnderstandingChatTests : UnderstandingChatContract
{
    protected override string? StorageConnectionString => null;
}
