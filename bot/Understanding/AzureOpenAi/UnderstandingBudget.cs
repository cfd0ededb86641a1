using Microsoft.Extensions.Options;

namespace ConnectorBot.Understanding.AzureOpenAi;

/// <summary>
/// Calls to the chat deployment per UTC day (<see cref="UnderstandingOptions.DailyBudget"/>), every try counted: one
/// count for the whole process, so across tenants. It lives in memory: a restart starts the day's count again, which
/// at worst doubles one day's spend, and keeps the bot free of a store it would need only for this.
/// </summary>
public sealed class UnderstandingBudget(IOptions<UnderstandingOptions> options, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private DateOnly _day;
    private int _used;
    private bool _refusedToday;

    /// <summary>Calls counted today (UTC).</summary>
    public int UsedToday
    {
        get
        {
            lock (_lock)
            {
                Roll();
                return _used;
            }
        }
    }

    /// <summary>Counts one call and says whether it may be made; <paramref name="firstRefusal"/> is true once a day, for one log line.</summary>
    public bool TryTake(out bool firstRefusal)
    {
        lock (_lock)
        {
            Roll();
            if (_used >= options.Value.DailyBudget)
            {
                firstRefusal = !_refusedToday;
                _refusedToday = true;
                return false;
            }

            _used++;
            firstRefusal = false;
            return true;
        }
    }

    private void Roll()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (today != _day)
        {
            _day = today;
            _used = 0;
            _refusedToday = false;
        }
    }
}
