using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

namespace ConnectorBot.Understanding;

/// <summary>What one renewal did: understandings made and stored, and whether the text the matcher reads changed with them.</summary>
public sealed record Renewed(int Made, bool TextChanged)
{
    public static Renewed Nothing { get; } = new(0, false);
}

/// <summary>
/// Brings one member's understandings up to date with their answers: an answer whose hash, or whose understanding's
/// version, is not the current one is understood again (the first source that can); an unchanged one costs no call. The
/// member's own part survives: their words always, "That's not it" while the answer stays the same (a new answer
/// deserves a new reading, which they see and may reject again).
/// </summary>
public sealed class UnderstandingRenewal(
    UnderstandingMaker maker,
    UnderstandingStore store,
    ProfileStore profiles,
    TimeProvider clock,
    ILogger<UnderstandingRenewal> logger)
{
    public async Task<Renewed> RenewAsync(string tenantId, string memberId, CancellationToken cancellationToken)
    {
        var key = new MemberKey(tenantId, memberId, string.Empty, null);

        // Read now, not when queued: the latest answers, and nobody who has since been forgotten.
        if (await profiles.GetAsync(key, cancellationToken) is not { } profile)
        {
            return Renewed.Nothing;
        }

        var stored = await store.ReadAsync(tenantId, memberId, cancellationToken);
        var before = UnderstoodText.For(profile, stored);
        var after = new Dictionary<AnswerKind, AnswerUnderstanding>(stored);
        var made = 0;
        foreach (var kind in AnswerKinds.Answers)
        {
            if (AnswerKinds.AnswerOf(profile, kind) is not { } answer
                || (stored.GetValueOrDefault(kind) is { } row && row.IsOf(answer) && row.Version == maker.PreferredVersion))
            {
                continue;
            }

            if (await maker.MakeAsync(new AnswerToUnderstand(kind, answer, profile.Locale), tenantId, cancellationToken) is not { } understood)
            {
                continue;
            }

            var hash = AnswerUnderstanding.HashOf(answer);
            var now = clock.GetUtcNow();
            var written = await store.UpdateAsync(tenantId, memberId, kind, current => Renew(current, tenantId, memberId, kind, hash, understood, now), cancellationToken);
            if (written is not null)
            {
                after[kind] = written;
                made++;
            }
        }

        if (made == 0)
        {
            return Renewed.Nothing;
        }

        if (await EraseIfForgottenAsync(key, cancellationToken))
        {
            return Renewed.Nothing;
        }

        logger.LogDebug("Understood {Made} answers of a member of tenant {TenantId}.", made, tenantId);
        return new Renewed(made, UnderstoodText.For(profile, after) != before);
    }

    /// <summary>The row with the new generated part; the member's words kept, their "That's not it" and the playback mark only for the same answer.</summary>
    private static AnswerUnderstanding? Renew(AnswerUnderstanding? current, string tenantId, string memberId, AnswerKind kind, string hash, Understood understood, DateTimeOffset now)
    {
        var sameAnswer = current?.AnswerHash == hash;
        if (sameAnswer && current!.Version == understood.Version && current.Source == understood.Source
            && current.Plain == understood.Plain && current.Words.SequenceEqual(understood.Words, StringComparer.Ordinal))
        {
            // A fallback made what was there already: nothing to write.
            return null;
        }

        return new AnswerUnderstanding
        {
            TenantId = tenantId,
            MemberId = memberId,
            Kind = kind,
            AnswerHash = hash,
            Plain = understood.Plain,
            Words = understood.Words,
            Source = understood.Source,
            Version = understood.Version,
            MemberWords = current?.MemberWords ?? [],
            Rejected = sameAnswer && current!.Rejected,
            PlayedBack = sameAnswer && current!.PlayedBack,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// Someone who said "forget me" while their answers were being understood has no profile any more: the rows just
    /// written would outlive their erasure, so they go too. "Forget me" erases Profiles before Understandings
    /// (registration order), so either this sees the profile gone, or the erasure of Understandings comes after the write.
    /// </summary>
    private async Task<bool> EraseIfForgottenAsync(MemberKey member, CancellationToken cancellationToken)
    {
        if (await profiles.GetAsync(member, cancellationToken) is not null)
        {
            return false;
        }

        var erased = await store.EraseAsync(member, cancellationToken);
        logger.LogInformation("Erased {Count} understanding rows of tenant {TenantId} whose member's data was erased while they were understood.", erased, member.TenantId);
        return true;
    }
}
