using ConnectorBot.Embeddings;
using ConnectorBot.Matching;
using ConnectorBot.Tests.Embeddings;

namespace ConnectorBot.Tests.Matching;

/// <summary>Members embedded as the bot embeds them, by the local models the whole test run shares.</summary>
internal static class SentenceModel
{
    /// <summary>The members with their ask, offer and goal embedded.</summary>
    public static MatchProfile[] Embed(params MatchProfile[] members)
    {
        var meanings = MemberMeanings.EmbedAsync(SharedLocalModel.Model, members, CancellationToken.None).GetAwaiter().GetResult();
        return [.. members.Select(m => m with { Meaning = meanings[m.Id] })];
    }
}
