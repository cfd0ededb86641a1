using System.IO.Compression;
using System.Text.Json;

using ConnectorBot.Cli;
using ConnectorBot.Tests.Storage.Contract;

namespace ConnectorBot.Tests.Cli;

public sealed class TeamsPackageVerbTests : IDisposable
{
    private readonly string _zip = Path.Combine(Path.GetTempPath(), $"teams-app-{Guid.NewGuid():N}.zip");
    private readonly string _template = Path.Combine(AzuriteFixture.FindRepoRoot(), "deploymentTemplates", "teams-app");

    public void Dispose() => File.Delete(_zip);

    [Fact]
    public async Task The_package_holds_the_manifest_with_the_app_id_and_both_icons()
    {
        const string AppId = "6f1e2d3c-0000-4000-8000-00000000b07a";

        var (code, output, _) = await Run("teams-package", "--app-id", AppId, "--template", _template, "--out", _zip);

        Assert.Equal(0, code);
        Assert.Contains(_zip, output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(_zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.EndsWith($"v{root.GetProperty("manifestVersion").GetString()}/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        using (var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open()))
        {
            Assert.DoesNotContain(TeamsPackageVerb.Placeholder, reader.ReadToEnd(), StringComparison.Ordinal);
        }

        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task An_app_id_that_is_not_a_guid_is_refused(string appId)
    {
        var (code, _, errors) = await Run("teams-package", "--app-id", appId, "--template", _template, "--out", _zip);

        Assert.Equal(2, code);
        Assert.Contains("GUID", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_zip));
    }

    [Fact]
    public async Task The_version_option_sets_the_manifest_version_and_keeps_the_rest()
    {
        const string AppId = "6f1e2d3c-0000-4000-8000-00000000b07a";

        var (code, output, _) = await Run("teams-package", "--app-id", AppId, "--version", "1.2.30", "--template", _template, "--out", _zip);

        Assert.Equal(0, code);
        Assert.Contains("1.2.30", output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(_zip);
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal("1.2.30", root.GetProperty("version").GetString());
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(10, root.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands").GetArrayLength());
    }

    [Fact]
    public async Task Without_the_version_option_the_template_version_is_kept()
    {
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(_template, "manifest.template.json")));

        var (code, _, _) = await Run("teams-package", "--app-id", "6f1e2d3c-0000-4000-8000-00000000b07a", "--template", _template, "--out", _zip);

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(_zip);
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal("0.1.0", template.RootElement.GetProperty("version").GetString());
        Assert.Equal("0.1.0", manifest.RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("1.2.3-beta")]
    [InlineData("v1.2.3")]
    [InlineData("01.2.3")]
    [InlineData("1.x.3")]
    [InlineData("")]
    public async Task A_version_that_is_not_three_numbers_is_refused(string version)
    {
        var (code, _, errors) = await Run("teams-package", "--app-id", "6f1e2d3c-0000-4000-8000-00000000b07a", "--version", version, "--template", _template, "--out", _zip);

        Assert.Equal(2, code);
        Assert.Contains("--version must be major.minor.patch", errors, StringComparison.Ordinal);
        Assert.Contains($"'{version}'", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_zip));
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    private static async Task<(int Code, string Output, string Errors)> Run(params string[] args)
    {
        StringWriter output = new();
        StringWriter errors = new();
        var code = await CliVerbs.RunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
