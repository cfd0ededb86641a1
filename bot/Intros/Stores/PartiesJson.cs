using ConnectorBot.Storage;

namespace ConnectorBot.Intros.Stores;

/// <summary>
/// An intro's parties as one JSON property. Answers are capped in text elements, not UTF-16 chars, so a
/// pathological answer (long emoji sequences, stacked combining marks) can outgrow the property; then the
/// answers are shortened until it fits, rather than failing the team's whole round.
/// </summary>
public static class PartiesJson
{
    // Ever shorter answer caps (UTF-16 chars) to try when the parties do not fit as they are.
    private static readonly int[] AnswerCaps = [4000, 2000, 1000, 500, 200];

    public static string Write(IReadOnlyList<IntroParty> parties)
    {
        var json = RecordJson.Write(parties);
        foreach (var cap in AnswerCaps)
        {
            if (json.Length <= RecordJson.MaxPropertyChars)
            {
                return json;
            }

            json = RecordJson.Write(parties.Select(p => p with
            {
                Accomplish = Shorten(p.Accomplish, cap),
                ConnectWith = Shorten(p.ConnectWith, cap),
                Offer = Shorten(p.Offer, cap),
            }).ToList());
        }

        return json.Length <= RecordJson.MaxPropertyChars
            ? json
            : throw new InvalidOperationException($"An intro's parties are {json.Length} characters as JSON; a table property holds at most {RecordJson.MaxPropertyChars}.");
    }

    public static IReadOnlyList<IntroParty> Read(string? json) => RecordJson.Read<List<IntroParty>>(json) ?? [];

    private static string? Shorten(string? text, int cap)
    {
        if (text is null || text.Length <= cap)
        {
            return text;
        }

        // Never split a surrogate pair.
        var cut = char.IsHighSurrogate(text[cap - 1]) ? cap - 1 : cap;
        return text[..cut] + "…";
    }
}
