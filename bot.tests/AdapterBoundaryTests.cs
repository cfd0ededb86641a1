using System.Text.RegularExpressions;

using ConnectorBot.Tests.Storage.Contract;

namespace ConnectorBot.Tests;

/// <summary>
/// The two adapters at the edges (Bot Framework, Storage) know no feature: capabilities depend on them, never the
/// other way round. Read from the sources, so a `using` or a qualified name of a feature fails here.
/// </summary>
public class AdapterBoundaryTests
{
    // What an adapter may name: itself, the other adapter, and the shared background plumbing.
    private static readonly string[] Allowed = ["BotFramework", "Storage", "Background"];

    [Theory]
    [InlineData("Storage")]
    [InlineData("BotFramework")]
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
}
