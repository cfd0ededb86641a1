using System.Reflection;
using System.Text.RegularExpressions;

using ConnectorBot.Cli;
using ConnectorBot.Matching;
using ConnectorBot.Matching.Explaining;
using ConnectorBot.Matching.Scoring;

namespace ConnectorBot.Tests.Matching;

/// <summary>The reason of an intro reads like a person wrote it: both names (never an id), whole clauses, short.</summary>
public partial class ReasonTests
{
    private static readonly MatchProfile Ada = Person("aad-ada", "Ada Lovelace", "someone who has run Kubernetes in production", "UX reviews are my trade.", "Product Designer");
    private static readonly MatchProfile Ben = Person("aad-ben", "Ben Okoro", "someone who can do a UX review of our console", "I've run Kubernetes in production for five years.", "Site Reliability Engineer");

    private static MatchProfile Person(string id, string name, string connectWith, string offer, string title = "", string accomplish = "") =>
        new(id, name, string.Empty, title, accomplish, connectWith, offer);

    private static string Write(MatchProfile a, MatchProfile b, bool explainAb = true, bool explainBa = true) =>
        ReasonWriter.Write(a, b, ScoringModel.Build([a, b, .. Members.Background]).IdfOf, explainAb, explainBa);

    [Fact]
    public void Both_directions_name_both_people_in_their_own_words_retold()
    {
        var reason = Write(Ada, Ben);

        Assert.StartsWith("Ada is looking for someone who has run Kubernetes in production — Ben has run Kubernetes in production for five years.", reason, StringComparison.Ordinal);
        Assert.Contains("In return,", reason, StringComparison.Ordinal);
        Assert.Contains("UX reviews are Ada's trade", reason, StringComparison.Ordinal);
        AssertReadable(reason, Ada, Ben);
    }

    [Fact]
    public void One_way_when_the_way_back_is_weak()
    {
        var reason = Write(Ada, Ben, explainAb: true, explainBa: false);

        Assert.Equal("Ada is looking for someone who has run Kubernetes in production — Ben has run Kubernetes in production for five years.", reason);
    }

