using ConnectorBot.Asks.Stores;
using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;
using ConnectorBot.Interview.Stores;

using Microsoft.Extensions.Options;

namespace ConnectorBot.Asks;

/// <summary>
/// "who can help me with …?" / "ask …" in personal chat: checks the need and the asker's daily limit, finds up to three
/// colleagues, keeps the ask and answers with a card to pick one. A member in the middle of the interview is answering a
/// question, so their text goes to the interview instead. The summary card's box and button ask the same way.
/// </summary>
public sealed class AskCommand(
    AskSearch search,
    AskStore asks,
    InterviewSessionStore sessions,
    PersonalChatHandler interview,
    IOptions<AsksOptions> options,
    TimeProvider clock,
    ILogger<AskCommand> logger)
{
    public async Task RunAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            await turn.SendTextAsync(AsksStrings.NotInATeam);
            return;
        }

        if (await sessions.GetAsync(member, turn.CancellationToken) is { Awaiting: not null } or { ConfirmingForget: true })
        {
            await interview.RunAsync(turn);
            return;
        }

        await AskAsync(turn, member, turn.Command?.As<string>() ?? string.Empty);
    }

    /// <summary>"Find who can help" on the summary card, with the need typed in its box: answered like a typed ask.</summary>
    public async Task<InvokeResponse> FindAsync(TurnContext turn, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            return InvokeResponse.Message(AsksStrings.NotInATeam);
        }

        await AskAsync(turn, member, (action.GetString(AsksVerbs.NeedKey) ?? string.Empty).Trim());
        return InvokeResponse.Message(AsksStrings.AnsweredBelow);
    }

    private async Task AskAsync(TurnContext turn, MemberKey member, string need)
    {
        if (need.Length == 0)
        {
            await turn.SendTextAsync(AsksStrings.NeedMissing);
            return;
        }

        if (need.Length > options.Value.MaxNeedLength)
        {
            await turn.SendTextAsync(AsksStrings.NeedTooLong(options.Value.MaxNeedLength));
            return;
        }

        var now = clock.GetUtcNow();
        if (!ReachRules.MayAsk(await asks.CountAsksSinceAsync(member.TenantId, member.MemberId, now - ReachRules.AskWindow, turn.CancellationToken), options.Value))
        {
            logger.LogInformation("Ask refused in tenant {TenantId}: the member's daily limit is reached.", member.TenantId);
            await turn.SendTextAsync(AsksStrings.TooManyAsks(options.Value.MaxAsksPerDay));
            return;
        }

        var found = await search.FindAsync(member.TenantId, member.MemberId, need, turn.CancellationToken);
        if (found is null)
        {
            await turn.SendTextAsync(AsksStrings.NotInATeam);
            return;
        }

        var ask = new AskRecord
        {
            TenantId = member.TenantId,
            AskerId = member.MemberId,
            AskId = $"{now.UtcDateTime:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}",
            Need = need,
            Candidates = found,
            CreatedAt = now,
        };
        await asks.AddAsync(ask, turn.CancellationToken);
        logger.LogInformation("Ask {AskId} in tenant {TenantId}: {Shown} colleagues shown.", ask.AskId, member.TenantId, found.Count);
        logger.LogDebug("Ask {AskId}: \"{Need}\".", ask.AskId, need);
        if (found.Count == 0)
        {
            await turn.SendTextAsync(AsksStrings.NobodyFound(MarkdownText.Escape(need)));
            return;
        }

        await turn.SendCardAsync(AskCards.Candidates(ask), AsksStrings.CardKicker);
    }
}
