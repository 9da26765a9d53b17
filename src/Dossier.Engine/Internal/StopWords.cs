namespace Dossier.Engine.Internal;

/// <summary>
/// Words that say nothing about what an article is about: function words, and the reporting
/// verbs and time words every news story uses. Lower case; compared after <see cref="ContentWords.Key"/>.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also", "although", "always",
        "among", "an", "and", "another", "any", "are", "around", "as", "at", "back", "be", "became", "because", "become", "been",
        "before", "being", "below", "between", "both", "but", "by", "came", "can", "cannot", "come", "could", "day", "did", "does",
        "doing", "done", "down", "during", "each", "early", "either", "else", "even", "ever", "every", "few", "for", "former",
        "from", "further", "get", "give", "given", "go", "going", "got", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "including", "into", "is", "it", "its", "itself",
        "just", "last", "late", "later", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most", "much",
        "must", "my", "near", "need", "never", "new", "next", "no", "nor", "not", "now", "of", "off", "often", "on", "once",
        "one", "only", "or", "other", "others", "our", "out", "over", "own", "part", "per", "put", "rather", "recent", "recently",
        "said", "same", "say", "saying", "says", "see", "seen", "several", "she", "should", "since", "so", "some", "still", "such",
        "take", "taken", "than", "that", "the", "their", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "though", "three", "through", "time", "to", "today", "told", "too", "took", "two", "under", "until", "up", "upon", "us",
        "very", "want", "was", "way", "we", "week", "well", "went", "were", "what", "when", "where", "whether", "which", "while",
        "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "year", "yesterday", "yet", "you", "your",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "month", "months", "weeks", "years", "days",
        "mr", "mrs", "ms", "dr", "according", "added", "asked", "can't", "don't", "won't", "didn't", "isn't", "wasn't", "it's",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
