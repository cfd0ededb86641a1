using ConnectorBot.BotFramework.Cards;

using static ConnectorBot.Tests.BotFramework.Cards.EscapeAssertions;

namespace ConnectorBot.Tests.BotFramework.Cards;

public sealed class CardTextTests
{
    private const string Isolate = "\u2068";
    private const string PopIsolate = "\u2069";

    [Theory]
    [InlineData("**x**", @"\*\*x\*\*")]
    [InlineData("[a](b)", @"\[a\](b)")]
    [InlineData("# h", @"\# h")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("* item", @"\* item")]
    [InlineData("1. item", @"1\. item")]
    [InlineData("12) item", @"12\) item")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("_x_", @"\_x\_")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("~~gone~~", @"\~\~gone\~\~")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("Title\n===", "Title\n\\===")]
    [InlineData("line one\n- two\n3. three", "line one\n\\- two\n3\\. three")]
    [InlineData("| a | b |\n|---|---|", "\\| a \\| b \\|\n\\|---\\|---\\|")]
    [InlineData("AT&T", @"AT\&T")]
    [InlineData("&lt;b&gt;", @"\&lt;b\&gt;")]
    public void Escape_BackslashesMarkdownSoItShowsLiterally(string input, string expected)
    {
        var escaped = CardText.Escape(input);

        Assert.Equal(expected, escaped);
        Assert.Equal(input, Unescape(escaped));
    }

    [Theory]
    [InlineData("I ship 3.5 releases - on time - with 100% tests.")]
    [InlineData("Version 2.0 is out")]
    [InlineData("a - b + c = d")]
    public void Escape_LeavesMidLineDotsDashesAndPlusesAlone(string input) =>
        Assert.Equal(input, CardText.Escape(input));

    [Theory]
    [InlineData("<b>bold</b>", @"\<b\>bold\</b\>")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("<at>Ben</at>", @"\<at\>Ben\</at\>")]
    public void Escape_HtmlTagsCannotBecomeMarkup(string input, string expected)
    {
        var escaped = CardText.Escape(input);

        Assert.Equal(expected, escaped);
        AssertNoBareMarkers(escaped, "<>");
        Assert.Equal(input, Unescape(escaped));
    }

    [Fact]
    public void Escape_SplitsTemplateExpressionsInvisibly()
    {
        var escaped = CardText.Escape("Hi ${user.name} and ${{x}}");

        Assert.DoesNotContain("${", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
        Assert.Equal("Hi $\u200B{user.name} and $\u200B{\u200B{x}}", escaped);
    }

    [Fact]
    public void Escape_SplitsDateFunctionsInvisibly()
    {
        var escaped = CardText.Escape("{{DATE(2017-02-14T06:08:39Z,SHORT)}} at {{TIME(2017-02-14T06:08:39Z)}}");

        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
        Assert.StartsWith("{\u200B{DATE(2017-02-14T06:08:39Z,SHORT)}}", escaped, StringComparison.Ordinal);
        Assert.Equal("{{DATE(2017-02-14T06:08:39Z,SHORT)}} at {{TIME(2017-02-14T06:08:39Z)}}", Unescape(escaped));
    }

    [Theory]
    [InlineData("🎉🚀 launch 👩‍👩‍👧 family 👍🏽")]
    [InlineData("学习新的技能，认识新朋友")]
    [InlineData("أريد أن أتعلم البرمجة")]
    [InlineData("אני רוצה ללמוד")]
    [InlineData("Ünïcödé ñ café")]
    public void Escape_LeavesEmojiCjkAndRtlIntact(string input) =>
        Assert.Equal(input, CardText.Escape(input));

    [Fact]
    public void Escape_ThousandCharacterInputsRoundTrip()
    {
        var markers = string.Concat(Enumerable.Repeat("*_`[]#~<>&", 100));
        var escaped = CardText.Escape(markers);

        Assert.Equal(2000, escaped.Length);
        AssertNoBareMarkers(escaped, "*_`[]#~<>&");
        Assert.Equal(markers, Unescape(escaped));
    }

    [Fact]
    public void Escape_DropsIndentation_SoNothingBecomesACodeBlock()
    {
        var escaped = CardText.Escape("    **x**\n\t\tcode\n  > q\n  - item");

        Assert.Equal("\\*\\*x\\*\\*\ncode\n\\> q\n\\- item", escaped);
    }

    [Fact]
    public void Escape_NormalisesLineEndings() => Assert.Equal("a\n\\- b\nc", CardText.Escape("a\r\n- b\rc"));

    [Fact]
    public void EmptyText_StaysEmpty()
    {
        Assert.Equal(string.Empty, CardText.Escape(string.Empty));
        Assert.Equal(string.Empty, CardText.Quote(string.Empty));
        Assert.Equal(string.Empty, CardText.Quote("   \n  "));
    }

    [Fact]
    public void Quote_WrapsShortTextInCurlyQuotesAroundAnIsolate() =>
        Assert.Equal("“" + Isolate + "find a mentor in data science" + PopIsolate + "”", CardText.Quote("find a mentor in data science"));

    [Fact]
    public void Quote_TakesTheFirstSentenceWithoutItsFullStop() =>
        Assert.Equal("“" + Isolate + "Ship the new billing system" + PopIsolate + "”", CardText.Quote("Ship the new billing system. It's late and I need help."));

    [Fact]
    public void Quote_KeepsAQuestionMark() =>
        Assert.Equal("“" + Isolate + "Who knows Kubernetes?" + PopIsolate + "”", CardText.Quote("Who knows Kubernetes? I'm stuck."));

    [Fact]
    public void Quote_TakesTheFirstLineAndCollapsesSpaces() =>
        Assert.Equal("“" + Isolate + "learn to lead" + PopIsolate + "”", CardText.Quote("  learn   to lead\nand also more"));

    [Fact]
    public void Quote_CutsLongTextAtAWordWithAnEllipsis()
    {
        var text = "I want to build a community of practice around accessible design across every product team in the company";

        var quote = CardText.Quote(text, maxLength: 40);

        Assert.Equal("“" + Isolate + "I want to build a community of practice…" + PopIsolate + "”", quote);
    }

    [Fact]
    public void Quote_OfAThousandCharactersStaysWithinTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("grow ", 200));

