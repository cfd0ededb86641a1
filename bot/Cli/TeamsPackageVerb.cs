using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ConnectorBot.Cli;

/// <summary>
/// `teams-package --app-id GUID [--version X.Y.Z] [--template DIR] [--out FILE]`: the Teams app package (manifest + icons)
/// to upload in Teams or the admin centre, with the bot's app id filled in. Without --version the template's own
/// version (0.1.0, the first upload) is kept; Teams only takes an update of an uploaded app with a higher one.
/// </summary>
public static partial class TeamsPackageVerb
{
    public const string Placeholder = "{{BOT_APP_ID}}";

    // Teams reads the app version as major.minor.patch, each a number (no pre-release or build suffix).
    [GeneratedRegex(@"^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$")]
    private static partial Regex AppVersion();

    public static Command Create(TextWriter output, TextWriter errors)
    {
        Option<string> appId = new("--app-id") { Description = "The bot's Microsoft App ID (a GUID)", Required = true };
        Option<string?> version = new("--version") { Description = "The app version, major.minor.patch (default: the template's); raise it for each update of an uploaded app" };
        Option<DirectoryInfo> template = new("--template")
        {
            Description = "Folder with manifest.template.json, color.png and outline.png",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("deploymentTemplates", "teams-app")),
        };
        Option<FileInfo> outFile = new("--out") { Description = "The zip to write", DefaultValueFactory = _ => new FileInfo("connectorbot-teams-app.zip") };

        Command command = new("teams-package", "Build the Teams app package (manifest and icons)") { appId, version, template, outFile };
        command.SetAction(parse =>
        {
            var id = parse.GetRequiredValue(appId);
            if (!Guid.TryParse(id, out var guid))
            {
                errors.WriteLine($"--app-id must be the bot's Microsoft App ID, a GUID; got '{id}'.");
                return 2;
            }

            var appVersion = parse.GetValue(version);
            if (appVersion is not null && !AppVersion().IsMatch(appVersion))
            {
                errors.WriteLine($"--version must be major.minor.patch, three whole numbers such as 1.0.3 (Teams needs a higher one to update an uploaded app); got '{appVersion}'.");
                return 2;
            }

            var folder = parse.GetRequiredValue(template);
            var files = new[] { "manifest.template.json", "color.png", "outline.png" }.Select(f => new FileInfo(Path.Combine(folder.FullName, f))).ToList();
            if (files.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                errors.WriteLine($"no such file: {missing.FullName}");
                return 2;
            }

            var manifest = File.ReadAllText(files[0].FullName).Replace(Placeholder, guid.ToString("D"), StringComparison.Ordinal);
            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(manifest);
            }
            catch (JsonException e)
            {
                errors.WriteLine($"{files[0].Name} is not valid JSON: {e.Message}");
                return 2;
            }

            if (parsed is not JsonObject root)
            {
                errors.WriteLine($"{files[0].Name} is not a JSON object.");
                return 2;
            }

            if (appVersion is not null)
            {
                root["version"] = appVersion;
                manifest = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            }

            var target = parse.GetRequiredValue(outFile);
            if (target.Exists)
            {
                target.Delete();
            }

            using (var zip = ZipFile.Open(target.FullName, ZipArchiveMode.Create))
            {
                var entry = zip.CreateEntry("manifest.json");
                using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    writer.Write(manifest);
                }

                zip.CreateEntryFromFile(files[1].FullName, "color.png");
                zip.CreateEntryFromFile(files[2].FullName, "outline.png");
            }

            output.WriteLine($"Wrote {target.FullName} (app version {root["version"]}): upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin centre.");
            return 0;
        });
        return command;
    }
}
