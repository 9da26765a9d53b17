namespace Dossier.Quotes.Internal;

/// <summary>An actor while the article is being read; <see cref="Evident"/> says whether it is shown at all.</summary>
internal sealed class ActorDraft(string name, ActorKind? kind, string[] nameWords)
{
    public string Name { get; set; } = name;

    public ActorKind? Kind { get; set; } = kind;

    /// <summary>Lower-case words of the name, for surname and title matching.</summary>
    public string[] NameWords { get; set; } = nameWords;

    /// <summary>In the order first met; <see cref="Mentions"/>[0] is the first mention read.</summary>
    public List<TextSpan> Mentions { get; } = [];

    private readonly HashSet<TextSpan> mentioned = [];

    public List<ActorRole> Roles { get; } = [];

    /// <summary>The text gives a reason to list it: a title, a role, a quote, or a known kind.</summary>
    public bool Evident { get; set; }

    public int LastMention { get; set; } = -1;

    public void AddMention(TextSpan span)
    {
        if (mentioned.Add(span))
        {
            Mentions.Add(span);
        }
        LastMention = Math.Max(LastMention, span.Start);
    }

    public void AddRole(ActorRole role)
    {
        ActorRoles.Merge(Roles, role);
        Evident = true;
    }
}
