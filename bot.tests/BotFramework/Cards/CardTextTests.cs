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
    public void Escape_backslashes_markdown_so_it_shows_literally(string input, string expected)
    {
        var escaped = CardText.Escape(input);

        Assert.Equal(expected, escaped);
        Assert.Equal(input, Unescape(escaped));
    }

    [Theory]
    [InlineData("I ship 3.5 releases - on time - with 100% tests.")]
    [InlineData("Version 2.0 is out")]
    [InlineData("a - b + c = d")]
    public void Escape_leaves_mid_line_dots_dashes_and_pluses_alone(string input) =>
        Assert.Equal(input, CardText.Escape(input));

    [Theory]
    [InlineData("<b>bold</b>", @"\<b\>bold\</b\>")]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("<at>Ben</at>", @"\<at\>Ben\</at\>")]
    public void Escape_html_tags_cannot_become_markup(string input, string expected)
    {
        var escaped = CardText.Escape(input);

        Assert.Equal(expected, escaped);
        AssertNoBareMarkers(escaped, "<>");
        Assert.Equal(input, Unescape(escaped));
    }

    [Fact]
    public void Escape_splits_template_expressions_invisibly()
    {
        var escaped = CardText.Escape("Hi ${user.name} and ${{x}}");

        Assert.DoesNotContain("${", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
        Assert.Equal("Hi $\u200B{user.name} and $\u200B{\u200B{x}}", escaped);
    }

    [Fact]
    public void Escape_splits_date_functions_invisibly()
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
    public void Escape_leaves_emoji_cjk_and_rtl_intact(string input) =>
        Assert.Equal(input, CardText.Escape(input));

    [Fact]
    public void Escape_thousand_character_inputs_round_trip()
    {
        var markers = string.Concat(Enumerable.Repeat("*_`[]#~<>&", 100));
        var escaped = CardText.Escape(markers);

        Assert.Equal(2000, escaped.Length);
        AssertNoBareMarkers(escaped, "*_`[]#~<>&");
        Assert.Equal(markers, Unescape(escaped));
    }

    [Fact]
    public void Escape_drops_indentation_so_nothing_becomes_a_code_block()
    {
        var escaped = CardText.Escape("    **x**\n\t\tcode\n  > q\n  - item");

        Assert.Equal("\\*\\*x\\*\\*\ncode\n\\> q\n\\- item", escaped);
    }

    [Fact]
    public void Escape_normalises_line_endings() => Assert.Equal("a\n\\- b\nc", CardText.Escape("a\r\n- b\rc"));

    [Fact]
    public void Empty_text_stays_empty()
    {
        Assert.Equal(string.Empty, CardText.Escape(string.Empty));
        Assert.Equal(string.Empty, CardText.Quote(string.Empty));
        Assert.Equal(string.Empty, CardText.Quote("   \n  "));
    }

    [Fact]
    public void Quote_wraps_short_text_in_curly_quotes_around_an_isolate() =>
        Assert.Equal("“" + Isolate + "find a mentor in data science" + PopIsolate + "”", CardText.Quote("find a mentor in data science"));

    [Fact]
    public void Quote_takes_the_first_sentence_without_its_full_stop() =>
        Assert.Equal("“" + Isolate + "Ship the new billing system" + PopIsolate + "”", CardText.Quote("Ship the new billing system. It's late and I need help."));

    [Fact]
    public void Quote_keeps_a_question_mark() =>
        Assert.Equal("“" + Isolate + "Who knows Kubernetes?" + PopIsolate + "”", CardText.Quote("Who knows Kubernetes? I'm stuck."));

    [Fact]
    public void Quote_takes_the_first_line_and_collapses_spaces() =>
        Assert.Equal("“" + Isolate + "learn to lead" + PopIsolate + "”", CardText.Quote("  learn   to lead\nand also more"));

    [Fact]
    public void Quote_cuts_long_text_at_a_word_with_an_ellipsis()
    {
        var text = "I want to build a community of practice around accessible design across every product team in the company";

        var quote = CardText.Quote(text, maxLength: 40);

        Assert.Equal("“" + Isolate + "I want to build a community of practice…" + PopIsolate + "”", quote);
    }

    [Fact]
    public void Quote_of_a_thousand_characters_stays_within_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("grow ", 200));

        var inner = Inner(CardText.Quote(text));

        Assert.EndsWith("…", inner, StringComparison.Ordinal);
        Assert.True(TextElementCount(inner) <= 80, inner);
        Assert.StartsWith("grow grow", inner, StringComparison.Ordinal);
        Assert.DoesNotContain("gro…", inner, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_never_splits_surrogate_pairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1000));

        var quote = CardText.Quote(text, maxLength: 10);

        AssertWellFormed(quote);
        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 9)) + "…", Inner(quote));
    }

    [Fact]
    public void Quote_never_splits_joined_emoji()
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
    public void Quote_isolates_right_to_left_text(string text)
    {
        var quote = CardText.Quote(text);

        Assert.Equal("“" + Isolate + text + PopIsolate + "”", quote);
    }

    [Fact]
    public void Quote_escapes_what_it_quotes()
    {
        var quote = CardText.Quote("**Win** the <at>Ben</at> ${award}");

        Assert.Contains(@"\*\*Win\*\*", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", quote, StringComparison.Ordinal);
        Assert.DoesNotContain("${", quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_cuts_cjk_without_spaces_at_a_character()
    {
        var text = string.Concat(Enumerable.Repeat("学习新的技能", 30));

        var inner = Inner(CardText.Quote(text, maxLength: 12));

        Assert.Equal("学习新的技能学习新的技能"[..11] + "…", inner);
    }

    [Fact]
    public void Quote_ends_a_cjk_sentence_at_a_full_width_stop() =>
        Assert.Equal("学习新的技能", Inner(CardText.Quote("学习新的技能。认识新朋友。")));

    [Fact]
    public void Quote_rejects_a_max_length_too_small_for_a_word_and_an_ellipsis() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Quote("anything", maxLength: 1));

    private static string Inner(string quote)
    {
        Assert.StartsWith("“" + Isolate, quote, StringComparison.Ordinal);
        Assert.EndsWith(PopIsolate + "”", quote, StringComparison.Ordinal);
        return quote[2..^2];
    }
}
