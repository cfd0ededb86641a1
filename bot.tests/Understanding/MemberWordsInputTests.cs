using ConnectorBot.Understanding;

namespace ConnectorBot.Tests.Understanding;

public sealed class MemberWordsInputTests
{
    [Fact]
    public void Words_are_split_at_commas_semicolons_and_lines_trimmed_and_kept_once()
    {
        var input = MemberWordsInput.Parse(" CAPA,  root   cause ;quality audits\nISO 9001, capa,, ");

        Assert.Equal(MemberWordsProblem.None, input.Problem);
        Assert.Equal(["CAPA", "root cause", "quality audits", "ISO 9001"], input.Words);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  , ;\n ")]
    public void Nothing_typed_is_empty(string? typed)
    {
        var input = MemberWordsInput.Parse(typed);

        Assert.Equal(MemberWordsProblem.Empty, input.Problem);
        Assert.Empty(input.Words);
    }

    [Fact]
    public void More_than_fifteen_words_keep_nothing()
    {
        var input = MemberWordsInput.Parse(string.Join(", ", Enumerable.Range(1, 16).Select(i => "w" + i)));

        Assert.Equal(MemberWordsProblem.TooMany, input.Problem);
        Assert.Equal(16, input.Count);
        Assert.Empty(input.Words);
    }

    [Fact]
    public void More_than_three_hundred_characters_keep_nothing()
    {
        var input = MemberWordsInput.Parse(new string('a', 301));

        Assert.Equal(MemberWordsProblem.TooLong, input.Problem);
        Assert.Equal(301, input.Count);
        Assert.Empty(input.Words);
    }

    [Fact]
    public void Emoji_and_other_scripts_count_as_the_characters_a_member_sees()
    {
        var input = MemberWordsInput.Parse(string.Concat(Enumerable.Repeat("👩‍🔬", 300)));

        Assert.Equal(MemberWordsProblem.None, input.Problem);
        Assert.Equal(["أبحاث", "品質管理"], MemberWordsInput.Parse("أبحاث، 品質管理").Words);
    }
}
