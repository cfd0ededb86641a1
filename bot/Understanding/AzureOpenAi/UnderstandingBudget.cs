using System.Globalization;

using Azure.Data.Tables;

using ConnectorBot.Storage;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// Calls to the chat deployment per UTC day (<see cref="UnderstandingOptions.DailyBudget"/>), every try counted, across
/// tenants. The count is a row in the store (partition = the resource and deployment, row = the UTC day), taken with
/// If-Match, so every instance of the bot shares one count and a restart does not start the day again: the budget is
/// the most the organisation's resource is asked for in a day, however the bot is scaled or restarted.
/// </summary>
public sealed class UnderstandingBudget(TableSet tables, IOptions<UnderstandingOptions> options, TimeProvider clock)
{
    public const string TableName = "UnderstandingBudget";

    private const string UsedProperty = "Used";

    private readonly Lock _lock = new();
    private DateOnly _refusedOn;

    /// <summary>Calls counted today (UTC), by every instance.</summary>
    public async Task<int> UsedTodayAsync(CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableName);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(), Day(Today()), [UsedProperty], cancellationToken);
        return row?.GetInt32(UsedProperty) ?? 0;
    }

    /// <summary>
    /// Counts one call and says whether it may be made; FirstRefusal is true once a day per instance,
    /// for one log line. A store that cannot be reached throws: no call is made that could not be counted.
    /// </summary>
    public async Task<(bool Taken, bool FirstRefusal)> TryTakeAsync(CancellationToken cancellationToken = default)
    {
        var today = Today();
        var limit = options.Value.DailyBudget;
        var table = await tables.GetAsync(TableName);
        var taken = false;
        await table.UpdateAsync<TableEntity>(
            Partition(),
            Day(today),
            current =>
            {
                var used = current?.GetInt32(UsedProperty) ?? 0;
                taken = used < limit;
                return taken ? new TableEntity { [UsedProperty] = used + 1 } : null;
            },
            cancellationToken: cancellationToken);
        if (taken)
        {
            return (true, false);
        }

        lock (_lock)
        {
            var first = _refusedOn != today;
            _refusedOn = today;
            return (false, first);
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // One count per resource and deployment: a second deployment (or resource) has its own day's budget.
    private string Partition() => TableKey.Escape(options.Value.Endpoint.TrimEnd('/') + "|" + options.Value.Deployment);
}
