using System.CommandLine;

namespace ConnectorBot.Cli;

/// <summary>The command-line verbs the bot binary answers to besides serving; Program.cs hands over when one is named.</summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["match", "bench", "teams-package"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        RootCommand root = new("ConnectorBot command-line verbs");
        root.Add(MatchVerb.Create(output, errors));
        root.Add(BenchVerb.Create(output, errors));
        root.Add(TeamsPackageVerb.Create(output, errors));
        ParseResult parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
    }
}
