using ConnectorBot.Matching;
using ConnectorBot.Matching.Meaning;

namespace ConnectorBot.Tests.Matching;

/// <summary>Matching on the local sentence models: paraphrase, calibration, one-way and mutual help, and no forced intros.</summary>
public class SentenceScoringTests
{
    private static readonly MatchProfile Kubernetes = Members.Of("ada", "someone who has run Kubernetes in production", "I can review your app's UX and onboarding screens", "Product Designer", "Move our services onto containers this year");
    private static readonly MatchProfile Sre = Members.Of("ben", "a designer who could look over our internal tools' usability", "I've kept our container cluster alive for five years", "Site Reliability Engineer");
    private static readonly MatchProfile OneWay = Members.Of("cleo", "someone who speaks Japanese for a supplier call", "I've run our container platform on-call rota since 2021", "Platform Engineer");

    /// <summary>Colleagues whose asks and offers are about other things: the background each member is calibrated against.</summary>
    private static readonly MatchProfile[] Colleagues =
    [
        Members.Of("c1", "a mentor who founded a startup", "I play the ukulele at office parties", "Treasury Analyst"),
        Members.Of("c2", "someone at a private equity fund", "I speak Danish and Swedish", "Payroll Officer"),
        Members.Of("c3", "someone who has litigated a patent", "I can edit blog posts and newsletters", "Content Manager"),
        Members.Of("c4", "someone who has conducted a choir", "I know every walking trail near the office", "Facilities Coordinator"),
        Members.Of("c5", "someone who can teach me to bake sourdough", "I've organised the charity fun run twice", "Events Officer"),
        Members.Of("c6", "a beekeeper for the roof garden", "I can lend you a pressure washer", "Grounds Supervisor"),
        Members.Of("c7", "someone who knows the pension rules for part-timers", "I can help you plan a wedding on a budget", "Receptionist"),
        Members.Of("c8", "a cyclist to ride to work with from the east side", "I've led the office book club for three years", "Accounts Payable Clerk"),
        Members.Of("c9", "someone who has negotiated a lease for a shop", "I can teach beginner's Spanish", "Sales Coordinator"),
        Members.Of("c10", "someone who can fix a wobbly dining table", "I know how to claim travel expenses fast", "Office Manager"),
        Members.Of("c11", "a photographer for our team's headshots", "I've volunteered as a football referee for years", "Warehouse Operative"),
        Members.Of("c12", "a chess partner for lunch breaks", "I grow chillies and give away seedlings", "Quality Inspector"),
    ];

    [Fact]
    public void Mutual_help_scores_above_one_way_help_which_scores_above_none()
    {
        var members = SentenceModel.Embed([Kubernetes, Sre, OneWay, .. Colleagues]);
        var space = SentenceSpace.Build(members)!;

        var mutual = space.Pair(0, 1);
        var oneWay = space.Pair(0, 2);
        var none = space.Pair(0, 3);

        Assert.True(mutual > oneWay, $"mutual {mutual:0.00} vs one-way {oneWay:0.00}");
        Assert.True(oneWay > none, $"one-way {oneWay:0.00} vs none {none:0.00}");
        Assert.True(oneWay >= MatchTuning.SentenceThreshold, $"strong one-way help qualifies on its own: {oneWay:0.00}");
    }

    [Fact]
    public void A_round_gives_the_same_intros_without_the_goal_vectors_it_never_reads()
    {
        // What makes TextMeaning.ForRound (a third less memory per member in a round) safe.
        var members = SentenceModel.Embed([Kubernetes, Sre, OneWay, .. Colleagues]);
        MatchProfile[] forRound = [.. members.Select(m => m with { Meaning = m.Meaning!.ForRound() })];

        var full = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());
        var lean = IntroMatcher.Match(forRound, PairHistory.Empty, Members.Options());

