using System.Globalization;

namespace ConnectorBot.Intros.MatchNow;

/// <summary>Reads the round id a match-now preview names ("yyyyMMddTHHmm-now") back into its instant, refusing anything else.</summary>
public static class ManualRound
{
    public const string Suffix = "-now";

    public static bool TryParse(string? roundId, out DateTimeOffset slot)
    {
        slot = default;
        return roundId is { Length: > 0 } && roundId.EndsWith(Suffix, StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(roundId[..^Suffix.Length], "yyyyMMdd'T'HHmm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out slot);
    }
}
