namespace Dossier.Entities.Internal;

/// <summary>
/// The BILOU tags the model predicts: O, then Begin, Inside, Last and Unit for each of the four
/// types. BILOU lets the model learn how names end, which IOB hides (Ratinov and Roth 2009).
/// </summary>
internal static class TagSet
{
    public const int Count = 17;
    public const int Outside = 0;
    public const int TypeCount = 4;

    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    private static readonly string[] ConllTypes = ["PER", "ORG", "LOC", "MISC"];

    public static int Tag(int type, int position) => 1 + (type * 4) + position;

    public static int TypeOf(int tag) => (tag - 1) / 4;

    public static int PositionOf(int tag) => (tag - 1) % 4;

    public static EntityType EntityTypeOf(int tag) => (EntityType)TypeOf(tag);

    public static string ConllType(int type) => ConllTypes[type];

    /// <summary>Index of <c>PER</c>, <c>ORG</c>, <c>LOC</c> or <c>MISC</c>; -1 for any other type name.</summary>
    public static int TypeOf(string conllType) => Array.IndexOf(ConllTypes, conllType);

    public static bool CanStart(int tag) => tag == Outside || PositionOf(tag) is Begin or Unit;

    public static bool CanEnd(int tag) => tag == Outside || PositionOf(tag) is Last or Unit;

    public static bool CanFollow(int previous, int next)
    {
        if (previous == Outside || PositionOf(previous) is Last or Unit)
        {
            return CanStart(next);
        }
        return next != Outside && TypeOf(next) == TypeOf(previous) && PositionOf(next) is Inside or Last;
    }

    /// <summary>BILOU tags for IOB1 or IOB2 tags; entities of a type outside the four become O.</summary>
    public static int[] FromIob(IReadOnlyList<string> tags)
    {
        var result = new int[tags.Count];
        foreach (var chunk in EntityScorer.Chunks(tags))
        {
            var type = TypeOf(chunk.Type);
            if (type < 0)
            {
                continue;
            }
            if (chunk.End - chunk.Start == 1)
            {
                result[chunk.Start] = Tag(type, Unit);
                continue;
            }
            result[chunk.Start] = Tag(type, Begin);
            for (var i = chunk.Start + 1; i < chunk.End - 1; i++)
            {
                result[i] = Tag(type, Inside);
            }
            result[chunk.End - 1] = Tag(type, Last);
        }
        return result;
    }

    /// <summary>IOB2 tags over PER, ORG, LOC and MISC, as conlleval reads them.</summary>
    public static string[] ToIob2(ReadOnlySpan<int> tags)
    {
        var result = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            result[i] = tag == Outside
                ? "O"
                : (PositionOf(tag) is Begin or Unit ? "B-" : "I-") + ConllType(TypeOf(tag));
        }
        return result;
    }
}
