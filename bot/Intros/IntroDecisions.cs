namespace ConnectorBot.Intros;

/// <summary>
/// The double opt-in state machine, pure so it can run inside an ETag-guarded read-modify-write:
/// only named members act, a member's first decision sticks, one pass closes, all accepts connect.
/// </summary>
public static class IntroDecisions
{
    public static DecisionResult Decide(IntroRecord intro, string actorMemberId, Decision decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intro);
        var party = intro.Party(actorMemberId);
        if (party is null)
        {
            return new(DecisionOutcome.NotNamed, intro);
        }

        if (intro.State != IntroState.Posted || intro.WithdrawnAt is not null)
        {
            // A connected member clicking Accept again gets "already accepted", not "closed".
            var repeat = intro.State == IntroState.Connected && party.Decision == decision;
            return new(repeat ? DecisionOutcome.AlreadyDecided : DecisionOutcome.Closed, intro);
        }

        if (party.Decision is not null)
        {
            return new(DecisionOutcome.AlreadyDecided, intro);
        }

        var parties = intro.Parties
            .Select(p => p.MemberId == actorMemberId ? p with { Decision = decision } : p)
            .ToList();
        var state = decision == Decision.Passed ? IntroState.Passed
            : parties.All(p => p.Decision == Decision.Accepted) ? IntroState.Connected
            : IntroState.Posted;
        return new(DecisionOutcome.Applied, intro with
        {
            Parties = parties,
            State = state,
            ClosedAt = state == IntroState.Posted ? intro.ClosedAt : now,
        });
    }
}
