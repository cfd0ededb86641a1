using System.Buffers.Binary;

using ConnectorBot.Embeddings;

namespace ConnectorBot.Tests.Embeddings;

/// <summary>How vectors are kept in a row: float32 little-endian in base64, the longest one under the 64 KiB property limit.</summary>
public sealed class MeaningEntityTests
{
    [Fact]
    public void The_longest_vector_round_trips_exactly_and_fits_in_a_property()
    {
        var vector = Enumerable.Range(1, EmbeddingsOptions.MaxDimensions).Select(i => MathF.Sin(i) * i * 1e-3f).ToArray();
        vector[^1] = float.Epsilon;

        var text = MeaningEntity.Encode(vector);

        // A string property holds 64 KiB of UTF-16, i.e. 32,768 characters.
        Assert.True(text.Length * sizeof(char) < 64 * 1024, $"{text.Length} characters");
        Assert.Equal(vector, MeaningEntity.Decode(text, vector.Length));
        Assert.Equal(vector[1], BinaryPrimitives.ReadSingleLittleEndian(Convert.FromBase64String(text).AsSpan(4)));
    }

    [Fact]
    public void A_row_with_the_wrong_length_or_no_vectors_is_not_a_meaning()
    {
        var entity = MeaningEntity.From(new StoredMeaning("tenant", "member", "hash", [1f, 2f], [3f, 4f], DateTimeOffset.UnixEpoch));
        Assert.NotNull(entity.ToMeaning());

        entity.Dimensions = 3;
        Assert.Null(entity.ToMeaning());

        entity.Dimensions = 2;
        entity.Offer = "not base64!";
        Assert.Null(entity.ToMeaning());
    }
}
