namespace Dossier.Entities.Internal;

/// <summary>
/// One name, one type within an article. News introduces a person in full ("Fumio Kishida") and
/// then by one name ("a letter from Kishida"); a sentence on its own can mislead the tagger on
/// the short form. The rules, in order: an acronym defined in brackets right after a name
/// ("Northern Limit Line (NLL)") takes the name's type; a one-token mention that repeats a word of
/// a longer person mention in the same document is that person; a mention the model was unsure
/// of takes the type its text has most often (by summed confidence) in the document; and a
/// capitalised word left untagged that repeats a word of a longer person mention becomes a
/// mention of that person ("where (Yoon) can show").
/// </summary>
internal static class DocumentConsistency
{
    /// <summary>Below this confidence a mention yields to the document's majority type for its text.</summary>
    private const double Unsure = 0.9;

    /// <summary>Confidence given to a mention this pass adds rather than the model.</summary>
    private const double Propagated = 0.6;

    public static void Apply(Document document, List<(EntityMention Mention, int Tokens)> mentions)
    {
        var text = document.Text;
        Acronyms(text, mentions);
        if (mentions.Count == 0)
        {
            return;
        }
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var votes = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var names = new string[mentions.Count];
        for (var m = 0; m < mentions.Count; m++)
        {
            var (mention, tokens) = mentions[m];
            var covered = names[m] = mention.Span.Of(text);
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
            var covered = names[i];
            var type = mention.Type;
            if (tokens == 1 && personWords.Contains(covered))
            {
                // Settled: the vote below must not turn a surname back into a place.
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
        AddPersonWords(document, personWords, mentions);
    }

    private static void Acronyms(string text, List<(EntityMention Mention, int Tokens)> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var (mention, tokens) = mentions[i];
            if (tokens < 2)
            {
                continue;
            }
            if (Acronym.DefinedAfter(text, mention.Span) is not { } span)
            {
                continue;
            }
            var existing = mentions.FindIndex(m => m.Mention.Span.Overlaps(span));
            var defined = (new EntityMention(span, mention.Type, mention.Confidence), 1);
            if (existing >= 0)
            {
                mentions[existing] = defined;
            }
            else
            {
                mentions.Insert(i + 1, defined);
            }
        }
    }

    private static void AddPersonWords(Document document, HashSet<string> personWords, List<(EntityMention Mention, int Tokens)> mentions)
    {
        if (personWords.Count == 0)
        {
            return;
        }
        var lookup = personWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = mentions.Select(m => m.Mention.Span).Order().ToArray();
        var next = 0;
        var added = false;
        foreach (var token in document.Tokens)
        {
            var word = token.Span.Slice(document.Text);
            var core = new TextSpan(token.Span.Start, token.Span.Start + Possessive.CoreLength(word));
            if (core.Length < 2 || !char.IsUpper(word[0]) || !lookup.Contains(core.Slice(document.Text)))
            {
                continue;
            }
            // Tokens and mentions both run in text order, so one cursor over the mentions suffices.
            while (next < covered.Length && covered[next].End <= core.Start)
            {
                next++;
            }
            if (next < covered.Length && covered[next].Overlaps(core))
            {
                continue;
            }
            mentions.Add((new EntityMention(core, EntityType.Person, Propagated), 1));
            added = true;
        }
        if (added)
        {
            mentions.Sort((a, b) => a.Mention.Span.CompareTo(b.Mention.Span));
        }
    }
}
