using Dossier.Entities;

namespace Dossier.Engine;

/// <summary>What one article brings to its story that the story's earlier articles did not.</summary>
/// <param name="Position">The article's place in the story, from 1: by publication date, then id, undated last.</param>
/// <param name="Entities">People and organisations the story names here for the first time, under their story-wide name.</param>
/// <param name="Quotes">Quotes whose words no earlier article of the story has.</param>
/// <param name="DatedMentions">The first mention of each date no earlier article mentions, in date order.</param>
/// <param name="Roles">Titles and roles of people that no earlier article gives them.</param>
public sealed record ArticleAddition(
    long DocumentId,
    long StoryId,
    int Position,
    IReadOnlyList<LinkedEntity> Entities,
    IReadOnlyList<CitedQuote> Quotes,
    IReadOnlyList<DatedMention> DatedMentions,
    IReadOnlyList<RoleAddition> Roles);
