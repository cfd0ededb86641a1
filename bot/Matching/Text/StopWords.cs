namespace ConnectorBot.Matching.Text;

/// <summary>
/// Function words plus the cue words of asking and offering ("someone who can", "I know", "happy to"): they say
/// which way help flows, never what it is about, so they must not create matches.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Folded = new(StringComparer.Ordinal)
    {
        // Function words.
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these", "those", "there", "here",
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about", "into", "onto", "over", "under", "out", "up", "down",
        "off", "through", "across", "around", "before", "after", "while", "during", "between", "per", "via", "as", "like", "until",
        "i", "im", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
        "it", "its", "they", "them", "their", "theirs", "one", "ones", "who", "whom", "whose", "which", "what", "whatever", "whoever",
        "when", "where", "why", "how", "whether", "wether", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
        "doing", "done", "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "not", "no", "don", "dont", "didn", "isn", "aren", "wasn", "won", "ll", "ve", "re", "s", "t", "d", "m", "all", "any", "each", "every",
        "some", "many", "much", "more", "most", "less", "least", "few", "lot", "lots", "own", "other", "others", "another", "same", "such",
        "just", "only", "also", "too", "very", "really", "actually", "still", "already", "even", "ever", "never", "always", "often",
        "again", "once", "twice", "now", "soon", "next", "last", "first", "ago", "yes", "ok", "okay", "etc", "eg", "ie", "via", "both",
        "either", "neither", "instead", "rather", "quite", "bit", "thing", "things", "stuff", "way", "ways", "kind", "sort", "basically",
        "honestly", "genuinely", "properly", "exactly", "right", "well", "back", "away", "together", "anything", "everything",
        "something", "nothing", "anyone", "everyone", "someone", "somebody", "anybody", "everybody", "nobody", "person", "people",
        "folk", "folks", "guy", "guys", "colleague", "colleagues", "year", "years", "month", "months", "week", "weeks", "day", "days",
        "time", "times", "ll", "lol", "pls", "please", "thanks", "whatever", "maybe", "perhaps", "new", "good", "great", "best", "better",
        "big", "small", "real", "sure", "able", "keen", "happy", "glad", "willing", "love", "enjoy", "fun", "mean",
        // Spelled-out numbers, ordinals and vague quantities: like digits, they say how much, never what about.
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", "half", "second", "third", "fourth",
        "fifth", "couple", "several", "various", "certain", "whole", "entire", "single", "double",
        // Vague modifiers that colour an ask without naming its subject.
        "proper", "decent", "actual", "genuine", "literally", "rough", "roughly", "quick", "quickly", "direct", "directly", "simple",
        "easy", "hard", "huge", "tiny", "little", "bunch", "loads", "sane", "serious", "seriously", "definitely", "probably",
        // Function words of the other languages colleagues write in (Spanish, Portuguese, French, Italian, German, Dutch, Polish),
        // folded; words that are also English content words ("die", "war", "art", "son") are left out.
        "el", "la", "los", "las", "lo", "un", "una", "unos", "y", "o", "de", "del", "al", "en", "con", "sin",
        "por", "para", "que", "es", "soy", "yo", "mi", "mis", "tu", "su", "sus", "nos", "se", "le", "les", "muy", "mas", "pero", "como",
        "este", "esta", "eso", "todo", "ya", "si", "hay", "tengo", "puedo", "hablo", "conozco", "bien", "ha", "hemos", "os", "um", "uma",
        "e", "da", "das", "dos", "na", "nas", "com", "sem", "pelo", "pela", "meu", "minha", "eu", "voce", "ele", "ela", "sou", "tenho",
        "posso", "falo", "ao", "aos", "em", "des", "du", "et", "ou", "au", "aux", "avec", "sans", "pour", "par", "sur", "dans", "je", "j",
        "moi", "nous", "vous", "il", "elle", "ils", "est", "suis", "sont", "ai", "avons", "peux", "parle", "connais", "tres", "qui", "qu",
        "gli", "di", "della", "delle", "dei", "degli", "nel", "nella", "sono", "io", "ho", "parlo", "anche", "der", "und", "oder", "ein",
        "eine", "einen", "einem", "ist", "bin", "ich", "wir", "sie", "mit", "fur", "von", "zu", "auf", "bei", "habe", "haben", "kann",
        "spreche", "schon", "auch", "nicht", "het", "een", "ik", "ben", "van", "voor", "met", "jest", "nie", "ze", "po", "dla", "oraz",
        "mam", "moge", "mowie", "jestem",
        // Cues of asking and offering: the direction of help, not its subject.
        "want", "wants", "wanted", "need", "needs", "needed", "looking", "look", "seek", "seeking", "hope", "hoping", "wish", "like",
        "find", "get", "got", "getting", "make", "makes", "making", "made", "help", "helps", "helped", "helping", "know", "knows",
        "knew", "known", "tell", "told", "show", "teach", "explain", "share", "give", "offer", "ask", "talk", "chat", "coffee", "grab",
        "let", "try", "trying", "go", "going", "went", "come", "take", "took", "put", "keep", "kept", "say", "says", "said", "think",
        "use", "used", "using", "work", "works", "worked", "working", "job", "role", "team", "teams", "company", "here", "someone's",
        "anyone's", "experience",
        // Inflections of the cue verbs above, which say as little as their base forms.
        "gets", "goes", "takes", "taking", "gives", "giving", "asks", "asking", "wanting", "tries", "tried", "finds", "finding", "found",
        "keeps", "keeping", "puts", "putting", "comes", "coming", "saying", "thinks", "thinking", "uses", "starts", "starting",
        // Everyday verbs that describe almost any work; shared alone they are coincidence, not a match.
        "read", "reads", "run", "runs", "ran", "running", "lead", "leads", "led", "build", "built", "move", "moved", "moving", "start",
        "started", "drop", "plan", "decide", "decides", "sort", "fix", "fixed", "handle", "handled", "deal", "deals", "change", "changed",
        "lose", "losing", "lost", "stop", "catch", "spot", "spotting", "pull", "lend", "bring", "brought", "set", "create", "created",
        "improve", "improved", "understand", "learn", "support", "manage", "managed", "own", "owns", "lined", "lot", "whole", "far", "experienced", "background", "done", "been", "gone", "able", "ready", "happen", "happens",
    };

    public static bool Contains(string folded) => Folded.Contains(folded);
}
