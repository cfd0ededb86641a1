using System.Text.Json;

using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Intros;
using ConnectorBot.Tests.BotFramework.Cards;

namespace ConnectorBot.Tests.Intros;

public sealed class IntroCardsTests
{
    internal static IntroParty Ada => new()
    {
        MemberId = "member-ada",
        UserId = "29:ada",
        Name = "Ada Lovelace",
        UserPrincipalName = "ada@contoso.com",
        Accomplish = "Launch our accessibility guild",
        ConnectWith = "Someone who has run a guild before",
        Offer = "Code reviews in Rust",
    };

    internal static IntroParty Ben => new()
    {
        MemberId = "member-ben",
        UserId = "29:ben",
        Name = "Ben Okafor",
        UserPrincipalName = "ben@contoso.com",
        Accomplish = "Get better at public speaking",
        ConnectWith = "An accessibility expert",
    };

    internal static IntroRecord Intro(params IntroParty[] parties) => new()
    {
        TenantId = "tenant-1",
        TeamId = "19:team-1@thread.skype",
        RoundId = "20260302T0900",
        IntroId = "intro-7",
        Parties = parties.Length == 0 ? [Ada, Ben] : parties,
        Reason = "Ben knows accessibility; Ada has run a guild.",
        State = IntroState.Posted,
        ServiceUrl = "https://smba.example/",
        ChannelId = "19:intros@thread.skype",
    };

    [Fact]
    public void Suggestion_is_adaptive_card_15_with_accept_and_pass_carrying_the_ids()
    {
        var card = IntroCards.Suggestion(Intro());

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var executes = CardJson.Objects(card, "Action.Execute").ToList();
        Assert.Equal([IntrosVerbs.Accept, IntrosVerbs.Pass], executes.Select(e => e.GetProperty("verb").GetString()));
        Assert.Equal([IntrosStrings.AcceptButton, IntrosStrings.PassButton], executes.Select(e => e.GetProperty("title").GetString()));
        Assert.All(executes, CardJson.AssertHasSubmitFallback);
        Assert.All(executes, AssertCarriesIds);
        Assert.Empty(CardJson.Objects(card, "Action.Submit"));
    }

    [Fact]
    public void Suggestion_of_a_withdrawn_intro_names_nobody_and_has_no_buttons()
    {
        var withdrawn = IntroWithdrawal.Without(Intro() with { Parties = [Ada, Ben with { Decision = Decision.Accepted }] }, Ada.MemberId, DateTimeOffset.UnixEpoch)!;

        var card = IntroCards.Suggestion(withdrawn);

        var text = string.Join('\n', CardJson.Strings(card));
        Assert.Contains(IntrosStrings.WithdrawnTitle, text, StringComparison.Ordinal);
        foreach (var shown in new[] { Ada.Name, Ben.Name, Ada.Accomplish!, Ben.Accomplish!, "accessibility" })
        {
            Assert.DoesNotContain(shown, card.GetRawText(), StringComparison.Ordinal);
        }

        Assert.False(card.TryGetProperty("actions", out _));
        Assert.False(card.TryGetProperty("msteams", out _));
    }

