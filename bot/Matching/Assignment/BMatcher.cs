namespace ConnectorBot.Matching.Assignment;

/// <summary>
/// Maximum-weight b-matching heuristic (each member in at most k intros): greedy by weight, then local
/// improvement by short augmenting swaps until no swap gains. Near-optimal on sparse graphs and O(E log E).
/// </summary>
internal static class BMatcher
{
    private const double Epsilon = 1e-12;

    public static List<Edge> Solve(int memberCount, IReadOnlyList<Edge> edges, int perMember)
    {
        Edge[] sorted = [.. edges];
        Array.Sort(sorted, HeaviestFirst);
        List<Edge>[] incident = new List<Edge>[memberCount];
        for (int i = 0; i < memberCount; i++)
        {
            incident[i] = [];
        }

        foreach (Edge e in sorted)
        {
            incident[e.U].Add(e);
            incident[e.V].Add(e);
        }

        State state = new(memberCount, perMember);
        foreach (Edge e in sorted)
        {
            if (state.Free(e.U) && state.Free(e.V))
            {
                state.Add(e);
            }
        }

        // The first pass tries every edge; later passes only edges at members whose intros changed, since elsewhere
        // nothing that bounds a swap's gain has moved.
        bool[] changed = new bool[memberCount];
        Array.Fill(changed, true);
        List<Edge> added = [];
        for (int pass = 0; pass < 8; pass++)
        {
            bool[] changedNow = new bool[memberCount];
            bool improved = false;
            foreach (Edge e in sorted)
            {
                if ((changed[e.U] || changed[e.V]) && !state.Contains(e) && TryImprove(state, incident, e, changedNow, added))
                {
                    improved = true;
                }
            }

            if (!improved)
            {
                break;
            }

            changed = changedNow;
        }

        Edge[] result = [.. state.Matched];
        Array.Sort(result, HeaviestFirst);
        return [.. result];
    }

    private static int HeaviestFirst(Edge x, Edge y)
    {
        int byWeight = y.Weight.CompareTo(x.Weight);
        return byWeight != 0 ? byWeight : x.U != y.U ? x.U.CompareTo(y.U) : x.V.CompareTo(y.V);
    }

    /// <summary>
    /// Brings e in, pushing out at most one intro at each end, and re-homes the pushed-out partners; undone unless it
    /// gains. <paramref name="added"/> is scratch space reused across calls, so trying an edge allocates nothing.
    /// </summary>
    private static bool TryImprove(State state, List<Edge>[] incident, Edge e, bool[] changed, List<Edge> added)
    {
        Edge? outU = state.Free(e.U) ? null : state.Lightest(e.U);
        Edge? outV = state.Free(e.V) ? null : state.Lightest(e.V);
        double loss = (outU?.Weight ?? 0) + (outV?.Weight ?? 0);

        // Upper bound before touching anything: each pushed-out partner regains at most its heaviest edge.
        double regainable = (outU is { } ru ? incident[ru.Other(e.U)][0].Weight : 0) + (outV is { } rv ? incident[rv.Other(e.V)][0].Weight : 0);
        if (e.Weight + regainable - loss <= Epsilon)
        {
            return false;
        }

        // outU then outV, without a repeat (one intro can be the lightest at both ends); no LINQ on this hot path.
        Edge[] removed = outU is { } first
            ? outV is { } second && !second.Equals(first) ? [first, second] : [first]
            : outV is { } only ? [only] : [];
        foreach (Edge r in removed)
        {
            state.Remove(r);
        }

        state.Add(e);
        added.Clear();
        foreach (Edge r in removed)
        {
            int partner = r.Other(r.U == e.U || r.U == e.V ? r.U : r.V);
            Rehome(state, incident, partner, removed, added);
        }

        double gain = e.Weight - loss;
        foreach (Edge a in added)
        {
            gain += a.Weight;
        }

        if (gain > Epsilon)
        {
            foreach (Edge touched in removed.Concat(added).Append(e))
            {
                changed[touched.U] = changed[touched.V] = true;
            }

            return true;
        }

        foreach (Edge a in added)
        {
            state.Remove(a);
        }

        state.Remove(e);
        foreach (Edge r in removed)
        {
            state.Add(r);
        }

        return false;
    }

    /// <summary>Gives a member who just lost an intro their best intro that both ends still have room for.</summary>
    private static void Rehome(State state, List<Edge>[] incident, int member, Edge[] removed, List<Edge> added)
    {
        if (!state.Free(member))
        {
            return;
        }

        foreach (Edge candidate in incident[member])
        {
            if (Array.IndexOf(removed, candidate) < 0 && !state.Contains(candidate) && state.Free(candidate.Other(member)))
            {
                state.Add(candidate);
                added.Add(candidate);
                return;
            }
        }
    }

    private sealed class State(int memberCount, int perMember)
    {
        private readonly List<Edge>[] _byMember = Enumerable.Range(0, memberCount).Select(_ => new List<Edge>()).ToArray();
        private readonly HashSet<Edge> _matched = [];

        public int PerMember { get; } = perMember;

        public IEnumerable<Edge> Matched => _matched;

        public bool Free(int member) => _byMember[member].Count < PerMember;

        public int Load(int member) => _byMember[member].Count;

        public bool Contains(Edge e) => _matched.Contains(e);

        /// <summary>The member's intro with the smallest (weight, U, V), the first of equals; a plain loop, as it runs once per edge tried.</summary>
        public Edge Lightest(int member)
        {
            List<Edge> intros = _byMember[member];
            Edge lightest = intros[0];
            for (int k = 1; k < intros.Count; k++)
            {
                Edge e = intros[k];
                if (e.Weight < lightest.Weight || (e.Weight == lightest.Weight && (e.U < lightest.U || (e.U == lightest.U && e.V < lightest.V))))
                {
                    lightest = e;
                }
            }

            return lightest;
        }

        public void Add(Edge e)
        {
            _matched.Add(e);
            _byMember[e.U].Add(e);
            _byMember[e.V].Add(e);
        }

        public void Remove(Edge e)
        {
            _matched.Remove(e);
            _byMember[e.U].Remove(e);
            _byMember[e.V].Remove(e);
        }
    }
}
