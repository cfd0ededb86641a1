using ConnectorBot.Storage;

namespace ConnectorBot.Interview.Stores;

/// <summary>The Profiles table's row: PartitionKey = tenant, RowKey = member (both escaped).</summary>
public sealed class ProfileEntity : RecordEntity
{
    // Table storage's DateTime ends at 9999-12-31; "until resumed" is stored as that day.
    private static readonly DateTimeOffset StoredForever = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    public string? Name { get; set; }

    public string? Accomplish { get; set; }

    public string? ConnectWith { get; set; }

    public string? Offer { get; set; }

    public bool OfferSkipped { get; set; }

    public bool? Consent { get; set; }

    public DateTimeOffset? ConsentChangedAt { get; set; }

    public DateTimeOffset? PausedUntil { get; set; }

    public string? Locale { get; set; }

    public string? TimeZone { get; set; }

    public string? ChatServiceUrl { get; set; }

    public string? ChatConversationId { get; set; }

    public string? ChatUserId { get; set; }

    public string? ChatBotId { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset? NudgedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public static ProfileEntity From(Profile profile) => new()
    {
        PartitionKey = TableKey.Escape(profile.TenantId),
        RowKey = TableKey.Escape(profile.MemberId),
        TenantId = profile.TenantId,
        MemberId = profile.MemberId,
        Name = profile.Name,
        Accomplish = profile.Accomplish,
        ConnectWith = profile.ConnectWith,
        Offer = profile.Offer,
        OfferSkipped = profile.OfferSkipped,
        Consent = profile.Consent,
        ConsentChangedAt = profile.ConsentChangedAt,
        PausedUntil = profile.PausedUntil is { } until && until >= StoredForever ? StoredForever : profile.PausedUntil,
        Locale = profile.Locale,
        TimeZone = profile.TimeZone,
        ChatServiceUrl = profile.Chat?.ServiceUrl,
        ChatConversationId = profile.Chat?.ConversationId,
        ChatUserId = profile.Chat?.UserId,
        ChatBotId = profile.Chat?.BotId,
        AnsweredAt = profile.AnsweredAt,
        NudgedAt = profile.NudgedAt,
        CreatedAt = profile.CreatedAt,
    };

    public Profile ToProfile() => new()
    {
        TenantId = TenantId ?? TableKey.Unescape(PartitionKey),
        MemberId = MemberId ?? TableKey.Unescape(RowKey),
        Name = Name,
        Accomplish = Accomplish,
        ConnectWith = ConnectWith,
        Offer = Offer,
        OfferSkipped = OfferSkipped,
        Consent = Consent,
        ConsentChangedAt = ConsentChangedAt,
        PausedUntil = PausedUntil is { } until && until >= StoredForever ? DateTimeOffset.MaxValue : PausedUntil,
        Locale = Locale,
        TimeZone = TimeZone,
        Chat = ChatServiceUrl is null || ChatConversationId is null || ChatUserId is null
            ? null
            : new PersonalChat(ChatServiceUrl, ChatConversationId, ChatUserId, ChatBotId),
        AnsweredAt = AnsweredAt,
        NudgedAt = NudgedAt,
        CreatedAt = CreatedAt,
    };
}
