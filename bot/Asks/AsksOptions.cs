namespace ConnectorBot.Asks;

/// <summary>Configuration section "Asks": how many colleagues an ask shows and how often people may ask and be asked.</summary>
public sealed class AsksOptions
{
    public const string Section = "Asks";

    /// <summary>Colleagues shown per ask.</summary>
    public int Candidates { get; set; } = 3;

    /// <summary>Asks a member may make per day (rolling 24 hours).</summary>
    public int MaxAsksPerDay { get; set; } = 5;

    /// <summary>Times a member may be asked privately for help per week (rolling 7 days), across all askers.</summary>
    public int MaxAskedPerWeek { get; set; } = 2;


    /// <summary>The longest need kept, in characters (longer ones are asked to be shortened).</summary>
    public int MaxNeedLength { get; set; } = 500;
}
