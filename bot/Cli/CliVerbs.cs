using System.CommandLine;

namespace ConnectorBot.Cli;

/// <summary>The command-line verbs the bot binary answers to besides serving; Program.cs hands over when one is named.</summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["match", "bench", "store-bench", "teams-package"];

    // Asking for help must print it, not start the server (and create its database in the working folder).
    private static readonly string[] HelpFlags = ["--help", "-h", "-?", "/?"];

    /// <summary>Whether the command line is for the verbs (one of them, or help) rather than for serving.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0], StringComparer.Ordinal) || HelpFlags.Contains(args[0], StringComparer.Ordinal));

    /// <summary>What the binary does without a verb, shown with the verbs in the help.</summary>
    public const string ServingHelp =
        "ConnectorBot: without a verb, serves the bot (POST /api/messages, GET /healthz). Server options: --urls URL "
        + "(e.g. --urls http://127.0.0.1:3978); settings come from appsettings.json next to the binary and from environment "
        + "variables (e.g. Bot__AppId, Storage__ConnectionString). With a verb, runs it:";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        RootCommand root = new(ServingHelp);
        root.Add(MatchVerb.Create(output, errors));
        root.Add(BenchVerb.Create(output, errors));
        root.Add(StoreBenchVerb.Create(output, errors));
        root.Add(TeamsPackageVerb.Create(output, errors));
        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
    }
}
