namespace Dossier.Quotes.Tests;

/// <summary>
/// How a spec file writes one quote and one actor:
/// <c>DIRECT [s,e) "content" | cue "said" | source "he" | speaker Kan Kimura</c> (several content
/// spans are joined with <c>+</c>), and <c>Person Kan Kimura: professor of Korean studies @ Kobe University</c>.
/// </summary>
public static class QuoteLine
{
    public static string Format(Document document, Quote quote)
    {
        var spans = string.Join('+', quote.Content.Select(c => c.ToString()));
        var texts = string.Join(" + ", quote.Content.Select(c => Quoted(document[c])));
        var cue = quote.Cue is { } c ? Quoted(document[c]) : "-";
        var source = quote.Source is { } s ? Quoted(document[s]) : "-";
        var speaker = quote.Speaker is { } i ? document.Actors[i].Name : "-";
        return $"{quote.Kind.ToString().ToUpperInvariant()} {spans} {texts} | cue {cue} | source {source} | speaker {speaker}";
    }

    public static string Format(Actor actor)
    {
        var roles = actor.Roles.Select(r =>
            (r.Tense switch { RoleTense.Former => "former ", RoleTense.Then => "then-", _ => "" })
            + r.Title + (r.Affiliation is { } a ? " @ " + a : ""));
        return $"{actor.Kind} {actor.Name}: {string.Join("; ", roles)}".TrimEnd(' ', ':');
    }

    private static string Quoted(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
