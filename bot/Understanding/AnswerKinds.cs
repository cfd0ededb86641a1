using ConnectorBot.Interview;

namespace ConnectorBot.Understanding;

/// <summary>The three answers that are understood, as the port names them, with their text in a profile and their name on cards and in keys.</summary>
public static class AnswerKinds
{
    /// <summary>The interview's questions in their order (a title is understood too, but members have none to store).</summary>
    public static IReadOnlyList<AnswerKind> Answers { get; } = [AnswerKind.Accomplish, AnswerKind.ConnectWith, AnswerKind.Offer];

    /// <summary>The member's answer of that kind; null when not given (or skipped).</summary>
    public static string? AnswerOf(Profile profile, AnswerKind kind)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var answer = kind switch
        {
            AnswerKind.Accomplish => profile.Accomplish,
            AnswerKind.ConnectWith => profile.ConnectWith,
            AnswerKind.Offer => profile.Offer,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(answer) ? null : answer;
    }

    /// <summary>The name cards and row keys use, the interview's own ("accomplish", "connectWith", "offer", "title").</summary>
    public static string Name(AnswerKind kind) => kind switch
    {
        AnswerKind.Accomplish => "accomplish",
        AnswerKind.ConnectWith => "connectWith",
        AnswerKind.Offer => "offer",
        AnswerKind.Title => "title",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The answer a card's data names; null for anything else (old or tampered cards).</summary>
    public static AnswerKind? Parse(string? name) => name switch
    {
        "accomplish" => AnswerKind.Accomplish,
        "connectWith" => AnswerKind.ConnectWith,
        "offer" => AnswerKind.Offer,
        _ => null,
    };
}
