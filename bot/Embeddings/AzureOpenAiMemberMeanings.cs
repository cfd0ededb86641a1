using System.Security.Cryptography;
using System.Text;

using ConnectorBot.Interview;
using ConnectorBot.Intros;
using ConnectorBot.Matching;
using ConnectorBot.Storage.Records;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Embeddings;

/// <summary>
/// The round's meanings from Azure OpenAI: a member whose texts have not changed since they were embedded keeps the stored
/// vectors; the others' asks and offers are embedded (identical texts once) and stored. All members or none: when the
/// provider fails the round gets an empty map and matches with the offline word vectors. Texts are never logged.
/// </summary>
public sealed class AzureOpenAiMemberMeanings(
    AzureOpenAiEmbeddings embeddings,
    MeaningStore store,
    ProfileStore profiles,
    IOptions<EmbeddingsOptions> options,
    TimeProvider clock,
    ILogger<AzureOpenAiMemberMeanings> logger) : IMemberMeanings
{
    private static readonly IReadOnlyDictionary<string, TextMeaning> None = new Dictionary<string, TextMeaning>();

    public async Task<IReadOnlyDictionary<string, TextMeaning>> ForAsync(string tenantId, IReadOnlyList<MatchProfile> members, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            return None;
        }

        var deployment = options.Value.Deployment;
        var wanted = members
            .DistinctBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new Wanted(m.Id, TextMeaning.AskText(m), TextMeaning.OfferText(m)))
            .Select(w => w with { Hash = TextHash(deployment, w.Ask, w.Offer) })
            .ToList();

        var stored = await store.ReadAsync(tenantId, [.. wanted.Select(w => w.MemberId)], cancellationToken).ConfigureAwait(false);
        var meanings = new Dictionary<string, TextMeaning>(StringComparer.Ordinal);
        var stale = new List<Wanted>();
        foreach (var member in wanted)
        {
            if (stored.TryGetValue(member.MemberId, out var row) && row.TextHash == member.Hash && Fits(row.Ask.Length))
            {
                meanings[member.MemberId] = new TextMeaning(row.Ask, row.Offer, []);
            }
            else
            {
                stale.Add(member);
            }
        }

        if (stale.Count > 0)
        {
            var knownLength = meanings.Values.Select(m => m.Ask.Length).FirstOrDefault();
            var fresh = await EmbedAsync(tenantId, stale, members.Count, knownLength, cancellationToken).ConfigureAwait(false);
            if (fresh is null)
            {
                return None;
            }

            foreach (var (memberId, meaning) in fresh)
            {
                meanings[memberId] = meaning;
            }

            await StoreAsync(tenantId, stale, fresh, cancellationToken).ConfigureAwait(false);
        }

        // One scale per round: a deployment redeployed with another model under the same name would mix lengths.
        if (meanings.Values.Select(m => m.Ask.Length).Concat(meanings.Values.Select(m => m.Offer.Length)).Distinct().Count() != 1)
        {
            logger.LogWarning(
                "Embeddings of tenant {TenantId} have different lengths ({Reused} stored, {Embedded} new); matching this round offline.",
                tenantId,
                wanted.Count - stale.Count,
                stale.Count);
            return None;
        }

        logger.LogDebug("Embeddings for {Members} members of tenant {TenantId}: {Reused} stored, {Embedded} new.", wanted.Count, tenantId, wanted.Count - stale.Count, stale.Count);
        return meanings;
    }

    /// <summary>SHA-256 (lowercase hex) of the deployment, a line feed, the ask text, a unit separator and the offer text.</summary>
    public static string TextHash(string deployment, string askText, string offerText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deployment + "\n" + askText + "\u001f" + offerText)));

    private bool Fits(int length) =>
        length is > 0 and <= EmbeddingsOptions.MaxDimensions && (options.Value.Dimensions is not { } dimensions || dimensions == length);

    private async Task<Dictionary<string, TextMeaning>?> EmbedAsync(string tenantId, List<Wanted> stale, int members, int knownLength, CancellationToken cancellationToken)
    {
        // Empty texts cannot be embedded: they get a zero vector (no meaning) of the round's length.
        var texts = stale.SelectMany(w => new[] { w.Ask, w.Offer }).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<float[]> vectors = [];
        if (texts.Count > 0)
        {
            try
            {
                vectors = await embeddings.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
            }
            catch (EmbeddingsException e)
            {
                logger.LogWarning(
                    "Azure OpenAI did not embed {Texts} texts of {Stale} of the {Members} members of tenant {TenantId} (status {Status}); matching this round offline. {Reason}",
                    texts.Count,
                    stale.Count,
                    members,
                    tenantId,
                    e.Status is { } status ? (int)status : null,
                    e.Message);
                return null;
            }
        }

        var length = vectors.Count > 0 ? vectors[0].Length : knownLength;
        if (length == 0 || length > EmbeddingsOptions.MaxDimensions || vectors.Any(v => v.Length != length) || !Fits(length))
        {
            logger.LogWarning(
                "Azure OpenAI's embeddings for tenant {TenantId} cannot be used ({Texts} texts, length {Length}); matching this round offline.",
                tenantId,
                texts.Count,
                length);
            return null;
        }

        var byText = new Dictionary<string, float[]>(StringComparer.Ordinal) { [string.Empty] = new float[length] };
        for (var i = 0; i < texts.Count; i++)
        {
            byText[texts[i]] = vectors[i];
        }

        return stale.ToDictionary(w => w.MemberId, w => new TextMeaning((float[])byText[w.Ask].Clone(), (float[])byText[w.Offer].Clone(), []), StringComparer.Ordinal);
    }

    // The cache is best effort: a round that got its embeddings uses them even when they could not be kept.
    private async Task StoreAsync(string tenantId, List<Wanted> stale, Dictionary<string, TextMeaning> fresh, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await store.WriteAsync(
                stale.Select(w => new StoredMeaning(tenantId, w.MemberId, w.Hash, fresh[w.MemberId].Ask, fresh[w.MemberId].Offer, now)),
                cancellationToken).ConfigureAwait(false);
            await EraseForgottenAsync(tenantId, stale, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not store {Count} embeddings of tenant {TenantId} ({Error}); they will be asked for again next round.", stale.Count, tenantId, e.GetType().Name);
        }
    }

    /// <summary>
    /// Someone who said "forget me" while their texts were being embedded has no profile any more: the row just written
    /// would outlive their erasure, so it goes too.
    /// </summary>
    private async Task EraseForgottenAsync(string tenantId, List<Wanted> written, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var member in written)
        {
            var key = new MemberKey(tenantId, member.MemberId, string.Empty, null);
            if (await profiles.GetAsync(key, cancellationToken).ConfigureAwait(false) is null)
            {
                erased += await store.EraseAsync(key, cancellationToken).ConfigureAwait(false);
            }
        }

        if (erased > 0)
        {
            logger.LogInformation("Erased {Count} embeddings of tenant {TenantId} whose members' data was erased while they were embedded.", erased, tenantId);
        }
    }

    private sealed record Wanted(string MemberId, string Ask, string Offer)
    {
        public string Hash { get; init; } = string.Empty;
    }
}
