using System.Text.Json;

using ConnectorBot.Cli;

namespace ConnectorBot.Tests.Cli;

public class MatchVerbTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"profiles-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_file);

    private async Task<(int Code, string Output, string Errors)> Run(params string[] args)
    {
        StringWriter output = new();
        StringWriter errors = new();
        int code = await CliVerbs.RunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private const string Wifi = """{"id":"wifi","name":"Gwen","department":"IT","title":"IT Support Lead","accomplish":"","connectWith":"someone who has moved paper checklists onto tablets","offer":"I fixed the Wi-Fi dead zones in the warehouse"}""";
    private const string Checks = """{"id":"checks","name":"Samir","department":"Quality","title":"Quality Engineer","accomplish":"","connectWith":"someone who can sort out wireless coverage","offer":"I moved our hygiene checks onto iPads"}""";

    [Fact]
    public async Task BadLinesAreReportedWithTheirNumberAndSkipped()
    {
        File.WriteAllLines(_file, [Wifi, "{not json", """{"name":"no id"}""", Checks]);

        (int code, string output, string errors) = await Run("match", "--profiles", _file);

        Assert.Equal(0, code);
        Assert.Contains("line 2:", errors, StringComparison.Ordinal);
        Assert.Contains("line 3:", errors, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task JsonlOutputHasPairScoreAndReason()
    {
        File.WriteAllLines(_file, [Wifi, Checks]);

        (int code, string output, _) = await Run("match", "--profiles", _file, "--format", "jsonl");

        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output.Trim());
        JsonElement intro = doc.RootElement;
        Assert.Equal(["checks", "wifi"], new[] { intro.GetProperty("a").GetString(), intro.GetProperty("b").GetString() }.Order());
        Assert.InRange(intro.GetProperty("score").GetDouble(), 0, 1);
        Assert.False(string.IsNullOrWhiteSpace(intro.GetProperty("reason").GetString()));
        Assert.False(intro.TryGetProperty("c", out _));
    }

    [Fact]
    public async Task TableFormatHasAHeaderAndOneRowPerIntro()
    {
        File.WriteAllLines(_file, [Wifi, Checks]);

        (int code, string output, _) = await Run("match", "--profiles", _file, "--format", "table", "--per-member", "2");

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("A", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFileIsAnErrorNotACrash()
    {
        (int code, _, string errors) = await Run("match", "--profiles", _file + ".missing");

        Assert.NotEqual(0, code);
        Assert.Contains("no such file", errors, StringComparison.Ordinal);
    }
}
