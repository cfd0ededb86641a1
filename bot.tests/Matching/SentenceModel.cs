using ConnectorBot.Embeddings.Local;
using ConnectorBot.Matching;

namespace ConnectorBot.Tests.Matching;

/// <summary>The real local sentence models, loaded once for every test that needs them (a few seconds).</summary>
internal static class SentenceModel
{
    private static readonly Lazy<LocalSentenceEmbeddings> Generator = new(() => new LocalSentenceEmbeddings());

    public static LocalSentenceEmbeddings Local => Generator.Value;

    /// <summary>The members with their ask, offer and goal embedded as the bot embeds them.</summary>
    public static MatchProfile[] Embed(params MatchProfile[] members)
    {
        LocalSentenceEmbeddings generator = Local;
        float[][] asks = Vectors(members.Select(TextMeaning.AskText), query: true);
        float[][] offers = Vectors(members.Select(TextMeaning.OfferText), query: false);
        float[][] goals = Vectors(members.Select(TextMeaning.GoalText), query: false);
        return [.. members.Select((m, i) => m with { Meaning = new TextMeaning(asks[i], offers[i], goals[i]) { Parts = generator.Parts, Model = generator.ModelId } })];
    }

    private static float[][] Vectors(IEnumerable<string> texts, bool query) =>
        [.. Local.GenerateAsync(texts, query ? LocalSentenceEmbeddings.QueryOptions : null).GetAwaiter().GetResult().Select(e => e.Vector.ToArray())];
}
