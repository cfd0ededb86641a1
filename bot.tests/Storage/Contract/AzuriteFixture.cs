using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

using Azure.Data.Tables;

using ConnectorBot.Storage;
using ConnectorBot.Storage.AzureTables;

namespace ConnectorBot.Tests.Storage.Contract;

/// <summary>
/// Starts one Azurite Table service (from the repo's node_modules, pinned in package.json) for the
/// tests of one collection (<see cref="AzuriteCollection"/>, <see cref="AzuriteRoundsCollection"/>) and stops exactly that process afterwards.
/// A missing Azurite fails the tests; it never skips them.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string StartedLine = "Azurite Table service successfully started on 127.0.0.1:";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private Process? _process;
    private string? _connectionString;

    /// <summary>The connection string of the running emulator (devstoreaccount1, path-style endpoint).</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public int Port { get; private set; }

    /// <summary>The store under test: Azurite through the SDK, as the bot reaches Azure.</summary>
    public ITableStore CreateStore() => AzureTableStore.FromConnectionString(ConnectionString);

    /// <summary>The SDK's own client, for writing rows as an older version of the bot did.</summary>
    public TableServiceClient CreateSdkClient() => new(ConnectionString);

    public async Task InitializeAsync()
    {
        var root = FindRepoRoot();
        var main = Path.Combine(root, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({main} is missing). Run `npm ci` in {root}, or the README's test command, before running the storage contract tests.");
        }

        // Azurite's --tablePort 0 does listen on a free port, but its "started" line then says ":0", so the
        // port is picked here. Another process may take it in between: then Azurite exits and we try another.
        var failures = new StringBuilder();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var port = FreeLoopbackPort();
            var (process, error) = await TryStartAsync(main, port);
            if (process is not null)
            {
                _process = process;
                Port = port;
                _connectionString =
                    $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/{AccountName};";
                return;
            }

            failures.AppendLine($"attempt {attempt} (port {port}): {error}");
            if (!error.Contains("EADDRINUSE", StringComparison.Ordinal))
            {
                break;
            }
        }

        throw new InvalidOperationException($"Azurite did not start.{Environment.NewLine}{failures}");
    }

    public async Task DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        await StopAsync(_process);
        _process = null;
    }

    /// <summary>The folder holding ConnectorBot.sln, found by walking up from the test binaries.</summary>
    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConnectorBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ConnectorBot.sln above {AppContext.BaseDirectory}.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(Process? Process, string Error)> TryStartAsync(string main, int port)
    {
        var info = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[]
        {
            main, "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--silent", "--disableTelemetry",
        })
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("Process.Start returned null.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not run `node` to start Azurite ({e.Message}). Install Node.js, then run `npm ci`.", e);
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stdout)
            {
                stdout.AppendLine(e.Data);
            }

            if (e.Data.StartsWith(StartedLine + port, StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var timeout = Task.Delay(StartTimeout);
        var first = await Task.WhenAny(started.Task, exited, timeout);
        if (first == started.Task)
        {
            return (process, string.Empty);
        }

        var reason = first == exited ? $"exited with code {process.ExitCode}" : $"did not report it had started within {StartTimeout.TotalSeconds:0} s";
        await StopAsync(process);
        string output;
        lock (stdout)
        {
            lock (stderr)
            {
                output = $"Azurite {reason}. stdout: [{stdout.ToString().Trim()}] stderr: [{stderr.ToString().Trim()}]";
            }
        }

        return (null, output);
    }

    private static async Task StopAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                // Only the node process we started: Azurite spawns no children.
                process.Kill(entireProcessTree: false);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

/// <summary>
/// A second Azurite for the longest Azurite classes (intro rounds, team lifecycle), so the two halves run side by side
/// instead of one after the other at the end of the suite.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteRoundsCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite (rounds)";
}
