#pragma warning disable CS9113
// Temporary stand-ins for the intros-core and intros-cards branches; deleted when they merge.
using System.Text.Json;

using ConnectorBot.Intros;
using ConnectorBot.Interview;

namespace ConnectorBot.Intros
{
    public enum OutboxKind
    {
        PostIntro,
        UpdateCard,
        Handoff,
        FollowUp,
    }

    public sealed record OutboxItem
    {
        public required string TenantId { get; init; }

        public required string TeamId { get; init; }

        public required string Key { get; init; }

        public OutboxKind Kind { get; init; }

        public required string IntroId { get; init; }

        public string? MemberId { get; init; }

        public int Attempts { get; init; }

        public DateTimeOffset? NotBefore { get; init; }

        public bool Done { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public string? LastError { get; init; }
    }

    public enum DecisionOutcome
    {
        Applied,
        NotNamed,
        AlreadyDecided,
        Closed,
    }

    public sealed record DecisionResult(DecisionOutcome Outcome, IntroRecord Intro);

    public static class IntroDecisions
    {
        public static DecisionResult Decide(IntroRecord intro, string actorMemberId, Decision decision, DateTimeOffset now) => new(DecisionOutcome.Closed, intro);
    }

    public static class IntroExpiry
    {
        public static bool IsDue(IntroRecord intro, int expiryDays, DateTimeOffset now) => false;

        public static bool FollowUpDue(IntroRecord intro, int followUpDays, DateTimeOffset now) => false;
    }

    public static class RoundSchedule
    {
        public static DateTimeOffset NextSlot(TeamSettings settings, DateTimeOffset after) => after.AddDays(7);

        public static string SlotId(DateTimeOffset slotUtc) => slotUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmm", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static class IntrosVerbs
    {
        public const string Accept = "intro.accept";
        public const string Pass = "intro.pass";
        public const string FollowUp = "intro.followup";

        public static MeetingOutcome? ReadOutcome(ConnectorBot.BotFramework.Turns.CardAction action) => null;
    }

    public static class IntrosStrings
    {
        public const string UnknownIntro = "I can't find this intro any more.";
        public const string AlreadyAnswered = "You've already answered this intro.";
        public const string Closed = "This intro has closed.";
    }

    public static class IntroCards
    {
        public static JsonElement Suggestion(IntroRecord intro) => JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" });

        public static string NotForYou(IntroRecord intro) => "not for you";

        public static JsonElement FollowUp(IntroRecord intro, IntroParty me) => JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" });

        public static string FollowUpThanks(MeetingOutcome outcome) => "thanks";
    }

    public static class HandoffMessage
    {
        public static string For(IntroRecord intro, IntroParty me) => "handoff";

        public static string CardNote(IntroParty unreachable) => "note";
    }
}

namespace ConnectorBot.Storage.Records
{
    public sealed class TeamSettingsStore(TableSet tables)
    {
        public Task<TeamSettings?> GetAsync(string tenantId, string teamId, CancellationToken cancellationToken = default) => Task.FromResult<TeamSettings?>(null);

        public Task<TeamSettings?> UpdateAsync(string tenantId, string teamId, Func<TeamSettings?, TeamSettings?> change, CancellationToken cancellationToken = default) => Task.FromResult<TeamSettings?>(null);

        public IAsyncEnumerable<TeamSettings> ListAllAsync(CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<TeamSettings>();
    }

    public sealed class IntroStore(TableSet tables) : IMemberData
    {
        public string Name => "Intros";

        public Task<IntroRecord?> GetAsync(string tenantId, string teamId, string introId, CancellationToken cancellationToken = default) => Task.FromResult<IntroRecord?>(null);

        public Task<IntroRecord?> UpdateAsync(string tenantId, string teamId, string introId, Func<IntroRecord?, IntroRecord?> change, CancellationToken cancellationToken = default) => Task.FromResult<IntroRecord?>(null);

        public Task AddManyAsync(IEnumerable<IntroRecord> intros, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public IAsyncEnumerable<IntroRecord> ListAsync(string tenantId, string teamId, IntroState? state = null, CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<IntroRecord>();

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object>>>([]);

        public Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    public sealed class RoundStore(TableSet tables)
    {
        public Task<bool> TryAddAsync(RoundRecord round, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<RoundRecord?> GetAsync(string tenantId, string teamId, string roundId, CancellationToken cancellationToken = default) => Task.FromResult<RoundRecord?>(null);

        public IAsyncEnumerable<RoundRecord> ListAsync(string tenantId, string teamId, CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<RoundRecord>();
    }

    public sealed class PairHistoryStore(TableSet tables) : IMemberData
    {
        public string Name => "PairHistory";

        public Task RecordAsync(string tenantId, string a, string b, string outcome, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<ConnectorBot.Matching.PairHistory> LoadForMatchingAsync(string tenantId, IReadOnlyCollection<string> memberIds, IReadOnlyList<string> firstInLine, CancellationToken cancellationToken = default) =>
            Task.FromResult(ConnectorBot.Matching.PairHistory.Empty);

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object>>> ExportAsync(MemberKey member, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object>>>([]);

        public Task<int> EraseAsync(MemberKey member, CancellationToken cancellationToken) => Task.FromResult(0);
    }

    public sealed class OutboxStore(TableSet tables)
    {
        public Task<bool> EnqueueAsync(OutboxItem item, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public IAsyncEnumerable<OutboxItem> ListPendingAsync(string tenantId, string teamId, CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<OutboxItem>();

        public Task CompleteAsync(OutboxItem item, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task DeferAsync(OutboxItem item, DateTimeOffset notBefore, string? lastError, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
