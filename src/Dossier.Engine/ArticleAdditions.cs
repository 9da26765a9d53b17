using System.Text;
using Dossier.Entities;

namespace Dossier.Engine;

/// <summary>
/// What each article of a story adds to it: the people and organisations, quotes, dates and
/// roles its earlier articles (by publication date, then id) did not have. The first article
/// adds everything it has.
/// </summary>
public static class ArticleAdditions
{
    /// <returns>One entry per article of the story, in story order.</returns>
    public static IReadOnlyList<ArticleAddition> Of(Story story)
    {
        var documents = story.Documents;
        var position = documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var entities = story.Articles.Links.Entities
            .Where(e => e.Type is EntityType.Person or EntityType.Organization)
            .ToLookup(e => e.Documents.MinBy(id => position[id]));
        var dates = DatedMentions.Of(documents)
            .GroupBy(m => m.Value, StringComparer.Ordinal)
            .Select(g => g.MinBy(m => (position[m.DocumentId], m.Timex.Span.Start))!)
            .ToLookup(m => m.DocumentId);
        var quotes = SpeakerQuotes.Of(story.Articles).All.ToLookup(q => q.DocumentId);
        var quotesSeen = new HashSet<string>(StringComparer.Ordinal);
        var rolesSeen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var additions = new List<ArticleAddition>();
        foreach (var stored in documents)
        {
            var document = stored.Document;
            var added = quotes[stored.Id]
                .Where(q => quotesSeen.Add(Words(string.Concat(q.Quote.Content.Select(span => document[span])))))
                .ToList();
            additions.Add(new ArticleAddition(
                stored.Id,
                story.Id,
                position[stored.Id] + 1,
                [.. entities[stored.Id]],
                added,
                [.. dates[stored.Id]],
                NewRoles(document, rolesSeen)));
        }
        return additions;
    }

    /// <summary>
    /// The titles the document gives people that <paramref name="seen"/> lacks for them, which it then
    /// holds. A title counts once whatever affiliation comes with it: "President, South Korean" after
    /// "President" adds nothing.
    /// </summary>
    private static List<RoleAddition> NewRoles(Document document, Dictionary<string, HashSet<string>> seen)
    {
        var added = new List<RoleAddition>();
        foreach (var actor in document.Actors.Where(a => a.Kind == ActorKind.Person))
        {
            var key = Words(actor.Name);
            if (!seen.TryGetValue(key, out var titles))
            {
                seen[key] = titles = new HashSet<string>(StringComparer.Ordinal);
            }
            foreach (var role in actor.Roles.Where(r => titles.Add(r.Tense + " " + Words(r.Title))))
            {
                added.Add(new RoleAddition(actor.Name, role));
            }
        }
        return added;
    }

    /// <summary>Letters and digits in lower case, one space between words: "Yoon Suk-yeol" and "yoon suk yeol" meet, and so do quotes that differ in punctuation.</summary>
    private static string Words(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }
        return key.ToString().TrimEnd();
    }
}
