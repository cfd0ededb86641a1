namespace ConnectorBot.Matching.Assignment;

/// <summary>The hard constraints from history: never-with pairs, declined pairs, and pairs still in cooldown.</summary>
public sealed class PairRules
{
    private readonly HashSet<(string, string)> _blocked = [];

    public PairRules(PairHistory history, RoundOptions options)
    {
        foreach ((var a, var b) in history.NeverWith)
        {
            _blocked.Add(Key(a, b));
        }

        var cooldownStart = options.Today.AddDays(-options.CooldownDays);
        foreach (var intro in history.Intros)
        {
            // A decline is a standing "no"; any other outcome only blocks the pair until the cooldown has passed.
            if (intro.Outcome == IntroOutcome.Declined || intro.Date > cooldownStart)
            {
                _blocked.Add(Key(intro.A, intro.B));
            }
        }
    }

    /// <summary>Whether a and b may be introduced; without any history this is only "not the same member", checked without building a key.</summary>
    public bool Allows(string a, string b) => a != b && (_blocked.Count == 0 || !_blocked.Contains(Key(a, b)));

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
