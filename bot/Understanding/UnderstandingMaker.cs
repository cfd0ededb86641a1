namespace ConnectorBot.Understanding;

/// <summary>
/// Makes one answer's understanding from the first source that can, in <see cref="Understanders.InPreference"/> order
/// (the offline one last). A source that fails is logged with the answer's kind and the exception's type only (its
/// message could quote the answer) and the next is tried. What a source returns is cut to the port's bounds.
/// </summary>
public sealed class UnderstandingMaker(Understanders understanders, ILogger<UnderstandingMaker> logger)
{
    /// <summary>The version of the first source: an understanding of another version is made again (an upgrade, or a fallback's).</summary>
    public string PreferredVersion => understanders.InPreference.Count > 0 ? understanders.InPreference[0].Version : string.Empty;

    /// <summary>The understanding, stored under the source that made it; null when every source failed.</summary>
    public async Task<Understood?> MakeAsync(AnswerToUnderstand answer, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var understander in understanders.InPreference)
        {
            try
            {
                var understood = await understander.UnderstandAsync(answer, cancellationToken)
                    ?? throw new InvalidOperationException("The understander returned nothing.");
                return Bounded(understood, understander);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(
                    "Understanding a {Kind} answer of tenant {TenantId} with {Source} failed ({Error}); trying the next source.",
                    answer.Kind,
                    tenantId,
                    understander.Source,
                    e.GetType().Name);
            }
        }

        logger.LogWarning("No source could understand a {Kind} answer of tenant {TenantId}; it is matched on the member's words.", answer.Kind, tenantId);
        return null;
    }

    /// <summary>At most the port's plain length and words, each word trimmed, non-empty, short and said once; the source's own name and version.</summary>
    private static Understood Bounded(Understood understood, IAnswerUnderstander source)
    {
        var plain = (understood.Plain ?? string.Empty).Trim();
        if (plain.Length > Understood.MaxPlainLength)
        {
            // Never between the two halves of a character outside the BMP (an emoji).
            var cut = char.IsLowSurrogate(plain[Understood.MaxPlainLength]) ? Understood.MaxPlainLength - 1 : Understood.MaxPlainLength;
            plain = plain[..cut].TrimEnd();
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = (understood.Words ?? [])
            .Select(w => (w ?? string.Empty).Trim())
            .Where(w => w.Length is > 0 and <= Understood.MaxWordLength && seen.Add(w))
            .Take(Understood.MaxWords)
            .ToList();
        return new Understood(plain, words, source.Source, source.Version);
    }
}
