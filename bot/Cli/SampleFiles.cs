namespace ConnectorBot.Cli;

/// <summary>Finds ../shared/samples next to the repository (the folder holding ConnectorBot.sln).</summary>
internal static class SampleFiles
{
    public static DirectoryInfo? Locate()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ConnectorBot.sln")))
                {
                    DirectoryInfo samples = new(Path.Combine(dir.FullName, "..", "shared", "samples"));
                    if (samples.Exists)
                    {
                        return samples;
                    }
                }
            }
        }

        return null;
    }
}
