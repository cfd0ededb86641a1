using ConnectorBot.BotFramework.Cards;

namespace ConnectorBot.Tests.BotFramework.Cards;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<at>Ben</at>", "&lt;at&gt;Ben&lt;/at&gt;")]
    [InlineData("AT&T", "AT&amp;T")]
    [InlineData("&lt;b&gt;", "&amp;lt;b&amp;gt;")]
    [InlineData("> quote", "&gt; quote")]
    public void Escape_encodes_html_so_no_tag_or_entity_is_rendered(string input, string expected)
    {
        var escaped = MarkdownText.Escape(input);

        Assert.Equal(expected, escaped);
        Assert.DoesNotContain('<', escaped);
        Assert.DoesNotContain('>', escaped);
    }

    [Theory]
    [InlineData("**x**", @"\*\*x\*\*")]
    [InlineData("[a](b)", @"\[a\](b)")]
    [InlineData("# h", @"\# h")]
    [InlineData("- item", @"\- item")]
    [InlineData("1. item", @"1\. item")]
    [InlineData("_x_", @"\_x\_")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData(@"a\b", @"a\\b")]
    public void Escape_backslashes_markdown(string input, string expected) =>
        Assert.Equal(expected, MarkdownText.Escape(input));

    [Fact]
    public void Escape_splits_template_and_date_syntax()
    {
        var escaped = MarkdownText.Escape("${user.name} {{DATE(2017-02-14T06:08:39Z,SHORT)}}");

        Assert.Equal("$\u200B{user.name} {\u200B{DATE(2017-02-14T06:08:39Z,SHORT)}}", escaped);
    }

    [Theory]
    [InlineData("🎉 👩‍👩‍👧 学习 أريد אני")]
    [InlineData("")]
    public void Escape_leaves_plain_unicode_alone(string input) => Assert.Equal(input, MarkdownText.Escape(input));

    [Fact]
    public void Escape_thousand_character_html()
    {
        var escaped = MarkdownText.Escape(string.Concat(Enumerable.Repeat("<b>", 333)) + "x");

        Assert.Equal((333 * "&lt;b&gt;".Length) + 1, escaped.Length);
        Assert.DoesNotContain('<', escaped);
    }

    [Fact]
    public void Quote_encodes_and_isolates()
    {
        Assert.Equal("“\u2068&lt;at&gt;Ben&lt;/at&gt; \\*\\*now\\*\\*\u2069”", MarkdownText.Quote("<at>Ben</at> **now**"));
        Assert.Equal("“\u2068שלום עולם\u2069”", MarkdownText.Quote("שלום עולם"));
        Assert.Equal(string.Empty, MarkdownText.Quote(string.Empty));
    }

    [Fact]
    public void Quote_cuts_before_escaping_so_entities_are_never_cut_in_half()
    {
        var quote = MarkdownText.Quote(string.Concat(Enumerable.Repeat("a<b ", 250)), maxLength: 10);

        Assert.Equal("“\u2068a&lt;b a&lt;b…\u2069”", quote);
    }
}
