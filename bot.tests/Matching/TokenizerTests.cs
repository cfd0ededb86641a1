using ConnectorBot.Matching.Text;

namespace ConnectorBot.Tests.Matching;

public class TokenizerTests
{
    [Fact]
    public void Folds_accents_drops_possessives_and_splits_hyphens()
    {
        var tokens = Tokenizer.Tokenize("Ærøskøbing's Wi-Fi, O'Brien rock'n'roll I'm");

        Assert.Equal(["aeroskobing", "wi", "fi", "obrien", "rocknroll", "i"], tokens.Select(t => t.Folded));
        Assert.Equal("Ærøskøbing's", "Ærøskøbing's Wi-Fi, O'Brien rock'n'roll I'm".Substring(tokens[0].Start, tokens[0].Length));
    }

    [Fact]
    public void A_word_longer_than_the_scratch_space_is_kept_whole()
    {
        string longWord = new('ß', 300);

        var token = Assert.Single(Tokenizer.Tokenize($"a {longWord} b"), t => t.Start == 2);

        Assert.Equal(600, token.Folded.Length);
        Assert.Equal(300, token.Length);
    }

    [Fact]
    public void The_same_text_gives_the_same_tokens_on_every_thread()
    {
        const string text = "Hiring managers' onboarding — recruitment of 12 nurses, naïve café façade";
        var expected = string.Join('|', Tokenizer.Tokenize(text).Select(t => $"{t.Start}:{t.Length}:{t.Folded}:{t.Stem}"));

        var seen = new string[64];
        Parallel.For(0, seen.Length, i => seen[i] = string.Join('|', Tokenizer.Tokenize(text).Select(t => $"{t.Start}:{t.Length}:{t.Folded}:{t.Stem}")));

        Assert.All(seen, s => Assert.Equal(expected, s));
    }
}
