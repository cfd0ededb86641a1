using ConnectorBot.Matching;
using ConnectorBot.Matching.Meaning;
using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Tests.Matching;

/// <summary>Closeness in meaning from word vectors: paraphrase that shares no word and no lexicon concept.</summary>
public class MeaningTests
{
    [Fact]
    public void Related_words_point_alike_and_unrelated_ones_do_not()
    {
        var vectors = WordVectors.Default;
        Assert.True(vectors.TryFind("physician", out var physician));
        Assert.True(vectors.TryFind("doctor", out var doctor));
        Assert.True(vectors.TryFind("spreadsheet", out var spreadsheet));
        Assert.False(vectors.TryFind("xqzvkw", out _));

        Assert.True(vectors.Cosine(doctor, physician) > vectors.Cosine(doctor, spreadsheet) + 0.3, $"{vectors.Cosine(doctor, physician):0.00} vs {vectors.Cosine(doctor, spreadsheet):0.00}");
        Assert.True(vectors.Weight(spreadsheet) > vectors.Weight(doctor), "the rarer word says more");
    }

    [Fact]
    public void An_offer_in_other_words_is_closer_than_an_unrelated_one()
    {
        var asker = Members.Of("asker", "someone who can teach our pensioners to use tablets and smartphones", "I can lend you a van");
        var paraphrase = Members.Of("helper", "a plumber", "I run drop-in sessions getting elderly residents online", title: "Librarian");
        var unrelated = Members.Of("mechanic", "a choir", "I service forklift trucks and pallet jacks", title: "Fleet Technician");
        var model = ScoringModel.Build([asker, paraphrase, unrelated, .. Members.Background]);

        var close = PairScorer.Meaning(model, 0, 1);
        var far = PairScorer.Meaning(model, 0, 2);

        Assert.True(close > far, $"meaning {close:0.000} vs {far:0.000}");
        Assert.True(PairScorer.Pair(model, 0, 1) > PairScorer.Pair(model, 0, 2));
    }

    [Fact]
    public void A_member_with_no_known_word_is_close_to_nobody()
    {
        var unknown = Members.Of("emoji", "🙂🙂🙂", "xqzvkw", title: "Zzqx", department: "Qqx");
        var model = ScoringModel.Build([unknown, Members.WifiNeedsChecks, Members.ChecksNeedsWifi, .. Members.Background]);

        Assert.All(Enumerable.Range(1, model.Count - 1), other => Assert.Equal(0, PairScorer.Meaning(model, 0, other)));
    }

    [Fact]
    public void Meaning_is_the_same_whatever_order_the_round_is_in()
    {
        MatchProfile[] round = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, Members.Recruiter, Members.NeedsHiring, .. Members.Background];
        var forward = ScoringModel.Build(round);
        var backward = ScoringModel.Build([.. round.Reverse()]);
        var last = round.Length - 1;

        Assert.Equal(PairScorer.Meaning(forward, 0, 1), PairScorer.Meaning(backward, last, last - 1), 6);
    }

    [Fact]
    public void Word_vector_meaning_is_the_same_whatever_sentence_embeddings_members_have()
    {
        MatchProfile[] plain = [Members.WifiNeedsChecks, Members.ChecksNeedsWifi, Members.Recruiter, Members.NeedsHiring];
        MatchProfile[] partly = [.. plain.Select((p, i) => i == 0 ? p : p with { Meaning = new([1, 0], [0, 1], []) })];

        var words = ScoringModel.Build(plain);
        var mixed = ScoringModel.Build(partly);

        Assert.Equal(PairScorer.Meaning(words, 0, 1), PairScorer.Meaning(mixed, 0, 1), 6);
        Assert.Equal(PairScorer.Meaning(words, 2, 3), PairScorer.Meaning(mixed, 2, 3), 6);
    }
}
