using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ConnectorBot.Cli;

/// <summary>
/// `teams-package --app-id GUID [--template DIR] [--out FILE]`: the Teams app package (manifest + icons)
/// to upload in Teams or the admin centre, with the bot's app id filled in.
/// </summary>
public static class TeamsPackageVerb
{
    public const string Placeholder = "{{BOT_APP_ID}}";

    public static Command Create(TextWriter output, TextWriter errors)
    {
        Option<string> appId = new("--app-id") { Description = "The bot's Microsoft App ID (a GUID)", Required = true };
        Option<DirectoryInfo> template = new("--template")
        {
            Description = "Folder with manifest.template.json, color.png and outline.png",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("deploymentTemplates", "teams-app")),
        };
        Option<FileInfo> outFile = new("--out") { Description = "The zip to write", DefaultValueFactory = _ => new FileInfo("connectorbot-teams-app.zip") };

        Command command = new("teams-package", "Build the Teams app package (manifest and icons)") { appId, template, outFile };
        command.SetAction(parse =>
        {
            var id = parse.GetRequiredValue(appId);
            if (!Guid.TryParse(id, out var guid))
            {
                errors.WriteLine($"--app-id must be the bot's Microsoft App ID, a GUID; got '{id}'.");
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
            try
            {
                using var parsed = JsonDocument.Parse(manifest);
            }
            catch (JsonException e)
            {
                errors.WriteLine($"{files[0].Name} is not valid JSON: {e.Message}");
                return 2;
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

            output.WriteLine($"Wrote {target.FullName}: upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin centre.");
            return 0;
        });
        return command;
    }
}
