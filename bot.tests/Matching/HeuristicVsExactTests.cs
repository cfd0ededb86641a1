using ConnectorBot.Matching.Assignment;

namespace ConnectorBot.Tests.Matching;

public class HeuristicVsExactTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Heuristic_stays_close_to_the_optimum_and_respects_caps(int perMember)
    {
        Random random = new(11);
        double heuristicTotal = 0;
        double exactTotal = 0;
        for (var trial = 0; trial < 60; trial++)
        {
            var n = 10;
            HashSet<(int, int)> seen = [];
            List<Edge> edges = [];
            while (edges.Count < 20)
            {
                var u = random.Next(n);
                var v = random.Next(n);
                if (u != v && seen.Add((Math.Min(u, v), Math.Max(u, v))))
                {
                    edges.Add(new Edge(Math.Min(u, v), Math.Max(u, v), random.NextDouble()));
                }
            }

            var chosen = BMatcher.Solve(n, edges, perMember);
            Assert.All(Enumerable.Range(0, n), m => Assert.True(chosen.Count(e => e.U == m || e.V == m) <= perMember));
            heuristicTotal += chosen.Sum(e => e.Weight);
            exactTotal += ExactMatcher.MaxWeight(n, edges, perMember);
        }

        Assert.True(heuristicTotal <= exactTotal + 1e-9);
        Assert.True(heuristicTotal / exactTotal >= 0.95, $"heuristic reached {heuristicTotal / exactTotal:0.000} of the optimum");
    }

    [Fact]
    public void A_swap_beats_the_greedy_choice_of_the_heaviest_middle_edge()
    {
        // 0–1 (0.6) and 2–3 (0.6) together outweigh the heavier 1–2 (1.0) that greedy takes first.
        List<Edge> edges = [new(0, 1, 0.6), new(1, 2, 1.0), new(2, 3, 0.6)];

        var chosen = BMatcher.Solve(4, edges, 1);

        Assert.Equal([new Edge(0, 1, 0.6), new Edge(2, 3, 0.6)], chosen);
    }
}