        Assert.All(forRound, m => Assert.Empty(m.Meaning!.Goal));
        Assert.NotEmpty(full.Intros);
        Assert.Equal(full.Intros, lean.Intros);
        Assert.Equal(full.NoGoodMatch, lean.NoGoodMatch);
    }

    [Fact]
    public void Paraphrase_beats_a_word_overlap_trap()
    {
        // The trap shares the ask's word ("production") in another sense; the helper shares no word with it at all.
        var asker = Members.Of("asker", "someone who has run Kubernetes in production", "I can run a pivot table workshop", "Product Manager");
        var paraphrase = Members.Of("helper", "someone to pair with on Python", "I've kept our container cluster alive for five years", "Site Reliability Engineer");
        var trap = Members.Of("trap", "someone who can get us a stand at a trade show", "I plan what runs on the production line each week", "Production Planner");

        var members = SentenceModel.Embed([asker, paraphrase, trap, .. Colleagues]);
        var space = SentenceSpace.Build(members)!;
        var round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());

        Assert.True(space.Pair(0, 1) > space.Pair(0, 2), $"paraphrase {space.Pair(0, 1):0.00} vs trap {space.Pair(0, 2):0.00}");
        var intro = Assert.Single(round.Intros, i => i.A == "asker" || i.B == "asker");
        Assert.Contains("helper", new[] { intro.A, intro.B });
    }

    [Fact]
    public void A_member_nobody_can_help_gets_no_intro_and_is_reported()
    {
        var lonely = Members.Of("lonely", "someone who has restored a 1950s Vespa scooter engine", "I can show new starters round the building", "Receptionist");

        var round = IntroMatcher.Match(SentenceModel.Embed([Kubernetes, Sre, lonely, .. Colleagues]), PairHistory.Empty, Members.Options());

        Assert.DoesNotContain(round.Intros, i => i.A == "lonely" || i.B == "lonely" || i.C == "lonely");
        Assert.Contains("lonely", round.NoGoodMatch);
        Assert.Contains(round.Intros, i => new[] { i.A, i.B }.Order(StringComparer.Ordinal).SequenceEqual(["ada", "ben"]));
    }

    [Fact]
    public void An_offer_close_to_every_ask_counts_for_less_than_one_close_to_this_ask_only()
    {
        // Raw cosines with asker 0: the hub's offer and the specialist's are equally close, but the hub's is close to everyone's ask.
        float[][] asks = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0.7f, 0.7f, 0, 0.1f]];
        float[][] offers = [[0, 0, 0, 1], [0.6f, 0.45f, 0.45f, 0.45f], [0.6f, 0, 0, 0.8f], [0, 0, 1, 0], [0, 1, 0, 0]];
        MatchProfile[] members = [.. Enumerable.Range(0, 5).Select(i => Members.Of($"m{i}", "x", "y") with { Meaning = new TextMeaning(asks[i], offers[i], [0, 0, 0, 0]) { Model = "test" } })];
        var space = SentenceSpace.Build(members)!;

        Assert.Equal(space.Cosine(0, 1, 0), space.Cosine(0, 2, 0), 1);
        Assert.True(space.Direction(0, 2) > space.Direction(0, 1), $"specialist {space.Direction(0, 2):0.00} vs hub {space.Direction(0, 1):0.00}");
    }

    [Fact]
    public void Members_without_embeddings_are_scored_on_their_words_and_never_dropped()
    {
        var embedded = SentenceModel.Embed([Kubernetes, Sre, .. Colleagues]);
        MatchProfile[] members = [.. embedded, Members.WifiNeedsChecks, Members.ChecksNeedsWifi];

        var round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());

        Assert.Contains(round.Intros, i => new[] { i.A, i.B }.Order(StringComparer.Ordinal).SequenceEqual(["checks", "wifi"]));
        Assert.Contains(round.Intros, i => new[] { i.A, i.B }.Order(StringComparer.Ordinal).SequenceEqual(["ada", "ben"]));
    }

    [Fact]
    public void Vectors_of_another_model_are_never_compared_with_the_rounds_model()
    {
        var members = SentenceModel.Embed([Kubernetes, Sre, OneWay, .. Colleagues]);
        members[1] = members[1] with { Meaning = members[1].Meaning! with { Model = "an-older-model" } };

        var space = SentenceSpace.Build(members)!;

        Assert.False(space.Has(1));
        Assert.True(space.Has(0));
        Assert.Equal(0, space.Direction(0, 1));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_members_arrive_in()
    {
        var members = SentenceModel.Embed([Kubernetes, Sre, OneWay, .. Colleagues]);

        var forward = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());
        var backward = IntroMatcher.Match(members.Reverse(), PairHistory.Empty, Members.Options());

        Assert.NotEmpty(forward.Intros);
        Assert.Equal(forward.Intros, backward.Intros);
    }

    [Fact]
    public void A_large_round_searches_by_groups_and_still_finds_every_clear_pair()
    {
        // Past the exact limit, so candidates come from the grouped search; five planted pairs whose ask and offer agree.
        var n = SentenceCandidates.ExactLimit + 500;
        Random random = new(11);
        float[] Unit()
        {
            var v = new float[32];
            for (var i = 0; i < v.Length; i++)
            {
                v[i] = (float)(random.NextDouble() - 0.5);
            }

            var norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
            System.Numerics.Tensors.TensorPrimitives.Divide(v, norm, v);
            return v;
        }

        float[][] asks = [.. Enumerable.Range(0, n).Select(_ => Unit())];
        float[][] offers = [.. Enumerable.Range(0, n).Select(_ => Unit())];
        int[] planted = [17, 404, 999, 1500, 2300];
        foreach (var a in planted)
        {
            offers[a + 1] = [.. asks[a]];
            asks[a + 1] = [.. offers[a]];
        }

        MatchProfile[] members = [.. Enumerable.Range(0, n).Select(i => Members.Of($"m{i:D5}", "x", "y") with { Meaning = new TextMeaning(asks[i], offers[i], new float[32]) { Model = "test" } })];

        var round = IntroMatcher.Match(members, PairHistory.Empty, Members.Options());

        foreach (var a in planted)
        {
            Assert.Contains(round.Intros, i => i.A == $"m{a:D5}" && i.B == $"m{a + 1:D5}");
        }
    }
}
