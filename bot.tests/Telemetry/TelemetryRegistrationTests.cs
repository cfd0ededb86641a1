using Azure.Monitor.OpenTelemetry.AspNetCore;

using ConnectorBot.Telemetry;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ConnectorBot.Tests.Telemetry;

/// <summary>
/// Which exporters the settings switch on. The app is built from these settings alone (no environment variables) and
/// never started; the Azure Monitor endpoints are a closed loopback port, so nothing is sent anywhere.
/// </summary>
public sealed class TelemetryRegistrationTests
{
    // A well-formed connection string whose endpoints are a closed loopback port.
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/";

    [Fact]
    public async Task By_default_no_provider_is_registered_so_nothing_listens_or_is_exported()
    {
        using var app = Build([]);

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task The_Application_Insights_connection_string_wires_Azure_Monitor()
    {
        using var app = Build(new() { [TelemetryExporters.AzureMonitorSetting] = ConnectionString });

        Assert.Equal(new TelemetryExporters(AzureMonitor: true, Otlp: false, Console: false), TelemetryExporters.From(app.Services.GetRequiredService<IConfiguration>()));
        Assert.Equal(ConnectionString, app.Services.GetRequiredService<IOptionsMonitor<AzureMonitorOptions>>().Get(Options.DefaultName).ConnectionString);
        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task An_OTLP_endpoint_or_the_console_switch_registers_the_providers()
    {
        using var otlp = Build(new() { [TelemetryExporters.OtlpSetting] = "http://127.0.0.1:9" });
        using var console = Build(new() { [TelemetryExporters.ConsoleSetting] = "true" });

        Assert.Equal(new TelemetryExporters(AzureMonitor: false, Otlp: true, Console: false), TelemetryExporters.From(otlp.Services.GetRequiredService<IConfiguration>()));
        Assert.NotNull(otlp.Services.GetService<TracerProvider>());
        Assert.Equal(new TelemetryExporters(AzureMonitor: false, Otlp: false, Console: true), TelemetryExporters.From(console.Services.GetRequiredService<IConfiguration>()));
        Assert.NotNull(console.Services.GetService<MeterProvider>());
        Assert.Null(console.Services.GetService<IOptionsMonitor<AzureMonitorOptions>>()?.Get(Options.DefaultName).ConnectionString);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        // The exporter's own usage reports go to a fixed Microsoft endpoint: not from a test.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTelemetry(builder.Configuration);

        // Built only, never run; still, a test writes no offline telemetry to disk.
        builder.Services.Configure<AzureMonitorOptions>(o => o.DisableOfflineStorage = true);
        return builder.Build();
    }
}
