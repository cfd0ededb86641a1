using System.Text.RegularExpressions;

using ConnectorBot.Matching;
using ConnectorBot.Matching.Asking;

namespace ConnectorBot.Tests.Matching;

/// <summary>"Who can help me with …?": the colleague who can really help first, nobody forced, one short reason in their words.</summary>
public partial class AskRankerTests
{
    private static readonly MatchProfile Sre = Person("ben", "Ben Okoro", "a designer who could look over our internal tools' usability", "I've kept our container cluster alive for five years.", "Site Reliability Engineer");
    private static readonly MatchProfile Trap = Person("tess", "Tess Moreau", "someone who can get us a stand at a trade show", "I plan what runs on the production line each week.", "Production Planner");

    /// <summary>Colleagues whose asks and offers are about other things: the background an ask is calibrated against.</summary>
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
        Person("c11", "Mina Cho", "a photographer for our team's headshots", "I've volunteered as a football referee for years", "Warehouse Operative"),
        Person("c12", "Nils Aho", "a chess partner for lunch breaks", "I grow chillies and give away seedlings", "Quality Inspector"),
    ];

    private static MatchProfile Person(string id, string name, string connectWith, string offer, string title = "", string accomplish = "") =>
        new(id, name, "Operations", title, accomplish, connectWith, offer);

    /// <summary>The asker as the bot would make them: their profile with the typed ask as connectWith.</summary>
    private static MatchProfile Asking(string ask) => Person("asker", "Ada Lovelace", ask, "I can review your app's onboarding screens", "Product Designer");

    private static MatchProfile[] Embedded(MatchProfile asker, params MatchProfile[] candidates) => SentenceModel.Embed([asker, .. candidates]);

    [Fact]
    public void The_helper_whose_offer_meets_a_paraphrased_need_ranks_first_and_the_word_overlap_trap_does_not()
    {
        var team = Embedded(Asking("who can help me with running Kubernetes in production?"), [Sre, Trap, .. Colleagues]);

        var found = AskRanker.Rank(team[0], team[1..]).ToList();

        // The trap's "production" line may still stand out a little in a team this small, but never above the real help.
        Assert.Equal("ben", found[0].MemberId);
        Assert.True(found.FindIndex(f => f.MemberId == "tess") is -1 or > 0);
    }

    [Fact]
    public void The_asker_is_never_returned_even_when_their_own_offer_answers_their_ask()
    {
        var asker = Asking("someone who has run Kubernetes in production") with { Offer = "I've run Kubernetes in production for years." };
        var team = Embedded(asker, [Sre, .. Colleagues]);

        var found = AskRanker.Rank(team[0], team);

        Assert.DoesNotContain(found, f => f.MemberId == "asker");
        Assert.Equal("ben", found[0].MemberId);
    }

    [Fact]
    public void An_ask_nobody_can_meet_names_nobody()
    {
        var team = Embedded(Asking("someone who has restored a 1950s Vespa scooter engine"), [Sre, Trap, .. Colleagues]);

        Assert.Empty(AskRanker.Rank(team[0], team[1..]));
    }

    [Fact]
    public void On_words_alone_the_lexicon_finds_the_paraphrase_and_an_unmet_ask_names_nobody()
    {
        var compliance = Person("sam", "Sam Okafor", "someone who can teach me pivot tables", "I ran our security compliance audit last year.", "Security Compliance Manager");
        MatchProfile[] team = [compliance, Sre, Trap, .. Colleagues];

        var found = AskRanker.Rank(Asking("someone who has taken a SaaS product through SOC 2"), team);

        Assert.Equal("sam", found[0].MemberId);
        Assert.Empty(AskRanker.Rank(Asking("someone who can teach my kids to sail a dinghy"), team));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_candidates()
    {
        var team = Embedded(Asking("who can help me keep our containers running in production?"), [Sre, Trap, .. Colleagues]);
        var platform = SentenceModel.Embed(Person("cleo", "Cleo Ngata", "someone who speaks Japanese", "I've run our container platform on-call rota since 2021.", "Platform Engineer"))[0];
        MatchProfile[] candidates = [.. team[1..], platform];

        var forward = AskRanker.Rank(team[0], candidates);
        var backward = AskRanker.Rank(team[0], candidates.Reverse());
        var rotated = AskRanker.Rank(team[0], [.. candidates[5..], .. candidates[..5]]);

        Assert.NotEmpty(forward);
        Assert.Equal(forward, backward);
        Assert.Equal(forward, rotated);
        Assert.True(forward.Zip(forward.Skip(1)).All(p => p.First.Score >= p.Second.Score), "best first");
    }

    [Fact]
    public void The_reason_names_the_helper_and_quotes_a_whole_clause_of_their_words_on_one_short_line()
    {
        var team = Embedded(Asking("who can help me with running Kubernetes in production?"), [Sre, Trap, .. Colleagues]);

        var best = AskRanker.Rank(team[0], team[1..])[0];

        Assert.StartsWith("Ben ", best.Reason, StringComparison.Ordinal);
        AssertQuotesWholeWords(best.Reason, Sre);
    }

    [Fact]
    public void A_helper_without_a_usable_name_is_a_colleague_never_their_id()
    {
        var nameless = Sre with { Id = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz", Name = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz" };
        var team = Embedded(Asking("who can help me with running Kubernetes in production?"), [nameless, Trap, .. Colleagues]);

        var best = AskRanker.Rank(team[0], team[1..])[0];

        Assert.Equal(nameless.Id, best.MemberId);
        Assert.StartsWith("A colleague ", best.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("29:", best.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_the_count_asked_for_and_none_for_a_blank_ask()
    {
        var team = Embedded(Asking("who can help me with running Kubernetes in production?"), [Sre, Trap, .. Colleagues]);

        Assert.Single(AskRanker.Rank(team[0], team[1..], count: 1));
        Assert.Empty(AskRanker.Rank(team[0] with { ConnectWith = "  " }, team[1..]));
    }

    /// <summary>One line, at most 30 words, and every quote a run of whole words of one of the members' answers or titles.</summary>
    internal static void AssertQuotesWholeWords(string reason, params MatchProfile[] quoted)
    {
        Assert.DoesNotContain('\n', reason);
        Assert.DoesNotContain('\r', reason);
        Assert.InRange(reason.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 3, 30);
        var quotes = Quoted().Matches(reason).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            string[] sources = [.. quoted.SelectMany(m => new[] { m.Offer, m.Title, m.Accomplish, m.ConnectWith })];
            Assert.True(sources.Any(s => WholeWordsOf(quote, s)), $"“{quote}” is not a whole-word run of the member's words");
        }
    }

    private static bool WholeWordsOf(string quote, string source)
    {
        var at = source.IndexOf(quote, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetterOrDigit(source[at - 1])) && (at + quote.Length == source.Length || !char.IsLetterOrDigit(source[at + quote.Length]));
    }

    [GeneratedRegex("“([^”]*)”")]
    private static partial Regex Quoted();
}
