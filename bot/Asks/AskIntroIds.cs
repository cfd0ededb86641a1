namespace ConnectorBot.Asks;

/// <summary>The ids of intros asks make: one per ask and colleague, so a repeated pick makes nothing new.</summary>
public static class AskIntroIds
{
    /// <summary>Not a round's slot id: asks belong to no round, and round statistics leave them out.</summary>
    public const string RoundId = "ask";

    public static string For(string askId, string memberId) => $"ask-{askId}-{memberId}";
}
