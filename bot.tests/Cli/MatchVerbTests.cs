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
        var code = await CliVerbs.RunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private const string Wifi = """{"id":"wifi","name":"Gwen","department":"IT","title":"IT Support Lead","accomplish":"","connectWith":"someone who has moved paper checklists onto tablets","offer":"I fixed the Wi-Fi dead zones in the warehouse"}""";
    private const string Checks = """{"id":"checks","name":"Samir","department":"Quality","title":"Quality Engineer","accomplish":"","connectWith":"someone who can sort out wireless coverage","offer":"I moved our hygiene checks onto iPads"}""";

    [Fact]
    public async Task Bad_lines_are_reported_with_their_number_and_skipped()
    {
        File.WriteAllLines(_file, [Wifi, "{not json", """{"name":"no id"}""", Checks]);

        (var code, var output, var errors) = await Run("match", "--profiles", _file);

        Assert.Equal(0, code);
        Assert.Contains("line 2:", errors, StringComparison.Ordinal);
        Assert.Contains("line 3:", errors, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Jsonl_output_has_pair_score_and_reason()
    {
        File.WriteAllLines(_file, [Wifi, Checks]);

        (var code, var output, _) = await Run("match", "--profiles", _file, "--format", "jsonl");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.Trim());
        var intro = doc.RootElement;
        Assert.Equal(["checks", "wifi"], new[] { intro.GetProperty("a").GetString(), intro.GetProperty("b").GetString() }.Order());
        Assert.InRange(intro.GetProperty("score").GetDouble(), 0, 1);
        Assert.False(string.IsNullOrWhiteSpace(intro.GetProperty("reason").GetString()));
        Assert.False(intro.TryGetProperty("c", out _));
    }

    [Fact]
    public async Task Table_format_has_a_header_and_one_row_per_intro()
    {
        File.WriteAllLines(_file, [Wifi, Checks]);

        (var code, var output, _) = await Run("match", "--profiles", _file, "--format", "table", "--per-member", "2");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("A", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_is_an_error_not_a_crash()
    {
        (var code, _, var errors) = await Run("match", "--profiles", _file + ".missing");

        Assert.NotEqual(0, code);
        Assert.Contains("no such file", errors, StringComparison.Ordinal);
    }
}
