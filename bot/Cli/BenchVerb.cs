using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

using ConnectorBot.Embeddings.Local;
using ConnectorBot.Matching;
using ConnectorBot.Matching.Assignment;

namespace ConnectorBot.Cli;

/// <summary>
/// `bench [--samples DIR] [--sizes 1000,10000,100000]`: recall and precision on the public sample, time and peak
/// memory for one round at each size, and the heuristic's total weight against the exact optimum. Run in Release.
/// </summary>
public static class BenchVerb
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        Option<DirectoryInfo?> samples = new("--samples") { Description = "Folder with profiles.sample.jsonl and truth.sample.jsonl" };
        Option<string> sizes = new("--sizes") { Description = "Comma-separated member counts", DefaultValueFactory = _ => "1000,10000,100000" };
        Option<bool> verbose = new("--verbose") { Description = "Print each sample intro and misses" };
        Option<string?> only = new("--only") { Description = "Score only the named quality set (sample, hospital-trust, fintech, heldout-hospital, …) and skip timing" };
        Option<FileInfo?> dumpPairs = new("--dump-pairs") { Description = "With --verbose: write every pair's scores and truth mark to this file (one set, for calibration studies)" };
        Option<DirectoryInfo?> extra = new("--extra") { Description = "Also score every NAME.profiles.jsonl with its NAME.truth.jsonl in this folder (dev sets kept outside the repository)" };
        Option<bool> qualityOnly = new("--quality-only") { Description = "Score every quality set and skip timing" };
        Option<bool> wordsOnly = new("--words-only") { Description = "Match on words alone, without the sentence models (the matcher before them)" };
        Option<FileInfo?> vectors = new("--vectors") { Description = "Vector cache (default: connectorbot-bench-vectors.bin in the temporary folder)" };
        Option<bool> asks = new("--asks") { Description = "Only the \"ask now\" lines: each set's ask top-3 and, at each size, one ask's and the digest's time" };
        Option<bool> askGrid = new("--ask-grid") { Description = "With --asks: ask top-3 of tuning variants on the dev sets (never the blind ones)" };
        Option<string> understanding = new("--understanding") { Description = "What the sentence models read with raw sets' answers: none (the bot's default) or offline (the lexicon's understanding, shown to members)", DefaultValueFactory = _ => "none" };
        understanding.AcceptOnlyFromAmong("offline", "none");
        Command command = new("bench", "Measure matching quality, speed and memory") { samples, sizes, verbose, only, dumpPairs, extra, qualityOnly, wordsOnly, vectors, understanding, asks, askGrid };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(samples) ?? SampleFiles.Locate();
            if (folder is null || !folder.Exists)
            {
                errors.WriteLine("sample folder not found; pass --samples");
            }

            var onlySet = parse.GetValue(only);
            var timing = onlySet is null && !parse.GetValue(qualityOnly);
            var asksOnly = parse.GetValue(asks);
            using var generator = parse.GetValue(wordsOnly) ? null : new LocalSentenceEmbeddings();
            var cache = VectorCache.Open(parse.GetValue(vectors)?.FullName ?? Path.Combine(Path.GetTempPath(), "connectorbot-bench-vectors.bin"));
            var embedder = generator is null ? null : new ProfileEmbedder(generator, cache, errors);
            var understander = parse.GetValue(understanding) == "offline" ? new ProfileUnderstander(OfflineUnderstander(generator, cache)) : null;
            if (asksOnly)
            {
                Asks(folder, parse.GetValue(extra), onlySet, embedder, parse.GetValue(askGrid), parse.GetValue(verbose), parse.GetValue(qualityOnly) ? string.Empty : parse.GetValue(sizes)!, output, errors);
                return 0;
            }

            if (timing)
            {
                Optimum(output);
                Timings(parse.GetValue(sizes)!, embedder, output, errors);
            }

            List<(string Name, SetScore Score)> scores = [];
            List<(string Name, string Profiles, string Truth)> sets = [.. QualitySets(folder).Concat(ExtraSets(parse.GetValue(extra)))];
            foreach ((var name, var profilesPath, var truthPath) in sets)
            {
                if (onlySet is null || onlySet == name)
                {
                    scores.Add((name, Sample(name, profilesPath, truthPath, embedder, understander, output, errors, parse.GetValue(verbose), parse.GetValue(dumpPairs))));
                }
            }

            // The same sets with each answer understood by a language model following the product's prompt (files made
            // one profile at a time, outside the bot): what the optional Azure OpenAI understanding can give.
            foreach ((var name, var profilesPath, var truthPath) in sets)
            {
                if ((onlySet is null || onlySet == name || onlySet == name + EnrichedSuffix) && EnrichedFile(name, profilesPath) is { } enrichedPath)
                {
                    scores.Add((name + EnrichedSuffix, Sample(name + EnrichedSuffix, enrichedPath, truthPath, embedder, null, output, errors, parse.GetValue(verbose), parse.GetValue(dumpPairs), enriched: true)));
                }
            }

            Summary(scores, output);
            Asks(folder, parse.GetValue(extra), onlySet, embedder, grid: false, verbose: false, timing ? parse.GetValue(sizes)! : string.Empty, output, errors);
            if (timing && generator is not null)
            {
                Throughput(generator, output);
            }

            return 0;
        });
        return command;
    }

    /// <summary>The sets used to choose the matcher's settings; every other held-out set is blind (measured, never tuned on).</summary>
    private static readonly HashSet<string> DevSets = new(StringComparer.Ordinal) { "sample", "hospital-trust", "fintech", "heldout-hospital", "heldout-software", "heldout-manufacturing" };

    private const string EnrichedSuffix = "+enriched";

    private static bool IsDev(string name) => DevSets.Contains(name.EndsWith(EnrichedSuffix, StringComparison.Ordinal) ? name[..^EnrichedSuffix.Length] : name);

    /// <summary>The offline understanding the bot uses by default, its concept lookups through the bench's vector cache.</summary>
    private static Understanding.Offline.LexiconUnderstander OfflineUnderstander(LocalSentenceEmbeddings? generator, VectorCache cache) =>
        new(generator is null ? null : new Understanding.Offline.ConceptMeanings(new CachedEmbeddings(generator, cache), generator.Parts));

    /// <summary>
    /// A set's enriched twin: next to its profiles ("NAME.enriched.jsonl" for "NAME.profiles.jsonl", and the public sample's
    /// "profiles.sample.enriched.jsonl"), else in bot.tests/Matching/Enriched under the set's name.
    /// </summary>
    private static string? EnrichedFile(string name, string profilesPath)
    {
        var file = Path.GetFileName(profilesPath);
        var sibling = Path.Combine(Path.GetDirectoryName(profilesPath) ?? ".", file.EndsWith(".profiles.jsonl", StringComparison.Ordinal)
            ? file[..^".profiles.jsonl".Length] + ".enriched.jsonl"
            : Path.GetFileNameWithoutExtension(file) + ".enriched.jsonl");
        if (File.Exists(sibling))
        {
            return sibling;
        }

        var path = SampleFiles.RepositoryRoot() is { } root
            ? Path.Combine(root, "bot.tests", "Matching", "Enriched", (name.StartsWith("heldout-", StringComparison.Ordinal) ? name["heldout-".Length..] : name) + ".enriched.jsonl")
            : null;
        return path is not null && File.Exists(path) ? path : null;
    }

    private static void Summary(List<(string Name, SetScore Score)> scores, TextWriter output)
    {
        foreach ((var label, var blind, var enriched) in new[] { ("dev sets", false, false), ("blind sets", true, false), ("dev sets, enriched", false, true), ("blind sets, enriched", true, true) })
        {
            List<SetScore> group = [.. scores.Where(s => IsDev(s.Name) != blind && s.Name.EndsWith(EnrichedSuffix, StringComparison.Ordinal) == enriched).Select(s => s.Score)];
            if (group.Count > 0)
            {
                output.WriteLine(Invariant($"mean of {group.Count} {label}: recall {group.Average(s => s.Score.Recall):0.000}, precision {group.Average(s => s.Score.Precision):0.000}, distractors given an intro {group.Sum(s => s.DistractorsIntroduced)}/{group.Sum(s => s.Distractors)}"));
            }
        }
    }

    /// <summary>
    /// "Ask now": every set's ask top-3 (the asker's goal kept, as the bot embeds asks, and blanked), then one ask's and
    /// every member's digest's time at each size up to 10,000 (beyond, the digest's first pass grows as n²).
    /// </summary>
    private static void Asks(DirectoryInfo? folder, DirectoryInfo? extra, string? onlySet, ProfileEmbedder? embedder, bool grid, bool verbose, string sizes, TextWriter output, TextWriter errors)
    {
        List<(string Name, AskBench.AskScore Kept, AskBench.AskScore Blanked)> scores = [];
        foreach ((var name, var profilesPath, var truthPath) in QualitySets(folder).Concat(ExtraSets(extra)))
        {
            if (onlySet is not null && onlySet != name)
            {
                continue;
            }

            List<MatchProfile> profiles;
            using (var reader = File.OpenText(profilesPath))
            {
                profiles = ProfileReader.Read(reader, errors);
            }

            if (embedder is not null)
            {
                profiles = embedder.Embed(profiles, showProgress: false);
            }

            var truth = AskBench.ReadTruth(truthPath, errors);
            var kind = IsDev(name) ? "dev" : "blind";
            if (grid)
            {
                // Tuning variants are measured on the dev sets only: the blind ones stay blind.
                if (IsDev(name))
                {
                    AskGrid.Run(name, profiles, truth, embedder, output);
                }

                continue;
            }

            var kept = AskBench.Score(profiles, truth, embedder, blankGoal: false, verbose ? output : null);
            var blanked = AskBench.Score(profiles, truth, embedder, blankGoal: true);
            var words = embedder is null ? ", words only" : string.Empty;
            output.WriteLine(AskBench.Line(name, kind, kept, words));
            output.WriteLine(AskBench.Line(name, kind, blanked, words + ", goal blanked"));
            scores.Add((name, kept, blanked));
        }

        if (grid)
        {
            AskGrid.Summary(output);
        }

        foreach ((var label, var blind) in new[] { ("dev sets", false), ("blind sets", true) })
        {
            var group = scores.Where(s => IsDev(s.Name) != blind).ToList();
            if (group.Count > 0)
            {
                output.WriteLine(Invariant($"ask top-3, mean of {group.Count} {label}: {group.Average(s => s.Kept.Rate):0.000} (goal blanked {group.Average(s => s.Blanked.Rate):0.000}), needs nobody meets answered {group.Sum(s => s.Kept.UnmetAnswered)}/{group.Sum(s => s.Kept.Unmet)}"));
            }
        }

        foreach (var size in sizes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Where(s => s <= 10_000))
        {
            AskBench.Timings(size, embedder, Personal, output);
        }
    }

    /// <summary>Fresh texts (never cached) through the local models: texts per second, and the process's memory with the models loaded.</summary>
    private static void Throughput(LocalSentenceEmbeddings generator, TextWriter output)
    {
        string[] Fresh(string tag) => [.. SyntheticProfiles.Generate(400, seed: Environment.TickCount).SelectMany(p => new[] { TextMeaning.AskText(p), TextMeaning.OfferText(p) }).Select((t, i) => $"{t} ({tag}{i})")];

        // One pass first, as a bot that has been embedding for a while would be: the runtime tunes itself to the shapes it sees.
        generator.GenerateAsync(Fresh("warm")).GetAwaiter().GetResult();
        var texts = Fresh("timed");
        var watch = Stopwatch.StartNew();
        generator.GenerateAsync(texts).GetAwaiter().GetResult();
        watch.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        output.WriteLine(Invariant($"embedding: {texts.Length} texts through {generator.ModelId} in {watch.Elapsed.TotalSeconds:0.00} s = {texts.Length / watch.Elapsed.TotalSeconds:0} texts/s, working set {self.WorkingSet64 / 1048576.0:0} MB"));
    }

    private static void Timings(string sizes, ProfileEmbedder? embedder, TextWriter output, TextWriter errors)
    {
        // Throw-away rounds first, with pauses for the JIT's background tier-up, so the timed rounds measure the
        // optimised code a long-running bot process would run rather than the first, unoptimised tier.
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            var warm = SyntheticProfiles.Generate(4000, seed: warmUp);
            IntroMatcher.Match(embedder is null ? warm : [.. embedder.Embed(warm, showProgress: false).Select(Personal)], PairHistory.Empty, new RoundOptions());
            Thread.Sleep(500);
        }

        foreach (var size in sizes.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            Scale(int.Parse(size, CultureInfo.InvariantCulture), embedder, output, errors);
        }
    }

    /// <summary>
    /// The public sample plus the sets written in other words: the two validation sets under bot.tests/Matching/Data
    /// and the three held-out sets (hospital, software, manufacturing). Missing files are skipped.
    /// </summary>
    private static IEnumerable<(string Name, string Profiles, string Truth)> QualitySets(DirectoryInfo? samples)
    {
        List<(string, string, string)> sets = [];
        if (samples is not null)
        {
            sets.Add(("sample", Path.Combine(samples.FullName, "profiles.sample.jsonl"), Path.Combine(samples.FullName, "truth.sample.jsonl")));
        }

        var root = SampleFiles.RepositoryRoot();
        if (root is not null)
        {
            var matching = Path.Combine(root, "bot.tests", "Matching");
            foreach (var set in new[] { "hospital", "fintech" })
            {
                var dir = Path.Combine(matching, "Data", set);
                sets.Add((set == "hospital" ? "hospital-trust" : set, Path.Combine(dir, "profiles.sample.jsonl"), Path.Combine(dir, "truth.sample.jsonl")));
            }

            // Every held-out set in the folder, so a newly written one is measured without touching this verb.
            var heldOut = Path.Combine(matching, "HeldOut");
            IEnumerable<string> names = Directory.Exists(heldOut)
                ? Directory.GetFiles(heldOut, "*.profiles.jsonl").Select(f => Path.GetFileName(f)[..^".profiles.jsonl".Length]).Order(StringComparer.Ordinal)
                : [];
            foreach (var set in names)
            {
                sets.Add(("heldout-" + set, Path.Combine(heldOut, set + ".profiles.jsonl"), Path.Combine(heldOut, set + ".truth.jsonl")));
            }
        }

        return sets.Where(s => File.Exists(s.Item2) && File.Exists(s.Item3));
    }

    /// <summary>Sets in a folder outside the repository, named after their files.</summary>
    private static IEnumerable<(string Name, string Profiles, string Truth)> ExtraSets(DirectoryInfo? folder) =>
        folder is null || !folder.Exists
            ? []
            : folder.GetFiles("*.profiles.jsonl").OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => (f.Name[..^".profiles.jsonl".Length], f.FullName, Path.Combine(folder.FullName, f.Name[..^".profiles.jsonl".Length] + ".truth.jsonl")))
                .Where(s => File.Exists(s.Item3));

    /// <summary>A set's recall and precision, and how many members nobody can help (in no truth pair) were given an intro anyway.</summary>
    private sealed record SetScore(TruthScore Score, int Distractors, int DistractorsIntroduced);

    private static SetScore Sample(string name, string profilesPath, string truthPath, ProfileEmbedder? embedder, ProfileUnderstander? understander, TextWriter output, TextWriter errors, bool verbose, FileInfo? dumpPairs, bool enriched = false)
    {
        List<MatchProfile> profiles;
        using (var reader = File.OpenText(profilesPath))
        {
            profiles = ProfileReader.Read(reader, errors, enriched);
        }

        if (understander is not null)
        {
            profiles = understander.Understand(profiles);
        }

        HashSet<(string, string)> truth;
        using (var reader = File.OpenText(truthPath))
        {
            truth = TruthScore.ReadTruth(reader);
        }

        if (embedder is not null)
        {
            profiles = embedder.Embed(profiles, showProgress: false);
        }

        var round = IntroMatcher.Match(profiles, PairHistory.Empty, new RoundOptions());
        var score = TruthScore.Of(round, truth);
        HashSet<string> inTruth = [.. truth.SelectMany(t => new[] { t.Item1, t.Item2 })];
        HashSet<string> introduced = [.. round.Intros.SelectMany(i => new[] { i.A, i.B, i.C }).OfType<string>()];
        string[] distractors = [.. profiles.Select(p => p.Id).Distinct(StringComparer.Ordinal).Where(id => !inTruth.Contains(id))];
        var distractorsIntroduced = distractors.Count(introduced.Contains);
        var kind = IsDev(name) ? "dev" : "blind";
        output.WriteLine(Invariant($"{name} ({kind}): recall {score.Recall:0.000} ({score.Found}/{score.Truth}), precision {score.Precision:0.000} ({score.Found}/{score.Output}), distractors given an intro {distractorsIntroduced}/{distractors.Length}"));
        if (verbose)
        {
            foreach (var intro in round.Intros)
            {
                var mark = truth.Contains(TruthScore.Key(intro.A, intro.B)) ? "ok  " : "FP  ";
                output.WriteLine(Invariant($"  {mark}{intro.A}-{intro.B} {intro.Score:0.000} {intro.Reason}"));
                output.WriteLine($"      shared: {SharedFeatures(profiles, intro.A, intro.B)}");
            }

            HashSet<(string, string)> found = [.. round.Intros.Select(i => TruthScore.Key(i.A, i.B))];
            foreach ((var a, var b) in truth.Where(t => !found.Contains(t)))
            {
                output.WriteLine($"  MISS {a}-{b}");
            }

            Diagnose(profiles, truth, output);
            if (dumpPairs is not null)
            {
                DumpPairs(profiles, truth, dumpPairs.FullName);
            }

            foreach (var left in round.FirstInLine)
            {
                output.WriteLine(Invariant($"  waiting {left.MemberId} (best {left.BestPartnerId} {left.Score:0.000})"));
            }

            if (round.NoGoodMatch.Count > 0)
            {
                output.WriteLine($"  no good match: {string.Join(", ", round.NoGoodMatch)}");
            }
        }

        return new SetScore(score, distractors.Length, distractorsIntroduced);
    }

    /// <summary>Each truth pair's direction scores next to the best-scoring partners of its members, for tuning.</summary>
    private static void Diagnose(List<MatchProfile> profiles, HashSet<(string, string)> truth, TextWriter output)
    {
        MatchProfile[] members = [.. profiles.OrderBy(p => p.Id, StringComparer.Ordinal)];
        var model = Matching.Scoring.ScoringModel.Build(members);
        int Index(string id) => Array.FindIndex(members, m => m.Id == id);
        foreach ((var a, var b) in truth.Order())
        {
            var i = Index(a);
            var j = Index(b);
            output.WriteLine(Invariant($"  truth {a}-{b}: {Matching.Scoring.PairScorer.Direction(model, i, j):0.000}/{Matching.Scoring.PairScorer.Direction(model, j, i):0.000} pair {Matching.Scoring.PairScorer.Pair(model, i, j):0.000}"));
        }

        for (var i = 0; i < members.Length; i++)
        {
            var top = string.Join(", ", Enumerable.Range(0, members.Length).Where(j => j != i)
                .Select(j => (j, s: Matching.Scoring.PairScorer.Pair(model, i, j))).OrderByDescending(x => x.s).Take(3)
                .Select(x => Invariant($"{members[x.j].Id}{(truth.Contains(TruthScore.Key(members[i].Id, members[x.j].Id)) ? "*" : string.Empty)} {x.s:0.000}")));
            output.WriteLine($"  top {members[i].Id}: {top}");
        }
    }

    /// <summary>The features behind a pair's two directions, strongest first, for tuning.</summary>
    private static string SharedFeatures(List<MatchProfile> profiles, string a, string b)
    {
        MatchProfile[] members = [.. profiles.OrderBy(p => p.Id, StringComparer.Ordinal)];
        var model = Matching.Scoring.ScoringModel.Build(members);
        var i = Array.FindIndex(members, m => m.Id == a);
        var j = Array.FindIndex(members, m => m.Id == b);
        static IEnumerable<(int Id, double W)> Products(Matching.Scoring.SparseVector x, Matching.Scoring.SparseVector y) =>
            x.Ids.Select((id, k) => (id, k)).Join(y.Ids.Select((id, k) => (id, k)), p => p.id, q => q.id, (p, q) => (p.id, (double)x.Weights[p.k] * y.Weights[q.k]));
        string Side(int u, int v) => string.Join(" ", Products(model.Needs[u], model.Gives[v]).OrderByDescending(t => t.W).Take(5).Select(t => Invariant($"{model.FeatureKeys[t.Id]}={t.W:0.00}")));
        return $"a<-b [{Side(i, j)}] b<-a [{Side(j, i)}]";
    }

    /// <summary>Every pair's direction and pair scores with its truth mark, for offline calibration studies.</summary>
    private static void DumpPairs(List<MatchProfile> profiles, HashSet<(string, string)> truth, string path)
    {
        MatchProfile[] members = [.. profiles.OrderBy(p => p.Id, StringComparer.Ordinal)];
        var model = Matching.Scoring.ScoringModel.Build(members);
        using var writer = File.CreateText(path);
        for (var i = 0; i < members.Length; i++)
        {
            for (var j = i + 1; j < members.Length; j++)
            {
                writer.WriteLine(Invariant($"{members[i].Id} {members[j].Id} {Matching.Scoring.PairScorer.Pair(model, i, j):0.0000} {Matching.Scoring.PairScorer.Direction(model, i, j):0.0000} {Matching.Scoring.PairScorer.Direction(model, j, i):0.0000} {(truth.Contains(TruthScore.Key(members[i].Id, members[j].Id)) ? 1 : 0)}"));
            }
        }
    }

    private static void Scale(int size, ProfileEmbedder? embedder, TextWriter output, TextWriter errors)
    {
        var profiles = SyntheticProfiles.Generate(size, seed: 20261121);
        if (embedder is not null)
        {
            // The templates repeat, so the distinct texts are few; each member's vectors get a little noise of their own
            // so that, as in a real company, no two members are exactly alike. Timed from here on: "over stored vectors".
            // In blocks, so each block's embedded copies are garbage before the next is made: the peak is the round's.
            profiles = [.. profiles.Chunk(4096).SelectMany((block, b) => embedder.Embed(block, showProgress: false).Select((p, i) => Personal(p, (b * 4096) + i)))];
        }

        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        var round = IntroMatcher.Match(profiles, PairHistory.Empty, new RoundOptions(), new PhaseTimer(watch, errors));
        watch.Stop();
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / 1048576.0;
        output.WriteLine(Invariant(
            $"round {size} members: {watch.Elapsed.TotalSeconds:0.0} s, peak {self.PeakWorkingSet64 / 1048576.0:0} MB ({round.Intros.Count} intros, {round.FirstInLine.Count} waiting, heap after {gc.HeapSizeBytes / 1048576.0:0} MB, allocated {allocatedMb:0} MB{(embedder is null ? ", words only" : string.Empty)})"));
    }

    private static MatchProfile Personal(MatchProfile profile, int index)
    {
        Random random = new(index);
        float[] Noisy(float[] v)
        {
            float[] copy = [.. v.Select(x => x + (float)((random.NextDouble() - 0.5) * 0.08))];
            var parts = profile.Meaning!.Parts;
            var width = copy.Length / parts;
            for (var s = 0; s < parts; s++)
            {
                var segment = copy.AsSpan(s * width, width);
                var norm = System.Numerics.Tensors.TensorPrimitives.Norm(segment);
                System.Numerics.Tensors.TensorPrimitives.Divide(segment, norm, segment);
            }

            return copy;
        }

        var m = profile.Meaning!;
        // As the bot's rounds hold them: without the goal's vectors (TextMeaning.ForRound).
        return profile with { Meaning = (m with { Ask = Noisy(m.Ask), Offer = Noisy(m.Offer) }).ForRound() };
    }

    /// <summary>Random small graphs the exact solvers can finish: the heuristic's weight as a share of the optimum.</summary>
    private static void Optimum(TextWriter output)
    {
        Random random = new(7);
        foreach ((var members, var perMember, var maxEdges) in new[] { (14, 1, 40), (12, 2, 30) })
        {
            double worst = 1;
            double heuristicTotal = 0;
            double exactTotal = 0;
            for (var trial = 0; trial < 200; trial++)
            {
                HashSet<(int, int)> seen = [];
                List<Edge> edges = [];
                var edgeCount = random.Next(members, maxEdges + 1);
                while (edges.Count < edgeCount)
                {
                    var u = random.Next(members);
                    var v = random.Next(members);
                    if (u != v && seen.Add((Math.Min(u, v), Math.Max(u, v))))
                    {
                        edges.Add(new Edge(Math.Min(u, v), Math.Max(u, v), Math.Round(0.3 + (0.7 * random.NextDouble()), 3)));
                    }
                }

                var heuristic = BMatcher.Solve(members, edges, perMember).Sum(e => e.Weight);
                var exact = ExactMatcher.MaxWeight(members, edges, perMember);
                heuristicTotal += heuristic;
                exactTotal += exact;
                worst = Math.Min(worst, heuristic / exact);
            }

            output.WriteLine(Invariant($"optimum, {members} members, k={perMember}, 200 random graphs: total weight {heuristicTotal / exactTotal:0.0000} of exact, worst instance {worst:0.000}"));
        }
    }

    /// <summary>Progress lines with the elapsed time, so a slow phase shows itself.</summary>
    private sealed class PhaseTimer(Stopwatch watch, TextWriter errors) : IProgress<string>
    {
        public void Report(string value) => errors.WriteLine(Invariant($"  [{watch.Elapsed.TotalSeconds:0.000} s] {value}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
