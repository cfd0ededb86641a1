using Azure.Monitor.OpenTelemetry.AspNetCore;

using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConnectorBot.Telemetry;

/// <summary>
/// OpenTelemetry for the bot: its own source and meter (<see cref="BotTelemetry"/>), ASP.NET Core's requests and
/// HttpClient's calls, sent where <see cref="TelemetryExporters"/> says. What is measured is always registered; the
/// providers (and with them any listener) only when an exporter is configured, so by default nothing is collected.
/// </summary>
public static class TelemetryRegistration
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporters = TelemetryExporters.From(configuration);

        // Azure Monitor's distro brings its own ASP.NET Core and HttpClient instrumentation; added twice, spans would double.
        services.ConfigureOpenTelemetryTracerProvider(tracing =>
        {
            tracing.AddSource(BotTelemetry.Name);
            if (!exporters.AzureMonitor)
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            }
        });
        services.ConfigureOpenTelemetryMeterProvider(metrics =>
        {
            metrics.AddMeter(BotTelemetry.Name);
            if (!exporters.AzureMonitor)
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            }
        });

        // Container probes hit /healthz every few seconds: not worth a trace each.
        services.Configure<AspNetCoreTraceInstrumentationOptions>(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase));

        if (!exporters.Any)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(BotTelemetry.Name));
        if (exporters.AzureMonitor)
        {
            telemetry.UseAzureMonitor();
        }

        if (exporters.Otlp)
        {
            telemetry.WithTracing(t => t.AddOtlpExporter()).WithMetrics(m => m.AddOtlpExporter());
        }

        if (exporters.Console)
        {
            telemetry.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
        }

        return services;
    }
}
