using ConnectorBot.Digest;

namespace ConnectorBot.Tests.Digest;

public sealed class DigestTextTests
{
    [Theory]
    [InlineData("digest off", DigestSwitch.Off)]
    [InlineData("Digest OFF!", DigestSwitch.Off)]
    [InlineData("stop digest", DigestSwitch.Off)]
    [InlineData("digest on", DigestSwitch.On)]
    [InlineData("digest", DigestSwitch.Status)]
    public void Whole_phrases_switch_the_digest(string text, DigestSwitch expected) =>
        Assert.Equal(expected, DigestText.Read(text)?.As<DigestChoice>()?.Switch);

    [Theory]
    [InlineData("someone who can digest our quarterly reports")]
    [InlineData("I turn off digests for a living")]
    public void A_sentence_that_mentions_a_digest_is_not_a_command(string text) => Assert.Null(DigestText.Read(text));
}
