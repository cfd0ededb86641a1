namespace ConnectorBot.Cli;

/// <summary>Finds ../shared/samples next to the repository (the folder holding ConnectorBot.sln).</summary>
public static class SampleFiles
{
    /// <summary>The folder holding ConnectorBot.sln, searched upwards from the working and the binaries' folders.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ConnectorBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static DirectoryInfo? Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
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
