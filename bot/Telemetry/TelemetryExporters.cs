namespace ConnectorBot.Telemetry;

/// <summary>
/// Where telemetry goes, read from the configuration (environment variables included): Azure Monitor when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is,
/// the console when <c>Telemetry:Console</c> is true. None: nothing listens, nothing is collected.
/// </summary>
public sealed record TelemetryExporters(bool AzureMonitor, bool Otlp, bool Console)
{
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ConsoleSetting = "Telemetry:Console";

    public bool Any => AzureMonitor || Otlp || Console;

    public static TelemetryExporters From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(
            !string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]),
            !string.IsNullOrWhiteSpace(configuration[OtlpSetting]),
            configuration.GetValue<bool>(ConsoleSetting));
    }
}
