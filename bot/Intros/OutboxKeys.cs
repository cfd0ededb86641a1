namespace ConnectorBot.Intros;

/// <summary>Idempotency keys: the same send is queued once, however often a round or a click is retried.</summary>
public static class OutboxKeys
{
    public static string Post(string introId) => "post|" + introId;

    /// <summary>One card update per distinct state of the intro (a repeated click changes nothing, so queues nothing new).</summary>
    public static string Update(IntroRecord intro) =>
        $"update|{intro.IntroId}|{intro.State}|{string.Join(',', intro.Parties.Select(p => $"{p.Decision}{(p.HandoffFailed ? "!" : string.Empty)}"))}";

    /// <summary>The one update that withdraws the card: later withdrawals of the same intro change nothing on it.</summary>
    public static string Withdrawn(string introId) => "withdrawn|" + introId;

    public static string Handoff(string introId, string memberId) => $"handoff|{introId}|{memberId}";

    public static string PrivateCard(string introId, string memberId) => $"card|{introId}|{memberId}";

    public static string DeclinedNote(string introId, string memberId) => $"declined|{introId}|{memberId}";

    public static string FollowUp(string introId, string memberId) => $"followup|{introId}|{memberId}";

    /// <summary>One note per round and member left first in line, however often the round is written.</summary>
    public static string WaitingNote(string roundId, string memberId) => $"waiting|{roundId}|{memberId}";
}
