namespace ConnectorBot.Interview;

/// <summary>Short hellos, so a member coming back after a while is greeted rather than having "hi" stored as an answer.</summary>
public static class Greeting
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "howdy", "yo", "morning", "good morning", "good afternoon", "good evening",
        "hi there", "hello there", "hey there", "hi again", "hello again", "hey again", "im back", "i m back",
        "hallo", "hola", "bonjour", "salut", "ciao", "hej", "ola", "guten tag", "buenos dias",
    };

    public static bool Is(string text) => Phrases.Contains(CommandText.Normalize(text));
}
