using System.Text.Json;

namespace Dossier.Json.Tests;

/// <summary>
/// Enums are written as their names in snake_case, as the first JSON output wrote them through
/// JsonStringEnumConverter; a member added later must be spelled the same way.
/// </summary>
public sealed class JsonNamesTests
{
    [Fact]
    public void Every_enum_member_is_written_as_its_snake_case_name()
    {
        AssertNames<TokenKind>(JsonNames.Name);
        AssertNames<QuoteKind>(JsonNames.Name);
        AssertNames<ActorKind>(JsonNames.Name);
        AssertNames<RoleTense>(JsonNames.Name);
        AssertNames<EntityType>(JsonNames.Name);
    }

    private static void AssertNames<T>(Func<T, string> name)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()), name(value));
        }
    }
}
