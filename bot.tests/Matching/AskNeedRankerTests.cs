using ConnectorBot.Matching;
using ConnectorBot.Matching.Asking;

namespace ConnectorBot.Tests.Matching;

/// <summary>The give digest: the needs a member's offer meets, best first, never their own, one reason naming the person in need.</summary>
public class AskNeedRankerTests
{
    private static readonly MatchProfile Sre = Person("ben", "Ben Okoro", "a designer who could look over our internal tools' usability", "I've kept our container cluster alive for five years.", "Site Reliability Engineer");
    private static readonly MatchProfile NeedsKubernetes = Person("ada", "Ada Lovelace", "someone who has run Kubernetes in production", "I can review your app's onboarding screens.", "Product Designer", "Move our services onto containers this year");
    private static readonly MatchProfile NeedsHiring = Person("max", "Max Ito", "someone in recruitment who can speed up our hiring", "I know the best karaoke bar", "Engineering Manager");

    private static readonly MatchProfile[] Colleagues =
    [
        Person("c1", "Carla Diaz", "a mentor who founded a startup", "I play the ukulele at office parties", "Treasury Analyst"),
        Person("c2", "Dev Patel", "someone at a private equity fund", "I speak Danish and Swedish", "Payroll Officer"),
        Person("c3", "Erin Walsh", "someone who has litigated a patent", "I can edit blog posts and newsletters", "Content Manager"),
        Person("c4", "Farid Haddad", "someone who has conducted a choir", "I know every walking trail near the office", "Facilities Coordinator"),
        Person("c5", "Gita Rao", "someone who can teach me to bake sourdough", "I've organised the charity fun run twice", "Events Officer"),
        Person("c6", "Hugo Lind", "a beekeeper for the roof garden", "I can lend you a pressure washer", "Grounds Supervisor"),
        Person("c7", "Iris Novak", "someone who knows the pension rules for part-timers", "I can help you plan a wedding on a budget", "Receptionist"),
        Person("c8", "Jon Berg", "a cyclist to ride to work with from the east side", "I've led the office book club for three years", "Accounts Payable Clerk"),
        Person("c9", "Kemi Ade", "someone who has negotiated a lease for a shop", "I can teach beginner's Spanish", "Sales Coordinator"),
        Person("c10", "Lars Holm", "someone who can fix a wobbly dining table", "I know how to claim travel expenses fast", "Office Manager"),
    ];

    private static MatchProfile Person(string id, string name, string connectWith, string offer, string title = "", string accomplish = "") =>
        new(id, name, "Operations", title, accomplish, connectWith, offer);

    [Fact]
    public void The_need_the_helpers_offer_meets_comes_first_with_a_reason_naming_the_person_in_need()
    {
        var team = SentenceModel.Embed([Sre, NeedsKubernetes, NeedsHiring, .. Colleagues]);

        var needs = NeedRanker.Rank(team[0], team[1..]);

        Assert.Equal("ada", needs[0].MemberId);
        Assert.DoesNotContain(needs, n => n.MemberId == "max");
        Assert.StartsWith("Ada ", needs[0].Reason, StringComparison.Ordinal);
        Assert.Contains("you", needs[0].Reason, StringComparison.Ordinal);
        AskRankerTests.AssertQuotesWholeWords(needs[0].Reason, NeedsKubernetes, Sre);
    }

    [Fact]
    public void A_helper_is_never_in_their_own_digest()
    {
        var selfish = Sre with { ConnectWith = "someone who has kept a container cluster alive for years" };
        var team = SentenceModel.Embed([selfish, NeedsKubernetes, .. Colleagues]);

        var needs = NeedRanker.Rank(team[0], team);

        Assert.DoesNotContain(needs, n => n.MemberId == "ben");
    }

    [Fact]
    public void An_offer_nobody_needs_meets_no_need()
    {
        var beekeeper = Person("bee", "Bea Stone", "someone who can teach me to juggle", "I keep bees and can sort out a hive on the roof.", "Payroll Clerk");
        var team = SentenceModel.Embed([beekeeper, NeedsKubernetes, NeedsHiring, .. Colleagues.Where(c => c.Id != "c6")]);

        Assert.Empty(NeedRanker.Rank(team[0], team[1..]));
    }

    [Fact]
    public void Every_members_digest_at_once_agrees_with_each_helpers_own_and_does_not_depend_on_input_order()
    {
        var team = SentenceModel.Embed([Sre, NeedsKubernetes, NeedsHiring, .. Colleagues]);
        var index = AskIndex.Build(team);

        var all = NeedRanker.RankAll(index);
        var reversed = NeedRanker.RankAll(AskIndex.Build(team.Reverse()));

        Assert.Equal(team.Length, all.Count);
        foreach (var member in team)
        {
            Assert.Equal(NeedRanker.Rank(index, member.Id), all[member.Id]);
            Assert.Equal(all[member.Id], reversed[member.Id]);
            Assert.DoesNotContain(all[member.Id], n => n.MemberId == member.Id);
        }

        Assert.Contains(all["ben"], n => n.MemberId == "ada");
    }

    [Fact]
    public void On_words_alone_the_digest_finds_the_need_through_the_lexicon()
    {
        var compliance = Person("sam", "Sam Okafor", "someone who can teach me pivot tables", "I ran our security compliance audit last year.", "Security Compliance Manager");
        var needsSoc2 = Person("ola", "Ola Nordmann", "someone who has taken a SaaS product through SOC 2", "I can proofread Norwegian", "Product Manager");

        var needs = NeedRanker.Rank(compliance, [needsSoc2, NeedsHiring, .. Colleagues]);

        Assert.Equal("ola", Assert.Single(needs).MemberId);
        Assert.StartsWith("Ola ", needs[0].Reason, StringComparison.Ordinal);
    }
}