    [Fact]
    public void Only_the_way_back_when_that_is_the_one_that_carries()
    {
        var reason = Write(Ada, Ben, explainAb: false, explainBa: true);

        Assert.StartsWith("Ben is looking for someone who can do a UX review", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("In return", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("5f0c7a3e-1b2d-4c5e-8f90-123456789abc")]
    [InlineData("29:1AbCdEfGhIjKlMnOpQrStUvWxYz")]
    [InlineData("ada@contoso.example")]
    [InlineData("aad-ada")]
    public void An_unknown_name_is_a_collegue_never_an_id(string name)
    {
        var nameless = Ada with { Name = name };

        var reason = Write(nameless, Ben);

        Assert.StartsWith("A colleague is looking for", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(nameless.Id, reason, StringComparison.OrdinalIgnoreCase);
        if (name.Trim().Length > 0)
        {
            Assert.DoesNotContain(name.Trim(), reason, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Ben", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_unknown_names_are_two_colleagues()
    {
        var reason = Write(Ada with { Name = string.Empty }, Ben with { Name = string.Empty });

        Assert.StartsWith("A colleague is looking for", reason, StringComparison.Ordinal);
        Assert.Contains("another colleague", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Honorifics_are_skipped_and_shared_first_names_are_told()
    {
        var titled = Write(Ada with { Name = "Dr. Ada Lovelace" }, Ben);
        var twins = Write(Ada with { Name = "Sam Ito" }, Ben with { Name = "Sam Reyes" });

        Assert.StartsWith("Ada is", titled, StringComparison.Ordinal);
        Assert.StartsWith("Sam Ito is", twins, StringComparison.Ordinal);
        Assert.Contains("Sam Reyes", twins, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I fixed the Wi-Fi dead zones in the warehouse last year.", "Gwen fixed the Wi-Fi dead zones in the warehouse last year")]
    [InlineData("I lead our greenhouse-gas inventory and always need extra hands.", "Gwen leads our greenhouse-gas inventory and always needs extra hands")]
    [InlineData("I've already lined up three years of temperature records.", "Gwen has already lined up three years of temperature records")]
    [InlineData("Happy to run a session for any team.", "Gwen is happy to run a session for any team")]
    [InlineData("My master's thesis was spotting bearing wear.", "Gwen's master's thesis was spotting bearing wear")]
    [InlineData("Ex-Royal Navy marine engineer.", "Gwen is an Ex-Royal Navy marine engineer")]
    [InlineData("Fifteen years teaching kitchen technique.", "Gwen has fifteen years teaching kitchen technique")]
    [InlineData("Been to 40 trade shows.", "Gwen has been to 40 trade shows")]
    [InlineData("We have a big volunteer crew.", "Gwen's team has a big volunteer crew")]
    [InlineData("If the manager is ready, I can get an offer out in five days.", "if the manager is ready, Gwen can get an offer out in five days")]
    public void First_person_offers_are_retold_in_the_third_person(string offer, string expected)
    {
        Clause clause = new(ProfileField.Offer, 0, offer.Length, offer.TrimEnd('.'), Leading: true);

        Assert.Equal(expected, Phrasing.Give(clause, "Gwen"));
    }

    [Theory]
    [InlineData("someone who can tell me if hot spells sell more iced tea", "Gavin is looking for someone who can tell them if hot spells sell more iced tea")]
    [InlineData("I'm looking for Someone with pull at SIAL", "Gavin is looking for someone with pull at SIAL")]
    [InlineData("I need help with SQL", "Gavin is looking for help with SQL")]
    public void Asks_are_retold_in_the_third_person(string connectWith, string expected)
    {
        Clause clause = new(ProfileField.ConnectWith, 0, connectWith.Length, connectWith, Leading: true);

        Assert.Equal(expected, Phrasing.Ask(clause, "Gavin"));
    }

    [Theory]
    [InlineData("Site Reliability Engineer", "a Site Reliability Engineer")]
    [InlineData("FP&A Analyst", "an FP&A Analyst")]
    [InlineData("Engineer", "an Engineer")]
    [InlineData("University Liaison", "a University Liaison")]
    [InlineData("Head of Sustainability", "Head of Sustainability")]
    public void Roles_take_the_right_article(string title, string expected) => Assert.Equal(expected, Phrasing.WithArticle(title));

    [Fact]
    public void Very_long_answers_still_give_a_short_reason_of_whole_clauses()
    {
        var rambling = string.Join(' ', Enumerable.Repeat("We lost three shifts of output last month when a gearbox seized with no warning, and the replacement took four days to arrive.", 12));
        var frank = Person("frank", "Frank Adler", "someone who could predict breakdowns from the sensor readings we already collect and who has done this before on mixers, motors, pumps and conveyors across several plants in several countries for many years", string.Empty, accomplish: rambling);
        var lea = Person("lea", "Lea Vasquez", "a mentor who left a data science job to found a startup", "My master's thesis was spotting bearing wear from vibration signals. " + rambling, "Data Scientist");

        var reason = Write(frank, lea);

        AssertReadable(reason, frank, lea);
        Assert.Contains("Frank", reason, StringComparison.Ordinal);
        Assert.Contains("Lea", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_english_and_emoji_answers_keep_their_words_and_names_but_no_stray_emoji()
    {
        var ana = Person("ana", "Ana Ruiz", "alguien que sepa de Kubernetes en producción 🚀", "Jeg taler dansk, hvis det nogensinde er nyttigt 😂", "Diseñadora UX");
        var samir = Person("samir", "سمير حداد", "شخص يعرف تصميم تجربة المستخدم", "Llevo cinco años con Kubernetes en producción", "Ingeniero de plataformas");

        var reason = Write(ana, samir);

        Assert.StartsWith("Ana is looking for alguien que sepa de Kubernetes en producción —", reason, StringComparison.Ordinal);
        Assert.Contains("سمير", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("🚀", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeg taler", reason, StringComparison.Ordinal);
        AssertReadable(reason, ana, samir);
    }

    [Fact]
    public void Empty_fields_still_give_a_reason_naming_both()
    {
        var asker = Person("asker", "Priti Shah", "someone who has built mobile tools for people who never sit at a desk", string.Empty);
        var silent = Person("silent", "Dmitri Volkov", string.Empty, string.Empty);

        var reason = Write(asker, silent);

        Assert.Equal("Priti is looking for someone who has built mobile tools for people who never sit at a desk — Dmitri can help with that.", reason);
    }

    [Fact]
    public void Nothing_at_all_to_say_still_names_both()
    {
        var reason = Write(Person("x", "Xu Li", string.Empty, string.Empty), Person("y", "Yara Haddad", string.Empty, string.Empty));

        Assert.Equal("Xu and Yara are working on closely related things.", reason);
    }

    [Fact]
    public void Trios_read_as_one_short_text_naming_all_three()
    {
        var aiko = Person("m007", "Aiko Mori", "a designer who has done packaging for the Japanese market", string.Empty, "Packaging Designer, Export");
        var clara = Person("m003", "Clara Hoffmann", "someone who knows what happens to our wrappers once they leave the kitchen", "I do icons and wayfinding signage for fun.", "Packaging Designer");
        var ben = Person("m021", "Ben Okoro", "someone who can make the bin labels obvious at 6am", "I deal with our waste haulers every week and know which films they reject.", "Waste Coordinator");
        Func<string, double> idf = ScoringModel.Build([aiko, clara, ben, .. Members.Background]).IdfOf;

        var reason = ReasonWriter.WriteTrio(clara, ben, aiko, clara, idf);

        Assert.Contains("Making it a trio, Aiko is looking for a designer who has done packaging for the Japanese market — Clara is a Packaging Designer.", reason, StringComparison.Ordinal);
        Assert.Contains("Ben", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("; as a trio", reason, StringComparison.Ordinal);
        Assert.InRange(ReasonWriter.Words(reason), 1, ReasonWriter.MaxWords);
    }

    [Fact]
    public void The_matcher_makes_trios_with_the_trio_reason()
    {
        MatchProfile[] three =
        [
            Person("a", "Gwen Ito", "someone who has moved paper checklists onto tablets", "I fixed the Wi-Fi dead zones in the warehouse"),
            Person("b", "Samir Haddad", "someone who can sort out wireless coverage in a steel building", "I moved our hygiene checks onto iPads"),
            Person("c", "Tom Reyes", "someone who has moved hygiene checks onto iPads", "I can sort out wireless coverage anywhere"),
        ];

        var round = IntroMatcher.Match([.. three, .. Members.Background], PairHistory.Empty, Members.Options() with { OddHeadcount = OddHeadcountPolicy.Trio });

        var trio = Assert.Single(round.Intros, i => i.C is not null);
        Assert.Contains("Making it a trio", trio.Reason, StringComparison.Ordinal);
        foreach (var name in new[] { "Gwen", "Samir", "Tom" })
        {
            Assert.Contains(name, trio.Reason, StringComparison.Ordinal);
        }

        Assert.InRange(ReasonWriter.Words(trio.Reason), 1, ReasonWriter.MaxWords);
    }

    /// <summary>Every intro of the public sample and the held-out sets: short, whole words, no ellipsis or added quotes, names not ids.</summary>
    [Theory]
    [InlineData("Data/fintech/profiles.sample.jsonl")]
    [InlineData("Data/hospital/profiles.sample.jsonl")]
    [InlineData("HeldOut/public.profiles.jsonl")]
    [InlineData("HeldOut/software.profiles.jsonl")]
    [InlineData("HeldOut/airline.profiles.jsonl")]
    public void Every_reason_of_a_realistic_round_is_readable(string file)
    {
        var profiles = Load(file);
        var byId = profiles.ToDictionary(p => p.Id);

        var round = IntroMatcher.Match(profiles, PairHistory.Empty, Members.Options() with { OddHeadcount = OddHeadcountPolicy.Trio });

        Assert.NotEmpty(round.Intros);
        foreach (var intro in round.Intros)
        {
            AssertReadable(intro.Reason, [.. new[] { intro.A, intro.B, intro.C }.OfType<string>().Select(id => byId[id])]);
        }
    }

    private static List<MatchProfile> Load(string file)
    {
        DirectoryInfo? root = new(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ConnectorBot.sln")))
        {
            root = root.Parent;
        }

        using var reader = File.OpenText(Path.Combine(root?.FullName ?? throw new InvalidOperationException("ConnectorBot.sln not found"), "bot.tests", "Matching", file));
        return [.. ProfileReader.Read(reader, TextWriter.Null)];
    }

    /// <summary>
    /// At most 45 words; no "…"; no quotation marks the members did not type; no id; every first name; and every word is
    /// either the writer's own, a name, or a word of the members' answers (retold forms allowed), so nothing is cut mid-word.
    /// </summary>
    private static void AssertReadable(string reason, params MatchProfile[] members)
    {
        Assert.InRange(ReasonWriter.Words(reason), 1, ReasonWriter.MaxWords);
        Assert.DoesNotContain("…", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("...", reason, StringComparison.Ordinal);
        Assert.EndsWith(".", reason, StringComparison.Ordinal);
        var typed = string.Join(' ', members.SelectMany(m => new[] { m.Accomplish, m.ConnectWith, m.Offer, m.Title, m.Department }));
        foreach (var quote in new[] { "“", "”", "\"" })
        {
            Assert.True(!reason.Contains(quote, StringComparison.Ordinal) || typed.Contains(quote, StringComparison.Ordinal), $"Added quotes: {reason}");
        }

        HashSet<string> allowed = new(StringComparer.OrdinalIgnoreCase);
        foreach (var m in members)
        {
            Assert.DoesNotContain(m.Id, reason, StringComparison.Ordinal);
            if (DisplayNames.First(m.Name, m.Id) is { } first)
            {
                Assert.Contains(first, reason, StringComparison.Ordinal);
                allowed.Add(first + "'s");
            }

            foreach (var word in WordsOf(string.Join(' ', m.Name, m.Accomplish, m.ConnectWith, m.Offer, m.Title, m.Department)))
            {
                allowed.UnionWith([word, word + "s", word + "es", word.TrimEnd('y') + "ies"]);
            }
        }

        allowed.UnionWith(WordsOf(string.Join(' ', TemplateTexts())));
        allowed.UnionWith(["they", "them", "their", "theirs", "themselves", "they're", "they've", "they'd", "they'll", "a colleague's", "is", "has", "had", "would", "will", "were", "are", "team", "s", "an", "a"]);
        foreach (var word in WordsOf(reason))
        {
            Assert.True(allowed.Contains(word), $"\"{word}\" is not a whole word of the answers: {reason}");
        }
    }

    /// <summary>Every word the reason writer may add: the constants, and each template's own words (blanks for what goes in).</summary>
    private static IEnumerable<string?> TemplateTexts() =>
        typeof(ReasonStrings).GetFields().Select(f => f.GetValue(null) as string).Concat(
            typeof(ReasonStrings).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(string))
                .Select(m => m.Invoke(null, [.. m.GetParameters().Select(_ => (object)" ")]) as string));

    private static IEnumerable<string> WordsOf(string text) =>
        Word().Matches(text).Select(m => m.Value.Replace('’', '\''));

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
