using System.Text.Json;

using ConnectorBot.BotFramework.Turns;

namespace ConnectorBot.Interview;

/// <summary>The card-button verbs of personal chat and their data fields: the contract between the cards and their handler.</summary>
public static class InterviewVerbs
{
    /// <summary>Edit one answer; data <see cref="FieldKey"/> names it ("accomplish", "connectWith", "offer").</summary>
    public const string Edit = "interview.edit";

    /// <summary>Consent to appear in intro cards; data <see cref="ConsentKey"/>: true or false.</summary>
    public const string Consent = "interview.consent";

    public const string ForgetConfirm = "interview.forget.confirm";
    public const string ForgetCancel = "interview.forget.cancel";
    public const string StaleKeep = "interview.stale.keep";
    public const string StaleUpdate = "interview.stale.update";

    /// <summary>End a pause from the summary card (as typing "resume" does).</summary>
    public const string Resume = "interview.resume";

    public const string FieldKey = "field";
    public const string ConsentKey = "consent";

    public const string Prefix = "interview.";

    public static string FieldName(ProfileField field) => field switch
    {
        ProfileField.Accomplish => "accomplish",
        ProfileField.ConnectWith => "connectWith",
        ProfileField.Offer => "offer",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The field a card's data names; null for anything else (old or tampered cards).</summary>
    public static ProfileField? ParseField(string? name) => name switch
    {
        "accomplish" => ProfileField.Accomplish,
        "connectWith" => ProfileField.ConnectWith,
        "offer" => ProfileField.Offer,
        _ => null,
    };

    public static ProfileField? ReadField(CardAction action) => ParseField(action.GetString(FieldKey));

    /// <summary>The consent choice of a <see cref="Consent"/> action; null when missing or not a boolean.</summary>
    public static bool? ReadConsent(CardAction action) =>
        action.Data.ValueKind == JsonValueKind.Object && action.Data.TryGetProperty(ConsentKey, out var value)
            ? value.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null }
            : null;
}