        var inner = Inner(CardText.Quote(text));

        Assert.EndsWith("…", inner, StringComparison.Ordinal);
        Assert.True(TextElementCount(inner) <= 80, inner);
        Assert.StartsWith("grow grow", inner, StringComparison.Ordinal);
        Assert.DoesNotContain("gro…", inner, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_NeverSplitsSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1000));

        var quote = CardText.Quote(text, maxLength: 10);

        AssertWellFormed(quote);
        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 9)) + "…", Inner(quote));
    }

    [Fact]
    public void Quote_NeverSplitsJoinedEmoji()
    {
        const string Family = "👩‍👩‍👧";
        var text = string.Concat(Enumerable.Repeat(Family, 50));

        var inner = Inner(CardText.Quote(text, maxLength: 7));

        AssertWellFormed(inner);
        Assert.Equal(string.Concat(Enumerable.Repeat(Family, 6)) + "…", inner);
    }

    [Theory]
    [InlineData("أريد أن أتعلم البرمجة")]
    [InlineData("אני רוצה ללמוד")]
    public void Quote_IsolatesRightToLeftText(string text)
    {
        var quote = CardText.Quote(text);

        Assert.Equal("“" + Isolate + text + PopIsolate + "”", quote);
    }

    [Fact]
    public void Quote_EscapesWhatItQuotes()
    {
        var quote = CardText.Quote("**Win** the <at>Ben</at> ${award}");

        Assert.Contains(@"\*\*Win\*\*", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("${", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_CutsCjkWithoutSpacesAtACharacter()
    {
        var text = string.Concat(Enumerable.Repeat("学习新的技能", 30));

        var inner = Inner(CardText.Quote(text, maxLength: 12));

        Assert.Equal("学习新的技能学习新的技能"[..11] + "…", inner);
    }

    [Fact]
    public void Quote_EndsACjkSentenceAtAFullWidthStop() =>
        Assert.Equal("学习新的技能", Inner(CardText.Quote("学习新的技能。认识新朋友。")));

    [Fact]
    public void Quote_RejectsAMaxLengthTooSmallForAWordAndAnEllipsis() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Quote("anything", maxLength: 1));

    private static string Inner(string quote)
    {
        Assert.StartsWith("“" + Isolate, quote, StringComparison.Ordinal);
        Assert.EndsWith(PopIsolate + "”", quote, StringComparison.Ordinal);
        return quote[2..^2];
    }
}
