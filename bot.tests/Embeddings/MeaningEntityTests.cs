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
    public void A_row_with_the_wrong_length_no_vectors_or_no_model_is_not_a_meaning()
    {
        var entity = MeaningEntity.From(new StoredMeaning("tenant", "member", "Local", "model/1", 1, "hash", [1f, 2f], [3f, 4f], [5f, 6f], DateTimeOffset.UnixEpoch));
        Assert.Equal([5f, 6f], entity.ToMeaning()!.Goal);

        // A row written before rows had a model and a goal: embedded again.
        entity.Model = null;
        Assert.Null(entity.ToMeaning());
        entity.Model = "model/1";
        entity.Goal = null;
        Assert.Null(entity.ToMeaning());
        entity.Goal = MeaningEntity.Encode([5f, 6f]);

        entity.Dimensions = 3;
        Assert.Null(entity.ToMeaning());

        entity.Dimensions = 2;
        entity.Offer = "not base64!";
        Assert.Null(entity.ToMeaning());
    }
}

public sealed class MeaningRowKeyTests
{
    [Theory]
    [InlineData("aad-1")]
    [InlineData("29:1a~Az/ureOpenAI")]
    [InlineData("x~AzureOpenAI")]
    public void A_members_rows_never_share_a_key_with_another_members(string memberId)
    {
        var local = MeaningEntity.RowKeyOf(memberId, "Local");
        var azure = MeaningEntity.RowKeyOf(memberId, "AzureOpenAI");

        Assert.Equal(ConnectorBot.Storage.TableKey.Escape(memberId), local);
        Assert.Equal(local + "~AzureOpenAI", azure);

        // The local key of a member whose id ends like a provider's suffix is never another member's provider key.
        Assert.NotEqual(MeaningEntity.RowKeyOf(memberId + "~AzureOpenAI", "Local"), azure);
    }
}
