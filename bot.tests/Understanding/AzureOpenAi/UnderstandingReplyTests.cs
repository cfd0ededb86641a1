using ConnectorBot.Understanding;
using ConnectorBot.Understanding.AzureOpenAi;

namespace ConnectorBot.Tests.Understanding.AzureOpenAi;

/// <summary>The reply's strict reading alone: shape, cleaning, bounds.</summary>
public sealed class UnderstandingReplyTests
{
    [Fact]
    public void A_valid_reply_is_read_as_it_is()
    {
        var understood = UnderstandingReply.Parse("""{"plain": "Quality audits.", "words": ["audits", "ISO 9001"]}""", "azure-openai", "v1");

        Assert.Equal(new Understood("Quality audits.", understood.Words, "azure-openai", "v1"), understood);
        Assert.Equal(["audits", "ISO 9001"], understood.Words);
    }

    [Fact]
    public void Words_may_be_empty()
    {
        Assert.Empty(UnderstandingReply.Parse("""{"plain": "Hello.", "words": []}""", "s", "v").Words);
    }

    [Fact]
    public void Control_and_invisible_characters_become_single_spaces_and_the_ends_are_trimmed()
    {
        var understood = UnderstandingReply.Parse("{\"plain\": \"\\u0007 one\\r\\ntwo\\u200b three\\t \", \"words\": [\" a\\u0000b \", \"\\u202e\"]}", "s", "v");

        Assert.Equal("one two three", understood.Plain);
        Assert.Equal(["a b"], understood.Words);
    }

    [Fact]
    public void Duplicates_are_dropped_whatever_their_case_and_the_first_spelling_kept()
    {
        var understood = UnderstandingReply.Parse("""{"plain": "p", "words": ["Lean", "lean", "LEAN ", "kaizen"]}""", "s", "v");

        Assert.Equal(["Lean", "kaizen"], understood.Words);
    }

    [Fact]
    public void Too_many_words_are_cut_to_the_maximum_and_too_long_ones_dropped()
    {
        var words = Enumerable.Range(1, 30).Select(i => i == 2 ? new string('w', Understood.MaxWordLength + 1) : $"w{i}").ToList();
        var understood = UnderstandingReply.Parse(System.Text.Json.JsonSerializer.Serialize(new { plain = "p", words }), "s", "v");

        Assert.Equal(Understood.MaxWords, understood.Words.Count);
        Assert.Equal(["w1", "w3"], understood.Words.Take(2));
        Assert.Contains(new string('w', Understood.MaxWordLength), UnderstandingReply.Parse(System.Text.Json.JsonSerializer.Serialize(new { plain = "p", words = new[] { new string('w', Understood.MaxWordLength) } }), "s", "v").Words);
    }

    [Fact]
    public void A_long_plain_text_is_cut_at_a_space_within_the_maximum()
    {
        var plain = string.Join(' ', Enumerable.Repeat("abcdefghi", 100));

        var understood = UnderstandingReply.Parse(System.Text.Json.JsonSerializer.Serialize(new { plain, words = Array.Empty<string>() }), "s", "v");

        Assert.Equal(399, understood.Plain.Length);
        Assert.EndsWith("abcdefghi", understood.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('a', Understood.MaxPlainLength - 1) + "😀😀";

        var bounded = UnderstandingReply.Bound(text, Understood.MaxPlainLength);

        Assert.Equal(new string('a', Understood.MaxPlainLength - 1), bounded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("```json\n{\"plain\": \"p\", \"words\": []}\n```")]
    [InlineData("{\"plain\": \"p\", \"words\": [")]
    [InlineData("{\"plain\": null, \"words\": []}")]
    [InlineData("{\"plain\": \"p\", \"words\": null}")]
    [InlineData("{\"plain\": \"p\", \"words\": [[\"nested\"]]}")]
    [InlineData("{\"plain\": \"p\", \"words\": [{\"w\": 1}]}")]
    [InlineData("{\"plain\": \"p\"}")]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    public void Anything_else_is_refused(string reply)
    {
        var error = Assert.ThrowsAny<UnderstandingException>(() => UnderstandingReply.Parse(reply, "s", "v"));

        Assert.StartsWith("Azure OpenAI replied with ", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }
}
