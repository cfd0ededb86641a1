namespace ConnectorBot.Matching.Scoring;

/// <summary>The free-text fields of a profile, in the order the reason writer prefers to quote them.</summary>
public enum ProfileField
{
    ConnectWith,
    Offer,
    Title,
    Accomplish,
    Department,
}
