using ConnectorBot.Matching.Scoring;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Explaining;

/// <summary>
/// Writes the one-sentence reason for an intro, quoting each side's own words: the part of the ask and the part of
/// the offer (or title, or experience) that share the strongest feature.
/// </summary>
internal static class ReasonWriter
{
    private const int QuoteWords = 9;

    /// <summary>The reason, explaining only the directions that carry the match (a weak way back is left unsaid).</summary>
    public static string Write(MatchProfile a, MatchProfile b, Func<string, double> idf, bool explainAb = true, bool explainBa = true)
    {
        Side sa = new(a);
        Side sb = new(b);
        string? ab = explainAb ? Clause(sa, sb, idf) : null;
        string? ba = explainBa ? Clause(sb, sa, idf) : null;
        return (ab, ba) switch
        {
            (not null, not null) => $"{ab}; in return, {ba}.",
            (not null, null) => $"{ab}.",
            (null, not null) => $"{ba}.",
            _ => $"{FirstName(a)} and {FirstName(b)} have overlapping interests.",
        };
    }

    /// <summary>"Gwen asks for "…" and Samir brings "…"", or null when b answers nothing of a's ask.</summary>
    private static string? Clause(Side asker, Side giver, Func<string, double> idf)
    {
        (FeatureOccurrence Need, FeatureOccurrence Give, double Weight)? best = null;
        foreach (FeatureOccurrence need in asker.Features)
        {
            double needWeight = need.Field switch
            {
                ProfileField.ConnectWith => MatchTuning.NeedConnectWith,
                ProfileField.Accomplish => MatchTuning.NeedAccomplish,
                _ => 0,
            };
            if (needWeight == 0)
            {
                continue;
            }

            foreach (FeatureOccurrence give in giver.Features)
            {
                if (give.Key != need.Key || give.Field == ProfileField.ConnectWith)
                {
                    continue;
                }

                double giveWeight = give.Field switch
                {
                    ProfileField.Offer => MatchTuning.GiveOffer,
                    ProfileField.Title => MatchTuning.GiveTitle,
                    ProfileField.Accomplish => MatchTuning.GiveAccomplish,
                    _ => MatchTuning.GiveDepartment,
                };
                double weight = needWeight * giveWeight * idf(need.Key);
                if (best is null || weight > best.Value.Weight)
                {
                    best = (need, give, weight);
                }
            }
        }

        if (best is not { } hit)
        {
            return null;
        }

        string verb = hit.Need.Field == ProfileField.ConnectWith ? "is looking for" : "wants to";
        string quotedNeed = asker.Quote(hit.Need);
        string giverSays = hit.Give.Field switch
        {
            ProfileField.Title => $"is a {giver.Quote(hit.Give)}",
            ProfileField.Department => $"works in {giver.Quote(hit.Give)}",
            ProfileField.Accomplish => $"is working on {giver.Quote(hit.Give)}",
            _ => $"says {giver.Quote(hit.Give)}",
        };
        return $"{asker.FirstName} {verb} {quotedNeed} and {giver.FirstName} {giverSays}";
    }

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "prof", "prof.", "sir", "dame" };

    private static string FirstName(MatchProfile p)
    {
        string[] parts = p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? first = parts.FirstOrDefault(part => !Honorifics.Contains(part));
        return first ?? p.Id;
    }

    private sealed class Side
    {
        private readonly MatchProfile _profile;
        private readonly Dictionary<ProfileField, List<Token>> _tokens;

        public Side(MatchProfile profile)
        {
            _profile = profile;
            Features = FeatureExtractor.Extract(profile, out _tokens);
            FirstName = ReasonWriter.FirstName(profile);
        }

        public List<FeatureOccurrence> Features { get; }

        public string FirstName { get; }

        /// <summary>The matched words with a little context, cut at the field's ends, in the member's own spelling.</summary>
        public string Quote(FeatureOccurrence hit)
        {
            string text = hit.Field switch
            {
                ProfileField.ConnectWith => _profile.ConnectWith,
                ProfileField.Offer => _profile.Offer,
                ProfileField.Title => _profile.Title,
                ProfileField.Accomplish => _profile.Accomplish,
                _ => _profile.Department,
            };
            List<Token> tokens = _tokens[hit.Field];
            int span = hit.End - hit.Start;
            int spare = Math.Max(0, QuoteWords - span);
            int from = Math.Max(0, hit.Start - (spare / 2));
            int to = Math.Min(tokens.Count, hit.End + (spare - (hit.Start - from)));
            from = Math.Max(0, Math.Min(from, to - QuoteWords));
            string quote = text[tokens[from].Start..(tokens[to - 1].Start + tokens[to - 1].Length)];
            string prefix = from > 0 ? "…" : string.Empty;
            string suffix = to < tokens.Count ? "…" : string.Empty;
            return $"\u201c{prefix}{quote}{suffix}\u201d";
        }
    }
}
