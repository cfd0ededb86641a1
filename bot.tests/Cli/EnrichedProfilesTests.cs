using ConnectorBot.Cli;
using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Cli;

/// <summary>Enriched profile files: each field split into the member's words and the understanding after them.</summary>
public sealed class EnrichedProfilesTests
{
    private const string Line = """
        {"id": "m005", "name": "Tyrone Mills", "department": "Facilities", "title": "Grounds Supervisor — looks after a site's grounds.", "accomplish": "Put beehives on the roof [2024]. [beekeeping, bees]", "connectWith": "a beekeeper [beekeeper, apiarist]", "offer": ""}
        """;

    [Fact]
    public void An_enriched_file_gives_the_members_words_and_their_understanding_apart()
    {
        var profile = Assert.Single(ProfileReader.Read(new StringReader(Line), TextWriter.Null, enriched: true));

        Assert.Equal("Grounds Supervisor", profile.Title);
        Assert.Equal("Put beehives on the roof [2024].", profile.Accomplish);
        Assert.Equal("a beekeeper", profile.ConnectWith);
        Assert.Equal(new UnderstoodAnswers("[beekeeping, bees]", "[beekeeper, apiarist]", string.Empty, "— looks after a site's grounds."), profile.Understood);
        // Read back as the enriched file wrote it.
        Assert.Equal("Looking for: a beekeeper [beekeeper, apiarist]. Goal: Put beehives on the roof [2024]. [beekeeping, bees].", TextMeaning.AskText(profile));
    }

    [Fact]
    public void A_raw_file_is_read_as_written()
    {
        var profile = Assert.Single(ProfileReader.Read(new StringReader(Line), TextWriter.Null));

        Assert.Equal("Grounds Supervisor — looks after a site's grounds.", profile.Title);
        Assert.Equal("a beekeeper [beekeeper, apiarist]", profile.ConnectWith);
        Assert.True(profile.Understood.IsEmpty);
    }
}
