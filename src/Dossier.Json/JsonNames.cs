namespace Dossier.Json;

/// <summary>
/// How enums are spelled in JSON: the member's name in snake_case, as the first JSON output wrote
/// them through JsonStringEnumConverter. The CLI's tables use the same words.
/// </summary>
public static class JsonNames
{
    public static string Name(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        _ => "symbol",
    };

    public static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    public static string Name(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.Government => "government",
        _ => "anonymous",
    };

    public static string Name(RoleTense tense) => tense switch
    {
        RoleTense.Current => "current",
        RoleTense.Former => "former",
        _ => "then",
    };

    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "misc",
    };

    public static string Name(EventClass type) => type switch
    {
        EventClass.Meeting => "meeting",
        EventClass.Statement => "statement",
        EventClass.MilitaryAction => "military_action",
        EventClass.LegalRuling => "legal_ruling",
        EventClass.Agreement => "agreement",
        EventClass.Election => "election",
        _ => "other",
    };

    public static string Name(ParticipantRole role) => role == ParticipantRole.Agent ? "agent" : "other";
}
