using System.Text.RegularExpressions;

using ConnectorBot.Intros;
using ConnectorBot.Tests.BotFramework.Cards;

using static ConnectorBot.Tests.Intros.IntroCardsTests;

namespace ConnectorBot.Tests.Intros;

public sealed partial class HandoffMessageTests
{
    [Fact]
    public void For_tells_each_who_the_other_is_their_answers_and_why()
    {
        var intro = Intro();

        var toAda = HandoffMessage.For(intro, intro.Parties[0]);
        var toBen = HandoffMessage.For(intro, intro.Parties[1]);

        Assert.Contains("You're connected with Ben Okafor!", toAda, StringComparison.Ordinal);
        Assert.Contains("**About Ben Okafor**", toAda, StringComparison.Ordinal);
        Assert.Contains("Hoping to “\u2068Get better at public speaking\u2069”", toAda, StringComparison.Ordinal);
        Assert.Contains("Looking for “\u2068An accessibility expert\u2069”", toAda, StringComparison.Ordinal);
        Assert.Contains("**Why I introduced you:** Ben knows accessibility; Ada has run a guild.", toAda, StringComparison.Ordinal);
        Assert.DoesNotContain("Launch our accessibility guild", toAda, StringComparison.Ordinal);

        Assert.Contains("**About Ada Lovelace**", toBen, StringComparison.Ordinal);
        Assert.Contains("Can help with “\u2068Code reviews in Rust\u2069”", toBen, StringComparison.Ordinal);
        Assert.DoesNotContain("About Ben", toBen, StringComparison.Ordinal);
    }

    [Fact]
    public void For_links_a_chat_and_a_meeting_with_the_other()
    {
        var intro = Intro();

        var links = Links(HandoffMessage.For(intro, intro.Parties[0]));

        Assert.Equal(2, links.Count);
        var chat = new Uri(links[0]);
        Assert.Equal("https://teams.microsoft.com/l/chat/0/0", chat.GetLeftPart(UriPartial.Path));
        Assert.Equal("ben@contoso.com", Query(chat, "users"));
        Assert.Equal("Hi Ben Okafor! ConnectorBot introduced us. When would suit you for a quick chat?", Query(chat, "message"));
        var meeting = new Uri(links[1]);
        Assert.Equal("https://teams.microsoft.com/l/meeting/new", meeting.GetLeftPart(UriPartial.Path));
        Assert.Equal("ben@contoso.com", Query(meeting, "attendees"));
        Assert.Equal("Intro: Ada Lovelace & Ben Okafor", Query(meeting, "subject"));
    }

    [Fact]
    public void For_url_encodes_upns_and_messages()
    {
        var other = Ben with { Name = "Seán O'Brien & co (🎉)", UserPrincipalName = "sean.o'brien+intros@contoso.com" };
        var intro = Intro(Ada, other);

        var text = HandoffMessage.For(intro, intro.Parties[0]);
        var links = Links(text);

        Assert.Contains("users=sean.o%27brien%2Bintros%40contoso.com&message=", links[0], StringComparison.Ordinal);
        Assert.EndsWith("&attendees=sean.o%27brien%2Bintros%40contoso.com", links[1], StringComparison.Ordinal);
        Assert.All(links, l => Assert.DoesNotMatch(@"[\s'()+&<>]", l.Replace("&message=", "").Replace("&attendees=", "")));
        Assert.Equal("Hi Seán O'Brien & co (🎉)! ConnectorBot introduced us. When would suit you for a quick chat?", Query(new Uri(links[0]), "message"));
        Assert.Equal("sean.o'brien+intros@contoso.com", Query(new Uri(links[1]), "attendees"));
    }

    [Fact]
    public void For_without_the_others_upn_says_to_find_them_by_name_and_has_no_links()
    {
        var intro = Intro(Ada, Ben with { UserPrincipalName = null });

        var toAda = HandoffMessage.For(intro, intro.Parties[0]);
        var toBen = HandoffMessage.For(intro, intro.Parties[1]);

        Assert.DoesNotContain("teams.microsoft.com", toAda, StringComparison.Ordinal);
        Assert.Contains("To say hello, find **Ben Okafor** in Teams by searching for their name.", toAda, StringComparison.Ordinal);
        Assert.Null(HandoffMessage.ChatLinkTo(intro.Parties[1]));
        Assert.Null(HandoffMessage.MeetingLinkWith(intro.Parties[0], intro.Parties[1]));
        // Ben can still be given links to Ada, whose UPN is known.
        Assert.Equal(2, Links(toBen).Count);
    }

    [Fact]
    public void For_shows_hostile_names_answers_and_reason_only_escaped()
    {
        var eve = Ben with
        {
            Name = "**Eve** <at>Mallory</at>",
            Accomplish = "<script>alert(1)</script> [x](https://evil.example)",
            ConnectWith = "${user.name} שלום 👩🏽‍💻",
        };
        var intro = Intro(Ada, eve) with { Reason = "Both _love_ `code` & <b>HTML</b>" };

        var text = HandoffMessage.For(intro, intro.Parties[0]);
        var withoutLinks = LinkTargets().Replace(text, "]()");

        Assert.DoesNotContain("**Eve**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("${", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(https://evil", withoutLinks);
        Assert.Contains(@"\*\*Eve\*\* &lt;at&gt;Mallory&lt;/at&gt;", text, StringComparison.Ordinal);
        Assert.Contains(@"&lt;script&gt;alert(1)&lt;/script&gt; \[x\](https://evil.example)", text, StringComparison.Ordinal);
        Assert.Contains("שלום 👩🏽‍💻", text, StringComparison.Ordinal);
        Assert.Contains(@"Both \_love\_ \`code\` &amp; &lt;b&gt;HTML&lt;/b&gt;", text, StringComparison.Ordinal);
        EscapeAssertions.AssertWellFormed(text);
    }

    [Fact]
    public void For_someone_not_named_throws()
    {
        Assert.Throws<ArgumentException>(() => HandoffMessage.For(Intro(), Ada with { MemberId = "member-stranger" }));
    }

    [Fact]
    public void Card_note_escapes_names_for_the_card()
    {
        var intro = Intro(Ada with { Name = "*Ada*" }, Ben with { Name = "<Ben>" });

        var note = HandoffMessage.CardNote(intro, intro.Parties[1]);

        Assert.Equal(@"I couldn't message \<Ben\> directly: \<Ben\>, \*Ada\* is waiting to hear from you here.", note);
    }

    private static List<string> Links(string markdown) =>
        [.. LinkTargets().Matches(markdown).Select(m => m.Groups[1].Value)];

    private static string Query(Uri uri, string name) =>
        uri.Query.TrimStart('?').Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair[0] == name)
            .Select(pair => Uri.UnescapeDataString(pair[1]))
            .Single();

    [GeneratedRegex(@"\]\((https://teams\.microsoft\.com/[^)\s]*)\)")]
    private static partial Regex LinkTargets();
}
