using System.Buffers.Binary;

using ConnectorBot.Storage;

namespace ConnectorBot.Embeddings;

/// <summary>
/// The Meanings table's row: PartitionKey = tenant, RowKey = member (both escaped), one row per member and provider
/// (<see cref="RowKeyOf"/>). The vectors are float32 little-endian in base64 (3072 floats: 16 KiB, well under the
/// 64 KiB property limit; three of them well under the 1 MiB row limit).
/// </summary>
public sealed class MeaningEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    /// <summary>Which provider's row this is (<see cref="EmbeddingsOptions.Provider"/>).</summary>
    public string? Provider { get; set; }

    /// <summary>The model that made the vectors: a row of another model is embedded again.</summary>
    public string? Model { get; set; }

    /// <summary>How many models' segments each vector holds.</summary>
    public int Parts { get; set; }

    /// <summary>SHA-256 (hex) of the model and the three texts embedded: a changed answer or model means a new embedding.</summary>
    public string? TextHash { get; set; }

    public int Dimensions { get; set; }

    public string? Ask { get; set; }

    public string? Offer { get; set; }

    public string? Goal { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The local provider's row is the member's own key (so rows written before providers had rows of their own are
    /// overwritten, and erased, in place); another provider's is that key, '~' and the provider's name. No escaped key
    /// can end that way ('~' is always escaped as "~7E", and a provider name's second letter is no hex digit), so a
    /// member's rows never collide with another member's.
    /// </summary>
    public static string RowKeyOf(string memberId, string provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var key = TableKey.Escape(memberId);
        return string.Equals(provider, EmbeddingsOptions.LocalProvider, StringComparison.Ordinal) ? key : key + "~" + provider;
    }

    public static MeaningEntity From(StoredMeaning meaning)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        return new()
        {
            PartitionKey = TableKey.Escape(meaning.TenantId),
            RowKey = RowKeyOf(meaning.MemberId, meaning.Provider),
            TenantId = meaning.TenantId,
            MemberId = meaning.MemberId,
            Provider = meaning.Provider,
            Model = meaning.Model,
            Parts = meaning.Parts,
            TextHash = meaning.TextHash,
            Dimensions = meaning.Ask.Length,
            Ask = Encode(meaning.Ask),
            Offer = Encode(meaning.Offer),
            Goal = Encode(meaning.Goal),
            UpdatedAt = meaning.UpdatedAt,
        };
    }

    /// <summary>The stored meaning, or null when the row is unreadable or older than models and goals (it is then embedded again).</summary>
    public StoredMeaning? ToMeaning()
    {
        if (TenantId is null || MemberId is null || Provider is null || Model is null || Parts < 1 || TextHash is null
            || Decode(Ask, Dimensions) is not { } ask || Decode(Offer, Dimensions) is not { } offer || Decode(Goal, Dimensions) is not { } goal)
        {
            return null;
        }

        return new StoredMeaning(TenantId, MemberId, Provider, Model, Parts, TextHash, ask, offer, goal, UpdatedAt);
    }

    internal static string Encode(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    internal static float[]? Decode(string? text, int dimensions)
    {
        if (text is null || dimensions < 1)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }

        if (bytes.Length != dimensions * sizeof(float))
        {
            return null;
        }

        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return vector;
    }
}

/// <summary>A member's stored vectors from one provider: the model, its segments, and the hash of the texts they came from.</summary>
public sealed record StoredMeaning(
    string TenantId,
    string MemberId,
    string Provider,
    string Model,
    int Parts,
    string TextHash,
    float[] Ask,
    float[] Offer,
    float[] Goal,
    DateTimeOffset UpdatedAt);
