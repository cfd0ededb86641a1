using ConnectorBot.Matching.Assignment;
using ConnectorBot.Matching.Explaining;
using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Matching;

/// <summary>
/// One round of introductions: data in, intros out. Pure (no I/O, no clock, no randomness), and the result does not
/// depend on the order the profiles arrive in.
/// </summary>
public static class IntroMatcher
{
    /// <summary>How much a member left waiting last round is preferred this round (added to the assignment weight only).</summary>
    private const double FirstInLineBoost = 0.5;

    public static IntroRound Match(IEnumerable<MatchProfile> profiles, PairHistory history, RoundOptions options, IProgress<string>? progress = null)
    {
        // Sorting by id makes indices, ties and therefore the output independent of input order; a repeated id keeps its last record.
        MatchProfile[] members = [.. profiles.GroupBy(p => p.Id, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(p => p.Id, StringComparer.Ordinal)];
        progress?.Report($"scoring {members.Length} members");
        var model = RoundScore.Build(members, options);
        if (model.Sentences is { } sentences)
        {
            progress?.Report($"{sentences.Embedded} of {members.Length} members have sentence embeddings; the rest are scored on their words");
        }

        PairRules rules = new(history, options);
        HashSet<string> waiting = new(history.FirstInLine, StringComparer.Ordinal);
        progress?.Report("finding candidate partners");
        var edges = CandidateGraph.Build(
            model,
            (a, b) => rules.Allows(members[a].Id, members[b].Id),
            options,
            (a, b) => waiting.Contains(members[a].Id) || waiting.Contains(members[b].Id) ? FirstInLineBoost : 0);

        progress?.Report($"assigning over {edges.Count} candidate pairs");
        var perMember = Math.Max(1, options.PerMember);
        var chosen = BMatcher.Solve(members.Length, edges, perMember);

        progress?.Report($"explaining {chosen.Count} intros");
        var explained = new Intro[chosen.Count];
        Parallel.For(0, chosen.Count, i => explained[i] = ToIntro(model, members, chosen[i]));
        List<Intro> intros = [.. explained];
        var leftOvers = LeftOvers(members, edges, chosen, model);
        if (options.OddHeadcount == OddHeadcountPolicy.Trio)
        {
            leftOvers = FormTrios(model, members, intros, leftOvers);
        }

        var noGoodMatch = NoGoodMatch(members, edges, intros);
        progress?.Report($"{intros.Count} intros, {leftOvers.Count} first in line for next round, {noGoodMatch.Count} without a good match");
        return new IntroRound(intros, leftOvers) { NoGoodMatch = noGoodMatch };
    }

    private static Intro ToIntro(RoundScore model, MatchProfile[] members, Edge e)
    {
        var score = Math.Round(model.Shown(model.Pair(e.U, e.V)), 4);
        var ab = model.Direction(e.U, e.V);
        var ba = model.Direction(e.V, e.U);
        var reason = ReasonWriter.Write(members[e.U], members[e.V], model.Lexical.IdfOf, Explains(model, ab, ba), Explains(model, ba, ab));
        return new Intro(members[e.U].Id, members[e.V].Id, score, reason);
    }

    /// <summary>A direction is worth a clause when it is the stronger one or strong in its own right.</summary>
    private static bool Explains(RoundScore model, double direction, double other) => direction >= other || direction >= model.Threshold * (0.3 / MatchTuning.DefaultThreshold);

    /// <summary>Members with a qualifying partner who still got no intro: the "odd one out" of the round.</summary>
    private static List<LeftOver> LeftOvers(MatchProfile[] members, List<Edge> edges, List<Edge> chosen, RoundScore model)
    {
        var matched = new bool[members.Length];
        foreach (var e in chosen)
        {
            matched[e.U] = matched[e.V] = true;
        }

        // Runs over every candidate edge (a million at 100k members): no allocation per edge.
        Dictionary<int, Edge> best = [];
        foreach (var e in edges)
        {
            Consider(e.U, e);
            Consider(e.V, e);
        }

        void Consider(int m, Edge e)
        {
            if (!matched[m] && (!best.TryGetValue(m, out var current) || e.Weight > current.Weight))
            {
                best[m] = e;
            }
        }

        return [.. best.OrderBy(kv => members[kv.Key].Id, StringComparer.Ordinal)
            .Select(kv => new LeftOver(members[kv.Key].Id, members[kv.Value.Other(kv.Key)].Id, Math.Round(model.Shown(model.Pair(kv.Value.U, kv.Value.V)), 4)))];
    }

    /// <summary>Members in no intro and with no qualifying candidate at all: a weak intro would waste two people's time.</summary>
    private static List<string> NoGoodMatch(MatchProfile[] members, List<Edge> edges, List<Intro> intros)
    {
        var candidate = new bool[members.Length];
        foreach (var e in edges)
        {
            candidate[e.U] = candidate[e.V] = true;
        }

        HashSet<string> introduced = new(intros.SelectMany(i => i.C is null ? new[] { i.A, i.B } : [i.A, i.B, i.C]), StringComparer.Ordinal);
        return [.. Enumerable.Range(0, members.Length).Where(m => !candidate[m] && !introduced.Contains(members[m].Id)).Select(m => members[m].Id)];
    }

    /// <summary>Adds each left-over member to their best partner's intro when that intro is still a pair; the rest stay first in line.</summary>
    private static List<LeftOver> FormTrios(RoundScore model, MatchProfile[] members, List<Intro> intros, List<LeftOver> leftOvers)
    {
        List<LeftOver> stillWaiting = [];
        foreach (var left in leftOvers.OrderByDescending(l => l.Score).ThenBy(l => l.MemberId, StringComparer.Ordinal))
        {
            var index = intros.FindIndex(i => i.C is null && (i.A == left.BestPartnerId || i.B == left.BestPartnerId));
            if (index < 0)
            {
                stillWaiting.Add(left);
                continue;
            }

            var pair = intros[index];
            var joiner = members.First(m => m.Id == left.MemberId);
            var partner = members.First(m => m.Id == left.BestPartnerId);
            var reason = ReasonWriter.WriteTrio(members.First(m => m.Id == pair.A), members.First(m => m.Id == pair.B), joiner, partner, model.Lexical.IdfOf);
            intros[index] = pair with { C = left.MemberId, Reason = reason };
        }

        return stillWaiting;
    }
}
