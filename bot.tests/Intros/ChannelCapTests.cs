using ConnectorBot.Intros;

namespace ConnectorBot.Tests.Intros;

/// <summary>Which of a round's intros go in the channel and which reach the two people 1:1.</summary>
public sealed class ChannelCapTests
{
    [Fact]
    public void The_best_by_score_go_in_the_channel_up_to_the_limit_and_the_rest_privately()
    {
        var planned = new[] { Intro("a", 0.4), Intro("b", 0.9), Intro("c", 0.7), Intro("d", 0.5), Intro("e", 0.8) };

        var split = ChannelCap.Apply([], planned, limit: 2);

        Assert.Equal(["b", "e"], split.Where(i => i.Delivery == IntroDelivery.Channel).Select(i => i.IntroId).Order());
        Assert.Equal(["a", "c", "d"], split.Where(i => i.Delivery == IntroDelivery.Private).Select(i => i.IntroId).Order());
        Assert.Equal(planned.Select(i => i.IntroId), split.Select(i => i.IntroId));
    }

    [Fact]
    public void A_round_under_the_limit_posts_everything_in_the_channel()
    {
        var split = ChannelCap.Apply([], [Intro("a", 0.4), Intro("b", 0.9)], limit: 25);

        Assert.All(split, i => Assert.Equal(IntroDelivery.Channel, i.Delivery));
    }

    [Fact]
    public void Intros_a_resumed_round_already_made_for_the_channel_count_against_the_limit_and_ties_split_the_same_way_every_time()
    {
        var existing = new[] { Intro("x", 0.9) };
        var planned = new[] { Intro("b", 0.5), Intro("a", 0.5), Intro("c", 0.5) };

        var first = ChannelCap.Apply(existing, planned, limit: 2);
        var again = ChannelCap.Apply(existing, [.. planned.Reverse()], limit: 2);

        Assert.Equal(["a"], first.Where(i => i.Delivery == IntroDelivery.Channel).Select(i => i.IntroId));
        Assert.Equal(["a"], again.Where(i => i.Delivery == IntroDelivery.Channel).Select(i => i.IntroId));
    }

    private static IntroRecord Intro(string id, double score) => new()
    {
        TenantId = "tenant",
        TeamId = "team",
        RoundId = "round",
        IntroId = id,
        Parties = [],
        Score = score,
        Reason = "reason",
        ServiceUrl = "https://smba.example/",
        ChannelId = "19:intros@thread.tacv2",
    };
}
