using ConnectorBot.Cli;

namespace ConnectorBot.Tests.Cli;

/// <summary>Issue 14, item 13: asking the binary for help prints it instead of starting the server.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_is_for_the_command_line_not_the_server(string flag)
    {
        Assert.True(CliVerbs.IsVerb([flag]));
    }

    [Fact]
    public void No_arguments_or_server_options_are_for_the_server()
    {
        Assert.False(CliVerbs.IsVerb([]));
        Assert.False(CliVerbs.IsVerb(["--urls", "http://127.0.0.1:3978"]));
    }

    [Fact]
    public async Task Help_names_every_verb_and_how_to_serve()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await CliVerbs.RunAsync(["--help"], output, errors);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("match", text, StringComparison.Ordinal);
        Assert.Contains("bench", text, StringComparison.Ordinal);
        Assert.Contains("teams-package", text, StringComparison.Ordinal);
        Assert.Contains("--urls", text, StringComparison.Ordinal);
        Assert.Contains("/api/messages", text, StringComparison.Ordinal);
    }
}
