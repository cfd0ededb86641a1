namespace ConnectorBot.Digest;

/// <summary>The ids of intros offers of help make: one per helper, member in need and need, so a repeated click makes nothing new.</summary>
public static class DigestIntroIds
{
    /// <summary>Not a round's slot id: offers belong to no round, and round statistics leave them out.</summary>
    public const string RoundId = "offer";

    public static string For(string helperId, string neederId, string needHash) => $"offer-{needHash}-{helperId}-{neederId}";
}
