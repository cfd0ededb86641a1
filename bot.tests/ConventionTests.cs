using System.Text.RegularExpressions;

using ConnectorBot.Tests.Storage.Contract;

namespace ConnectorBot.Tests;

/// <summary>
/// What the code's shape promises, read from the sources: the two adapters at the edges (Bot Framework, Storage) know
/// no feature, so capabilities depend on them and never the other way round; and the one style that
/// <c>.editorconfig</c> cannot say.
/// </summary>
public class ConventionTests
{
    // What an adapter may name: itself, the other adapter, and the shared background plumbing.
    private static readonly string[] Allowed = ["BotFramework", "Storage", "Background", "Telemetry"];

    [Theory]
    [InlineData("Storage")]
    [InlineData("BotFramework")]
    [InlineData("Telemetry")]
    public void An_adapter_names_no_feature(string adapter)
    {
        var folder = Path.Combine(AzuriteFixture.FindRepoRoot(), "bot", adapter);
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);

        var offences = files
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"\bConnectorBot\.(?<ns>[A-Z]\w*)")
                .Select(m => m.Groups["ns"].Value)
                .Where(ns => !Allowed.Contains(ns) && ns != "Tests")
                .Select(ns => $"{Path.GetRelativePath(folder, file)} names ConnectorBot.{ns}"))
            .Distinct()
            .ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void Storage_holds_no_feature_records()
    {
        var folder = Path.Combine(AzuriteFixture.FindRepoRoot(), "bot", "Storage");
        Assert.False(Directory.Exists(Path.Combine(folder, "Records")), "bot/Storage/Records should be gone: each capability owns its records.");
    }

    [Fact]
    public void Application_code_does_not_configure_awaits()
    {
        // ASP.NET Core has no synchronization context, so ConfigureAwait(false) only adds noise.
        var folder = Path.Combine(AzuriteFixture.FindRepoRoot(), "bot");
        var offences = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(folder, file) && File.ReadAllText(file).Contains("ConfigureAwait", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(folder, file))
            .ToList();

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void Test_names_are_sentences_with_underscores()
    {
        var tests = typeof(ConventionTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Where(method => method.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0)
            .ToList();
        Assert.NotEmpty(tests);

        var offences = tests.Where(method => !method.Name.Contains('_', StringComparison.Ordinal))
            .Select(method => $"{method.DeclaringType?.Name}.{method.Name}")
            .Distinct()
            .ToList();
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    private static bool IsBuildOutput(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file);
        return relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
