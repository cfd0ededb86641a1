using ConnectorBot.BotFramework.Cards;
using ConnectorBot.BotFramework.Schema;
using ConnectorBot.BotFramework.Turns;
using ConnectorBot.Interview;

namespace ConnectorBot.Intros.NeverList;

/// <summary>
/// "never introduce me to @name", "allow @name" and "never list" in personal chat. People come from the message's
/// mentions, resolved through the rosters of the member's teams, or from a typed display name among those teammates.
/// Everything stays private: nobody is told, and no answer says whether someone uses the bot.
/// </summary>
public sealed class NeverCommand(NeverListStore store, Teammates teammates, TimeProvider clock, ILogger<NeverCommand> logger)
{
    public async Task NeverAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            await turn.SendTextAsync(InterviewStrings.NotUnderstood);
            return;
        }

        var mentions = Mentions(turn.Activity);
        var typed = turn.Command?.As<NeverRequest>()?.TypedName;
        if (mentions.Count == 0 && typed is null)
        {
            await turn.SendTextAsync(NeverStrings.NeverWho);
            return;
        }

        var people = await teammates.ListAsync(member, turn.CancellationToken);
        var lines = new List<string>();
        var added = 0;
        foreach (var (person, problem) in mentions.Count > 0 ? mentions.Select(m => FromMention(member, people, m)) : [FromTyped(turn.Activity.From?.Name, people, typed!)])
        {
            if (person is null)
            {
                lines.Add(problem!);
                continue;
            }

            var entry = new NeverEntry
            {
                TenantId = member.TenantId,
                MemberId = member.MemberId,
                ExcludedId = person.MemberId,
                ExcludedUserId = person.UserId,
                ExcludedName = person.Name,
                AddedAt = clock.GetUtcNow(),
            };
            var isNew = await store.AddAsync(entry, turn.CancellationToken);
            added += isNew ? 1 : 0;
            lines.Add(isNew ? NeverStrings.Added(Shown(person.Name)) : NeverStrings.AlreadyListed(Shown(person.Name)));
        }

        // Counts only: who is on whose list is the member's private choice.
        logger.LogInformation("Never list of a member of tenant {TenantId}: {Added} added.", member.TenantId, added);
        await turn.SendTextAsync(string.Join("\n\n", lines));
    }

    public async Task AllowAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            await turn.SendTextAsync(InterviewStrings.NotUnderstood);
            return;
        }

        var mentions = Mentions(turn.Activity);
        var typed = turn.Command?.As<NeverRequest>()?.TypedName;
        if (mentions.Count == 0 && typed is null)
        {
            await turn.SendTextAsync(NeverStrings.AllowWho);
            return;
        }

        // Only people on the member's own list can come off it: no roster needed.
        var list = await store.ListAsync(member.TenantId, member.MemberId, turn.CancellationToken);
        var lines = new List<string>();
        var removed = 0;
        foreach (var (entry, problem) in mentions.Count > 0 ? mentions.Select(m => Listed(list, m)) : [Listed(list, typed!)])
        {
            if (entry is null)
            {
                lines.Add(problem!);
                continue;
            }

            removed += await store.RemoveAsync(member.TenantId, member.MemberId, entry.ExcludedId, turn.CancellationToken) ? 1 : 0;
            lines.Add(NeverStrings.Allowed(Shown(entry.ExcludedName)));
        }

        logger.LogInformation("Never list of a member of tenant {TenantId}: {Removed} removed.", member.TenantId, removed);
        await turn.SendTextAsync(string.Join("\n\n", lines));
    }

    public async Task ListAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (MemberKey.From(turn.Activity) is not { } member)
        {
            await turn.SendTextAsync(InterviewStrings.NotUnderstood);
            return;
        }

        var list = await store.ListAsync(member.TenantId, member.MemberId, turn.CancellationToken);
        await turn.SendTextAsync(list.Count == 0
            ? NeverStrings.ListEmpty
            : NeverStrings.ListOf(string.Join(NeverStrings.NameSeparator, list.Select(e => Shown(e.ExcludedName)))));
    }

    /// <summary>A name for a markdown message: escaped, or "a colleague" when Teams gave none.</summary>
    private static string Shown(string name) =>
        string.IsNullOrWhiteSpace(name) ? IntrosStrings.SomeColleague : "**" + MarkdownText.Escape(name.Trim()) + "**";

    private static List<ChannelAccount> Mentions(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        return [.. (activity.Entities ?? [])
            .OfType<Entity>()
            .Where(e => e.Type == Entity.MentionType && e.Mentioned?.Id is { Length: > 0 } id && id != botId)
            .Select(e => e.Mentioned!)
            .DistinctBy(m => m.Id)];
    }

    private static (Teammate? Person, string? Problem) FromMention(MemberKey member, TeammateList people, ChannelAccount mentioned)
    {
        if (mentioned.Id == member.UserId || mentioned.AadObjectId == member.MemberId)
        {
            return (null, NeverStrings.NotYourself);
        }

        if (people.Mentioned(mentioned.Id!, mentioned.AadObjectId) is { } person)
        {
            return (person, null);
        }

        return (null, people.Complete ? NeverStrings.NotInYourTeams(Shown(mentioned.Name ?? string.Empty)) : NeverStrings.LookupFailed);
    }

    private static (Teammate? Person, string? Problem) FromTyped(string? ownName, TeammateList people, string typed)
    {
        var (match, person) = people.Named(typed);
        return match switch
        {
            NameMatch.One => (person, null),
            NameMatch.Several => (null, NeverStrings.Ambiguous(Shown(typed))),
            _ when string.Equals(ownName?.Trim(), typed.Trim(), StringComparison.OrdinalIgnoreCase) => (null, NeverStrings.NotYourself),
            _ when !people.Complete => (null, NeverStrings.LookupFailed),
            _ => (null, NeverStrings.NotFound(Shown(typed))),
        };
    }

    private static (NeverEntry? Entry, string? Problem) Listed(IReadOnlyList<NeverEntry> list, ChannelAccount mentioned)
    {
        var entry = list.FirstOrDefault(e => e.ExcludedUserId == mentioned.Id || (mentioned.AadObjectId is { } aad && e.ExcludedId == aad));
        return entry is null ? (null, NeverStrings.NotListed(Shown(mentioned.Name ?? string.Empty))) : (entry, null);
    }

    private static (NeverEntry? Entry, string? Problem) Listed(IReadOnlyList<NeverEntry> list, string typed)
    {
        foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
        {
            var found = list.Where(e => string.Equals(e.ExcludedName.Trim(), typed.Trim(), comparison)).Take(2).ToList();
            if (found.Count > 0)
            {
                return found.Count == 1 ? (found[0], null) : (null, NeverStrings.AmbiguousOnList(Shown(typed)));
            }
        }

        return (null, NeverStrings.NotListed(Shown(typed)));
    }
}
