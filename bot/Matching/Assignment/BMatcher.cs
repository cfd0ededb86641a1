namespace ConnectorBot.Matching.Assignment;

/// <summary>
/// Maximum-weight b-matching heuristic (each member in at most k intros): greedy by weight, then local
/// improvement by short augmenting swaps until no swap gains. Near-optimal on sparse graphs and O(E log E).
/// </summary>
/// <remarks>
/// Works on positions in the heaviest-first edge array rather than on edges themselves, so "is it in the matching"
/// is an array read and a swap allocates nothing: at 100k members the passes try a million edges each. Edges are
/// expected to be distinct pairs, as the candidate graph makes them.
/// </remarks>
public static class BMatcher
{
    private const double Epsilon = 1e-12;

    public static List<Edge> Solve(int memberCount, IReadOnlyList<Edge> edges, int perMember)
    {
        Edge[] sorted = [.. edges];
        Array.Sort(sorted, Edge.HeaviestFirst);
        Incidence incident = new(memberCount, sorted);
        State state = new(memberCount, perMember, sorted);
        for (var e = 0; e < sorted.Length; e++)
        {
            if (state.Free(sorted[e].U) && state.Free(sorted[e].V))
            {
                state.Add(e);
            }
        }

        // The first pass tries every edge; later passes only edges at members whose intros changed, since elsewhere
        // nothing that bounds a swap's gain has moved.
        var changed = new bool[memberCount];
        Array.Fill(changed, true);
        Swap swap = new(state, incident, sorted);
        for (var pass = 0; pass < 8; pass++)
        {
            var changedNow = new bool[memberCount];
            var improved = false;
            for (var e = 0; e < sorted.Length; e++)
            {
                if ((changed[sorted[e].U] || changed[sorted[e].V]) && !state.Contains(e) && swap.TryImprove(e, changedNow))
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

        List<Edge> result = [];
        for (var e = 0; e < sorted.Length; e++)
        {
            if (state.Contains(e))
            {
                result.Add(sorted[e]);
            }
        }

        return result;
    }

    /// <summary>
    /// Brings an edge in, pushing out at most one intro at each end, and re-homes the pushed-out partners; undone unless
    /// it gains.
    /// </summary>
    private sealed class Swap(State state, Incidence incident, Edge[] sorted)
    {
        private readonly List<int> _added = [];

        public bool TryImprove(int e, bool[] changed)
        {
            var edge = sorted[e];
            var outU = state.Free(edge.U) ? -1 : state.Lightest(edge.U);
            var outV = state.Free(edge.V) ? -1 : state.Lightest(edge.V);
            var loss = (outU >= 0 ? sorted[outU].Weight : 0) + (outV >= 0 ? sorted[outV].Weight : 0);

            // Upper bound before touching anything: each pushed-out partner regains at most its heaviest edge.
            var regainable = (outU >= 0 ? sorted[incident.Heaviest(sorted[outU].Other(edge.U))].Weight : 0)
                + (outV >= 0 ? sorted[incident.Heaviest(sorted[outV].Other(edge.V))].Weight : 0);
            if (edge.Weight + regainable - loss <= Epsilon)
            {
                return false;
            }

            // outU then outV, without a repeat.
            var first = outU >= 0 ? outU : outV;
            var second = outU >= 0 && outV >= 0 && outV != outU ? outV : -1;
            Remove(first);
            Remove(second);
            state.Add(e);
            _added.Clear();
            Rehome(first, edge, first, second);
            Rehome(second, edge, first, second);

            var gain = edge.Weight - loss;
            foreach (var a in _added)
            {
                gain += sorted[a].Weight;
            }

            if (gain > Epsilon)
            {
                Mark(changed, first);
                Mark(changed, second);
                foreach (var a in _added)
                {
                    Mark(changed, a);
                }

                Mark(changed, e);
                return true;
            }

            foreach (var a in _added)
            {
                state.Remove(a);
            }

            state.Remove(e);
            if (first >= 0)
            {
                state.Add(first);
            }

            if (second >= 0)
            {
                state.Add(second);
            }

            return false;
        }

        private void Remove(int e)
        {
            if (e >= 0)
            {
                state.Remove(e);
            }
        }

        private void Mark(bool[] changed, int e)
        {
            if (e >= 0)
            {
                changed[sorted[e].U] = changed[sorted[e].V] = true;
            }
        }

        /// <summary>Gives the partner who lost <paramref name="removed"/> their best intro that both ends still have room for.</summary>
        private void Rehome(int removed, Edge brought, int first, int second)
        {
            if (removed < 0)
            {
                return;
            }

            var r = sorted[removed];
            var member = r.U == brought.U || r.U == brought.V ? r.V : r.U;
            if (!state.Free(member))
            {
                return;
            }

            foreach (var candidate in incident.Of(member))
            {
                if (candidate != first && candidate != second && !state.Contains(candidate) && state.Free(sorted[candidate].Other(member)))
                {
                    state.Add(candidate);
                    _added.Add(candidate);
                    return;
                }
            }
        }
    }

    /// <summary>Each member's edges, heaviest first, as slices of one array.</summary>
    private sealed class Incidence
    {
        private readonly int[] _start;
        private readonly int[] _edges;

        public Incidence(int memberCount, Edge[] sorted)
        {
            _start = new int[memberCount + 1];
            foreach (var e in sorted)
            {
                _start[e.U + 1]++;
                _start[e.V + 1]++;
            }

            for (var m = 0; m < memberCount; m++)
            {
                _start[m + 1] += _start[m];
            }

            _edges = new int[_start[memberCount]];
            var next = _start[..memberCount];
            for (var e = 0; e < sorted.Length; e++)
            {
                _edges[next[sorted[e].U]++] = e;
                _edges[next[sorted[e].V]++] = e;
            }
        }

        public ReadOnlySpan<int> Of(int member) => _edges.AsSpan(_start[member], _start[member + 1] - _start[member]);

        /// <summary>Only asked of members with at least one edge: a pushed-out partner has the edge it was pushed from.</summary>
        public int Heaviest(int member) => _edges[_start[member]];
    }

    private sealed class State(int memberCount, int perMember, Edge[] sorted)
    {
        private readonly int[] _slots = new int[memberCount * perMember];
        private readonly int[] _load = new int[memberCount];
        private readonly bool[] _matched = new bool[sorted.Length];

        public bool Free(int member) => _load[member] < perMember;

        public bool Contains(int e) => _matched[e];

        /// <summary>The member's intro with the smallest (weight, U, V).</summary>
        public int Lightest(int member)
        {
            var at = member * perMember;
            var lightest = _slots[at];
            for (var k = 1; k < _load[member]; k++)
            {
                var e = sorted[_slots[at + k]];
                var l = sorted[lightest];
                if (e.Weight < l.Weight || (e.Weight == l.Weight && (e.U < l.U || (e.U == l.U && e.V < l.V))))
                {
                    lightest = _slots[at + k];
                }
            }

            return lightest;
        }

        public void Add(int e)
        {
            _matched[e] = true;
            Attach(sorted[e].U, e);
            Attach(sorted[e].V, e);
        }

        public void Remove(int e)
        {
            _matched[e] = false;
            Detach(sorted[e].U, e);
            Detach(sorted[e].V, e);
        }

        private void Attach(int member, int e) => _slots[(member * perMember) + _load[member]++] = e;

        private void Detach(int member, int e)
        {
            var at = member * perMember;
            var last = at + --_load[member];
            for (var k = at; k <= last; k++)
            {
                if (_slots[k] == e)
                {
                    _slots[k] = _slots[last];
                    return;
                }
            }
        }
    }
}
