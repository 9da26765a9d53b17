namespace Dossier.Entities.Internal;

/// <summary>
/// One name, one type within an article. News introduces a person in full ("Fumio Kishida") and
/// then by one name ("a letter from Kishida"); a sentence on its own can mislead the tagger on
/// the short form. Two rules, in order: a one-token mention that repeats a word of a longer
/// person mention in the same document is that person; otherwise a mention the model was unsure
/// of takes the type its text has most often (by summed confidence) in the document.
/// </summary>
internal static class DocumentConsistency
{
    /// <summary>Below this confidence a mention yields to the document's majority type for its text.</summary>
    private const double Unsure = 0.9;

    public static void Apply(string text, List<(EntityMention Mention, int Tokens)> mentions)
    {
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var votes = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (mention, tokens) in mentions)
        {
            var covered = mention.Span.Of(text);
            if (mention.Type == EntityType.Person && tokens > 1)
            {
                foreach (var word in covered.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.Length > 1 && char.IsUpper(word[0]))
                    {
                        personWords.Add(word);
                    }
                }
            }
            if (!votes.TryGetValue(covered, out var vote))
            {
                vote = new double[TagSet.TypeCount];
                votes[covered] = vote;
            }
            vote[(int)mention.Type] += mention.Confidence;
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            var (mention, tokens) = mentions[i];
            var covered = mention.Span.Of(text);
            var type = mention.Type;
            if (tokens == 1 && type != EntityType.Person && personWords.Contains(covered))
            {
                type = EntityType.Person;
            }
            else if (mention.Confidence < Unsure)
            {
                var vote = votes[covered];
                var best = Array.IndexOf(vote, vote.Max());
                type = (EntityType)best;
            }
            if (type != mention.Type)
            {
                mentions[i] = (mention with { Type = type }, tokens);
            }
        }
    }
}
