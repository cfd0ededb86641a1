namespace ConnectorBot.Matching;

/// <summary>
/// What a member's answers and title were understood to mean, each as text to read after the member's own words: the
/// answer in plain English when that differs, and related everyday words ("(corrective actions in quality work)
/// [quality, audits, root cause]"). The sentence models read it; reasons never quote it.
/// </summary>
public sealed record UnderstoodAnswers(string Accomplish = "", string ConnectWith = "", string Offer = "", string Title = "")
{
    public static UnderstoodAnswers None { get; } = new();

    public bool IsEmpty => Accomplish.Length == 0 && ConnectWith.Length == 0 && Offer.Length == 0 && Title.Length == 0;
}
