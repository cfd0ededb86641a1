namespace ConnectorBot.Interview;

/// <summary>The <c>Interview</c> section of appsettings.json.</summary>
public sealed class InterviewOptions
{
    public const string Section = "Interview";

    /// <summary>Answers are kept intact up to this many characters (text elements, so an emoji counts once).</summary>
    public int MaxAnswerLength { get; set; } = 1000;

    /// <summary>Answers older than this get a "still true?" nudge before the next round.</summary>
    public int StaleAfterDays { get; set; } = 90;
}
