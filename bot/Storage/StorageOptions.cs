namespace ConnectorBot.Storage;

/// <summary>The <c>Storage</c> section of appsettings.json (environment: <c>Storage__ConnectionString</c> and so on).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Empty: the embedded store. <c>UseDevelopmentStorage=true</c>: Azurite. Otherwise an account-key or SAS connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>With no connection string: an account URL (https://acct.table.core.windows.net) reached with managed identity.</summary>
    public string? AccountUrl { get; set; }

    /// <summary>A user-assigned managed identity's client id; empty for the system-assigned identity or developer credentials.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Where the embedded store keeps its file, relative to the working folder.</summary>
    public string DataDirectory { get; set; } = "data";

    public string EmbeddedDatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, "connectorbot.db"));
}
