using System.Text.Json;

using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Embeddings;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

namespace ConnectorBot.Understanding;

/// <summary>
/// The playback's buttons (one method per verb), from Action.Execute or its Action.Submit fallback: "Add words" (the member's words for each
/// answer, read first from then on) and "That's not it" (the generated reading of one answer is no longer used). Only
/// the member, in their own personal chat, acts: the member and tenant come from the activity, and a card whose tenant
/// is another is refused. A button pressed after "forget me", or after the answer changed, says so and changes nothing.
/// </summary>
public sealed class UnderstandingCardActions(
    ProfileStore profiles,
    UnderstandingStore store,
    SummaryCard summaryCard,
    MeaningRefresher meanings,
    TimeProvider clock,
    ILogger<UnderstandingCardActions> logger)
{
    public Task<InvokeResponse> SaveWordsAsync(TurnContext turn, CardAction action) =>
        ForMemberAsync(turn, action, (member, profile) => SaveWordsAsync(turn, member, profile, action));

    public Task<InvokeResponse> RejectAsync(TurnContext turn, CardAction action) =>
        ForMemberAsync(turn, action, (member, profile) => RejectAsync(turn, member, profile, action));

    private async Task<InvokeResponse> ForMemberAsync(TurnContext turn, CardAction action, Func<MemberKey, Profile, Task<InvokeResponse>> act)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        if (!turn.IsPersonal || MemberKey.From(turn.Activity) is not { } member)
        {
            return InvokeResponse.Error(400, "NotHere", UnderstandingStrings.OnlyInPersonalChat);
        }

        if (!string.Equals(action.GetString(UnderstandingVerbs.TenantKey), member.TenantId, StringComparison.Ordinal))
        {
            logger.LogWarning("An understanding card action in tenant {TenantId} carried another tenant (or none); refused.", member.TenantId);
            return InvokeResponse.Error(403, "Forbidden", UnderstandingStrings.NotYourCard);
        }

        if (await profiles.GetAsync(member, turn.CancellationToken) is not { } profile)
        {
            return await SayAsync(turn, UnderstandingStrings.NothingStored);
        }

        return await act(member, profile);
    }

    private async Task<InvokeResponse> SaveWordsAsync(TurnContext turn, MemberKey member, Profile profile, CardAction action)
    {
        var typed = new List<(AnswerKind Kind, string Answer, IReadOnlyList<string> Words)>();
        foreach (var kind in AnswerKinds.Answers)
        {
            if (AnswerKinds.AnswerOf(profile, kind) is not { } answer)
            {
                continue;
            }

            var input = MemberWordsInput.Parse(action.GetString(UnderstandingVerbs.WordsInputId(kind)));
            switch (input.Problem)
            {
                case MemberWordsProblem.TooMany:
                    return await SayAsync(turn, UnderstandingStrings.WordsTooMany(input.Count, Understood.MaxWords));
                case MemberWordsProblem.TooLong:
                    return await SayAsync(turn, UnderstandingStrings.WordsTooLong(input.Count, UnderstandingCards.MaxWordsInputLength));
                case MemberWordsProblem.None:
                    typed.Add((kind, answer, input.Words));
                    break;
            }
        }

        // An empty input changes nothing: the words kept so far stay.
        if (typed.Count == 0)
        {
            return await SayAsync(turn, UnderstandingStrings.WordsEmpty);
        }

        var now = clock.GetUtcNow();
        foreach (var (kind, answer, words) in typed)
        {
            await store.UpdateAsync(
                member.TenantId,
                member.MemberId,
                kind,
                current => current is null
                    ? new AnswerUnderstanding { TenantId = member.TenantId, MemberId = member.MemberId, Kind = kind, AnswerHash = AnswerUnderstanding.HashOf(answer), MemberWords = words, UpdatedAt = now }
                    : current.MemberWords.SequenceEqual(words, StringComparer.Ordinal) ? null : current with { MemberWords = words, UpdatedAt = now },
                turn.CancellationToken);
        }

        logger.LogInformation("A member of tenant {TenantId} added their own words to {Count} answers.", member.TenantId, typed.Count);
        meanings.Enqueue(member.TenantId, [member.MemberId]);
        await turn.SendTextAsync(string.Join(
            "\n\n",
            typed.Select(t => UnderstandingStrings.WordsSaved(UnderstandingStrings.InSentence(t.Kind), string.Join(", ", t.Words.Select(MarkdownText.Escape))))));
        return InvokeResponse.Card(await CardAsync(profile, UnderstandingVerbs.ReadPlace(action), turn.CancellationToken));
    }

    private async Task<InvokeResponse> RejectAsync(TurnContext turn, MemberKey member, Profile profile, CardAction action)
    {
        if (UnderstandingVerbs.ReadAnswer(action) is not { } kind)
        {
            return InvokeResponse.Error(400, "UnknownAction", UnderstandingStrings.UnknownButton);
        }

        if (AnswerKinds.AnswerOf(profile, kind) is not { } answer)
        {
            return await SayAsync(turn, UnderstandingStrings.NoAnswer);
        }

        var place = UnderstandingVerbs.ReadPlace(action);
        if (!string.Equals(action.GetString(UnderstandingVerbs.AnswerHashKey), AnswerUnderstanding.HashOf(answer), StringComparison.Ordinal))
        {
            // The card showed the reading of an earlier answer: the current one is not rejected unseen.
            await turn.SendTextAsync(UnderstandingStrings.AnswerChanged);
            return InvokeResponse.Card(await CardAsync(profile, place, turn.CancellationToken));
        }

        var understood = false;
        await store.UpdateAsync(
            member.TenantId,
            member.MemberId,
            kind,
            current =>
            {
                understood = current is { IsGenerated: true } && current.IsOf(answer);
                return understood && !current!.Rejected ? current with { Rejected = true, UpdatedAt = clock.GetUtcNow() } : null;
            },
            turn.CancellationToken);
        if (!understood)
        {
            return await SayAsync(turn, UnderstandingStrings.NotUnderstoodYet);
        }

        logger.LogInformation("A member of tenant {TenantId} said a {Kind} answer was not understood right.", member.TenantId, kind);
        meanings.Enqueue(member.TenantId, [member.MemberId]);
        await turn.SendTextAsync(UnderstandingStrings.Rejected(UnderstandingStrings.InSentence(kind)));
        return InvokeResponse.Card(await CardAsync(profile, place, turn.CancellationToken));
    }

    /// <summary>The card the button was on, as it is now: the whole summary, or the playback.</summary>
    private async Task<JsonElement> CardAsync(Profile profile, PlaybackPlace place, CancellationToken cancellationToken) =>
        place == PlaybackPlace.Summary
            ? await summaryCard.ForAsync(profile, cancellationToken)
            : UnderstandingCards.Playback(profile, await store.ReadAsync(profile.TenantId, profile.MemberId, cancellationToken));

    private static async Task<InvokeResponse> SayAsync(TurnContext turn, string markdown)
    {
        await turn.SendTextAsync(markdown);
        return InvokeResponse.Message(markdown);
    }
}
