using ConnectorBot.Matching.Lexicon;
using ConnectorBot.Matching.Text;

namespace ConnectorBot.Matching.Scoring;

/// <summary>Turns a profile's fields into word and concept features, remembering where each came from for quoting.</summary>
public static class FeatureExtractor
{
    public static List<FeatureOccurrence> Extract(MatchProfile profile) => Extract(profile, out _);

    public static List<FeatureOccurrence> Extract(MatchProfile profile, out Dictionary<ProfileField, List<Token>> tokensByField)
    {
        tokensByField = [];
        List<FeatureOccurrence> features = new(32);
        AddField(features, tokensByField, ProfileField.ConnectWith, profile.ConnectWith);
        AddField(features, tokensByField, ProfileField.Offer, profile.Offer);
        AddField(features, tokensByField, ProfileField.Title, profile.Title);
        AddField(features, tokensByField, ProfileField.Accomplish, profile.Accomplish);
        AddField(features, tokensByField, ProfileField.Department, profile.Department);
        return features;
    }

    private static void AddField(List<FeatureOccurrence> features, Dictionary<ProfileField, List<Token>> tokensByField, ProfileField field, string? text)
    {
        var lexicon = ConceptLexicon.Default;
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var corrected = lexicon.CorrectStem(tokens[i]);
            if (!ReferenceEquals(corrected, tokens[i].Stem) && corrected != tokens[i].Stem)
            {
                tokens[i] = tokens[i] with { Stem = corrected };
            }
        }

        tokensByField[field] = tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Stem.Length >= 2 && !StopWords.Contains(token.Folded) && !IsNumber(token.Stem))
            {
                features.Add(new FeatureOccurrence(FeatureKeys.Word(token.Stem), field, i, i + 1));
            }
        }

        foreach (var hit in lexicon.Match(tokens))
        {
            features.Add(new FeatureOccurrence(FeatureKeys.Concept(hit.Concept), field, hit.Start, hit.End));
        }
    }

    private static bool IsNumber(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
