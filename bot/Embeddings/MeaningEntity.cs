using System.Buffers.Binary;

using ConnectorBot.Storage;
using ConnectorBot.Storage.Records;

namespace ConnectorBot.Embeddings;

/// <summary>
/// The Meanings table's row: PartitionKey = tenant, RowKey = member (both escaped). The vectors are float32
/// little-endian in base64 (3072 floats: 16 KiB, well under the 64 KiB property limit).
/// </summary>
public sealed class MeaningEntity : RecordEntity
{
    public string? TenantId { get; set; }

    public string? MemberId { get; set; }

    /// <summary>SHA-256 (hex) of the deployment and the two texts embedded: a changed answer or model means a new embedding.</summary>
    public string? TextHash { get; set; }

    public int Dimensions { get; set; }

    public string? Ask { get; set; }

    public string? Offer { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static MeaningEntity From(StoredMeaning meaning) => new()
    {
        PartitionKey = TableKey.Escape(meaning.TenantId),
        RowKey = TableKey.Escape(meaning.MemberId),
        TenantId = meaning.TenantId,
        MemberId = meaning.MemberId,
        TextHash = meaning.TextHash,
        Dimensions = meaning.Ask.Length,
        Ask = Encode(meaning.Ask),
        Offer = Encode(meaning.Offer),
        UpdatedAt = meaning.UpdatedAt,
    };

    /// <summary>The stored meaning, or null when the row is unreadable (it is then embedded again).</summary>
    public StoredMeaning? ToMeaning()
    {
        if (TenantId is null || MemberId is null || TextHash is null || Decode(Ask, Dimensions) is not { } ask || Decode(Offer, Dimensions) is not { } offer)
        {
            return null;
        }

        return new StoredMeaning(TenantId, MemberId, TextHash, ask, offer, UpdatedAt);
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

/// <summary>A member's stored embeddings and the hash of the texts they came from.</summary>
public sealed record StoredMeaning(string TenantId, string MemberId, string TextHash, float[] Ask, float[] Offer, DateTimeOffset UpdatedAt);