    [Fact]
    public void Withdrawal_keeps_the_round_state_and_other_party_and_of_the_member_only_their_outcome()
    {
        var intro = Intro() with { State = IntroState.Connected, Parties = [Ada with { Decision = Decision.Accepted, Outcome = MeetingOutcome.Met }, Ben] };

        var withdrawn = IntroWithdrawal.Without(intro, Ada.MemberId, DateTimeOffset.UnixEpoch)!;

        Assert.Equal((intro.RoundId, IntroState.Connected, DateTimeOffset.UnixEpoch), (withdrawn.RoundId, withdrawn.State, withdrawn.WithdrawnAt!.Value));
        Assert.Empty(withdrawn.Reason);
        Assert.Equal(Ben, withdrawn.Party(Ben.MemberId));
        var gone = Assert.Single(withdrawn.Parties, p => p.MemberId.Length == 0);
        Assert.Equal(new IntroParty { MemberId = string.Empty, UserId = string.Empty, Name = string.Empty, Outcome = MeetingOutcome.Met }, gone);
        Assert.Null(IntroWithdrawal.Without(withdrawn, Ada.MemberId, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Suggestion_mentions_each_member_in_a_text_block_and_in_the_entities()
    {
        var card = IntroCards.Suggestion(Intro());

        var entities = card.GetProperty("msteams").GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(2, entities.Count);
        foreach (var (party, entity) in new[] { Ada, Ben }.Zip(entities))
        {
            Assert.Equal("mention", entity.GetProperty("type").GetString());
            Assert.Equal("<at>" + party.Name + "</at>", entity.GetProperty("text").GetString());
            Assert.Equal(party.UserId, entity.GetProperty("mentioned").GetProperty("id").GetString());
            Assert.Equal(party.Name, entity.GetProperty("mentioned").GetProperty("name").GetString());
            Assert.Contains(TextBlocks(card), t => t.Contains(entity.GetProperty("text").GetString()!, StringComparison.Ordinal));
        }

        var title = TextBlocks(card).Single(t => t.Contains("<at>", StringComparison.Ordinal));
        Assert.Contains(IntrosStrings.TitleSeparator, title, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_shows_each_ones_answers_quoted_and_the_reason()
    {
        var card = IntroCards.Suggestion(Intro(Ada, Ben with { ConnectWith = null }));
        var facts = Facts(card);

        Assert.Contains((IntrosStrings.HopingTo, "“\u2068Launch our accessibility guild\u2069”"), facts);
        Assert.Contains((IntrosStrings.LookingFor, "“\u2068Someone who has run a guild before\u2069”"), facts);
        Assert.Contains((IntrosStrings.HopingTo, "“\u2068Get better at public speaking\u2069”"), facts);
        Assert.Equal(3, facts.Count);
        Assert.Contains("Ben knows accessibility; Ada has run a guild.", TextBlocks(card));
        Assert.Contains(IntrosStrings.OpenPromptPair, TextBlocks(card));
        Assert.DoesNotContain(CardJson.Strings(card), s => s.Contains("Code reviews", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggestion_leaves_out_a_member_with_no_shared_answers()
    {
        var card = IntroCards.Suggestion(Intro(Ada, Ben with { Accomplish = null, ConnectWith = " " }));

        Assert.Equal(2, Facts(card).Count);
        Assert.DoesNotContain("Ben Okafor", TextBlocks(card));
    }

    [Fact]
    public void Suggestion_shows_hostile_names_and_answers_only_escaped()
    {
        var hostileName = "**Eve** </at><at>Mallory ${user.name} [x](https://evil.example) شريف 🎉";
        var eve = Ben with
        {
            Name = hostileName,
            Accomplish = "<script>alert(1)</script> {{DATE(2017-02-14T06:08:39Z,SHORT)}}",
            ConnectWith = "# heading _em_ עברית 👩🏽‍💻",
        };
        var intro = Intro(Ada, eve) with { Reason = "Both like **bold** ${reason}" };

        var card = IntroCards.Suggestion(intro);
        var shown = TextBlocks(card).Concat(Facts(card).Select(f => f.Value)).ToList();
        var eveEntity = card.GetProperty("msteams").GetProperty("entities")[1];

        Assert.Equal(hostileName, eveEntity.GetProperty("mentioned").GetProperty("name").GetString());
        var tag = eveEntity.GetProperty("text").GetString()!;
        Assert.Equal(hostileName, EscapeAssertions.Unescape(tag["<at>".Length..^"</at>".Length]));
        Assert.Single(AllIndexes(tag, "</at>"));
        Assert.Contains(shown, s => s.Contains(tag, StringComparison.Ordinal));
        Assert.Contains(shown, s => EscapeAssertions.Unescape(s).Contains("<script>alert(1)</script>", StringComparison.Ordinal));
        Assert.Contains(shown, s => s.Contains("עברית 👩🏽‍💻", StringComparison.Ordinal));
        Assert.Contains(shown, s => s.Contains("شريف 🎉", StringComparison.Ordinal));
        // The entity's mentioned name is data, not rendered text: it stays the real name; everything else is split.
        var rendered = CardJson.Strings(card).Where(s => s != hostileName).ToList();
        Assert.DoesNotContain(rendered, s => s.Contains("${", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, s => s.Contains("{{DATE", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, s => s.Contains("**", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, s => s.Contains("<script>", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, s => s.Contains("](", StringComparison.Ordinal) && !s.Contains(@"\](", StringComparison.Ordinal));
        // The only unescaped "<at>" tags are the two real mentions.
        Assert.Equal(2, shown.Sum(s => AllIndexes(s, "<at>").Count(i => i == 0 || s[i - 1] != '\\')));
    }

    [Fact]
    public void Suggestion_with_one_accepted_says_who_is_awaited_and_keeps_the_buttons()
    {
        var card = IntroCards.Suggestion(Intro(Ada with { Decision = Decision.Accepted }, Ben));

        Assert.Contains("Ada Lovelace accepted — waiting for Ben Okafor", TextBlocks(card));
        Assert.Equal(2, CardJson.Objects(card, "Action.Execute").Count());
    }

    [Fact]
    public void Suggestion_connected_says_so_without_buttons()
    {
        var intro = Intro(Ada with { Decision = Decision.Accepted }, Ben with { Decision = Decision.Accepted }) with { State = IntroState.Connected };

        var card = IntroCards.Suggestion(intro);

        Assert.Contains(IntrosStrings.Connected, TextBlocks(card));
        Assert.Empty(CardJson.Objects(card, "Action.Execute"));
        Assert.False(card.TryGetProperty("actions", out _));
        Assert.DoesNotContain(TextBlocks(card), t => t.Contains("waiting", StringComparison.Ordinal));
        Assert.DoesNotContain(TextBlocks(card), t => t.Contains("couldn't message", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggestion_connected_with_a_failed_handoff_tells_the_channel_how_to_reach_out()
    {
        var intro = Intro(Ada with { Decision = Decision.Accepted }, Ben with { Decision = Decision.Accepted, HandoffFailed = true }) with
        {
            State = IntroState.Connected,
        };

        var card = IntroCards.Suggestion(intro);

        var note = "I couldn't message Ben Okafor directly: Ben Okafor, Ada Lovelace is waiting to hear from you here.";
        Assert.Equal(note, HandoffMessage.CardNote(intro, intro.Parties[1]));
        Assert.Contains(note, TextBlocks(card));
        Assert.DoesNotContain(TextBlocks(card), t => t.StartsWith("I couldn't message Ada", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggestion_passed_closes_politely_and_never_says_who_passed()
    {
        var adaPassed = Intro(Ada with { Decision = Decision.Passed }, Ben with { Decision = Decision.Accepted }) with { State = IntroState.Passed };
        var benPassed = Intro(Ada with { Decision = Decision.Accepted }, Ben with { Decision = Decision.Passed }) with { State = IntroState.Passed };

        var card = IntroCards.Suggestion(adaPassed);

        Assert.Contains(IntrosStrings.Closed, TextBlocks(card));
        Assert.False(card.TryGetProperty("actions", out _));
        Assert.DoesNotContain(CardJson.Strings(card), s => s.Contains("accepted", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(CardJson.Strings(card), s => s.Contains("pass", StringComparison.OrdinalIgnoreCase));
        // Whoever passed, everyone sees exactly the same card.
        Assert.Equal(card.GetRawText(), IntroCards.Suggestion(benPassed).GetRawText());
    }

    [Fact]
    public void Suggestion_pass_recorded_before_the_state_catches_up_is_already_closed()
    {
        var card = IntroCards.Suggestion(Intro(Ada, Ben with { Decision = Decision.Passed }));

        Assert.Contains(IntrosStrings.Closed, TextBlocks(card));
        Assert.Empty(CardJson.Objects(card, "Action.Execute"));
    }

    [Fact]
    public void Suggestion_expired_says_it_closed_without_buttons_or_who_answered()
    {
        var intro = Intro(Ada with { Decision = Decision.Accepted }, Ben) with { State = IntroState.Expired };

        var card = IntroCards.Suggestion(intro);

        Assert.Contains(IntrosStrings.Expired, TextBlocks(card));
        Assert.False(card.TryGetProperty("actions", out _));
        Assert.DoesNotContain(CardJson.Strings(card), s => s.Contains("accepted", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Suggestion_trio_mentions_all_three_and_waits_for_both()
    {
        var cleo = Ben with { MemberId = "member-cleo", UserId = "29:cleo", Name = "Cleo" };

        var card = IntroCards.Suggestion(Intro(Ada with { Decision = Decision.Accepted }, Ben, cleo));

        Assert.Equal(3, card.GetProperty("msteams").GetProperty("entities").GetArrayLength());
        Assert.Contains("Ada Lovelace accepted — waiting for Ben Okafor and Cleo", TextBlocks(card));
        Assert.Contains(IntrosStrings.OpenPromptGroup, TextBlocks(IntroCards.Suggestion(Intro(Ada, Ben, cleo))));
    }

    [Fact]
    public void Not_for_you_names_both_members()
    {
        var text = IntroCards.NotForYou(Intro());

        Assert.Equal("This intro is for \u2068Ada Lovelace\u2069 and \u2068Ben Okafor\u2069.", text);
    }

    [Fact]
    public void Follow_up_asks_about_the_other_with_four_answers_carrying_the_ids_and_outcome()
    {
        var intro = Intro() with { State = IntroState.Connected };

        var card = IntroCards.FollowUp(intro, intro.Parties[0]);

        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains("Did you meet Ben Okafor?", TextBlocks(card));
        var executes = CardJson.Objects(card, "Action.Execute").ToList();
        Assert.Equal(["Yes, it helped", "Yes", "Not yet", "No"], executes.Select(e => e.GetProperty("title").GetString()));
        Assert.All(executes, CardJson.AssertHasSubmitFallback);
        Assert.All(executes, AssertCarriesIds);
        Assert.All(executes, e => Assert.Equal(IntrosVerbs.FollowUp, e.GetProperty("verb").GetString()));
        var outcomes = executes.Select(e => IntrosVerbs.ReadOutcome(FromSubmit(e))).ToList();
        Assert.Equal([MeetingOutcome.Helped, MeetingOutcome.Met, MeetingOutcome.NotYet, MeetingOutcome.No], outcomes);
        Assert.Equal(["helped", "met", "notyet", "no"], executes.Select(e => e.GetProperty("data").GetProperty("outcome").GetString()));
    }

    [Fact]
    public void Follow_up_for_someone_not_named_throws()
    {
        Assert.Throws<ArgumentException>(() => IntroCards.FollowUp(Intro(), Ada with { MemberId = "member-stranger" }));
    }

    [Fact]
    public void Follow_up_thanks_has_an_answer_for_each_outcome()
    {
        var thanks = Enum.GetValues<MeetingOutcome>().Select(IntroCards.FollowUpThanks).ToList();

        Assert.All(thanks, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Equal(thanks.Count, thanks.Distinct().Count());
    }

    [Fact]
    public void Verbs_read_the_ids_back_from_either_path_and_reject_tampered_data()
    {
        var accept = CardJson.Objects(IntroCards.Suggestion(Intro()), "Action.Execute").First();
        var execute = new CardAction(IntrosVerbs.Accept, accept.GetProperty("data"), IsExecute: true);
        var submit = FromSubmit(accept);

        foreach (var action in new[] { execute, submit })
        {
            Assert.Equal("intro-7", IntrosVerbs.ReadIntroId(action));
            Assert.Equal("19:team-1@thread.skype", IntrosVerbs.ReadTeamId(action));
            Assert.True(IntrosVerbs.IsIntroVerb(action.Verb));
        }

        var tampered = new CardAction(IntrosVerbs.FollowUp, JsonDocument.Parse("""{"introId":" ","teamId":5,"outcome":"maybe"}""").RootElement, true);
        Assert.Null(IntrosVerbs.ReadIntroId(tampered));
        Assert.Null(IntrosVerbs.ReadTeamId(tampered));
        Assert.Null(IntrosVerbs.ReadOutcome(tampered));
        Assert.False(IntrosVerbs.IsIntroVerb("interview.edit"));
    }

    private static void AssertCarriesIds(JsonElement execute)
    {
        Assert.Equal("intro-7", execute.GetProperty("data").GetProperty(IntrosVerbs.IntroIdKey).GetString());
        Assert.Equal("19:team-1@thread.skype", execute.GetProperty("data").GetProperty(IntrosVerbs.TeamIdKey).GetString());
    }

    // What the Action.Submit fallback delivers: its data, verb included.
    private static CardAction FromSubmit(JsonElement execute)
    {
        var data = execute.GetProperty("fallback").GetProperty("data");
        return new CardAction(data.GetProperty("verb").GetString()!, data, IsExecute: false);
    }

    internal static List<string> TextBlocks(JsonElement card) =>
        [.. CardJson.Objects(card, "TextBlock").Select(t => t.GetProperty("text").GetString()!)];

    private static List<(string Title, string Value)> Facts(JsonElement card) =>
        [.. CardJson.Objects(card, "FactSet")
            .SelectMany(f => f.GetProperty("facts").EnumerateArray())
            .Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!))];

    private static List<int> AllIndexes(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
