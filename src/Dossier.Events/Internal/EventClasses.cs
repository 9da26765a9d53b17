using System.Collections.Frozen;

namespace Dossier.Events.Internal;

/// <summary>
/// The class of an event, read from its trigger word. A short hand-made list of word forms per
/// class; anything else is <see cref="EventClass.Other"/>. Two kinds of word need their context:
/// "launch" and "test" are military only near a weapon ("missile launches", "nuclear test"; not
/// "launched a product"), and "rule"/"ruling" is a legal ruling only in a sentence naming a court
/// or judge (not "ruled over the peninsula", "the ruling party").
/// </summary>
internal static class EventClasses
{
    /// <summary>Words searched for around "launch" and "test", this many tokens either side.</summary>
    private const int WeaponWindow = 3;

    private static readonly FrozenDictionary<string, EventClass> Words = Build(
        (EventClass.Meeting, "meet meets met meeting meetings summit summits talks talk talked visit visits visited visiting trip trips conference conferences gathering session sessions hosted hosts host negotiations negotiated negotiate"),
        (EventClass.Statement, "say says said saying tell tells told announce announces announced announcement statement statements report reports reported deny denies denied denial claim claims claimed pledge pledges pledged urge urges urged warn warns warned warning declare declares declared declaration insist insists insisted stress stressed add added argue argues argued accuse accused apologize apologized apology speech speeches criticized lambasted condemned called"),
        (EventClass.MilitaryAction, "fire fires fired firing attack attacks attacked strike strikes struck bomb bombs bombed bombing bombings shelling shelled invade invaded invasion shoot shot shooting killed kill killing war wars fighting fought raid raids occupation occupied provocation provocations"),
        (EventClass.LegalRuling, "verdict verdicts sentenced sentence convicted conviction acquitted acquittal indicted indictment sued lawsuit trial"),
        (EventClass.Agreement, "treaty treaties agreement agreements agree agreed deal deals accord accords pact pacts sign signs signed signing settle settled settlement normalized compromise"),
        (EventClass.Election, "election elections elect elected vote votes voted voting referendum ballot primaries primary"));

    private static readonly FrozenSet<string> Launches = FrozenSet.ToFrozenSet(["launch", "launches", "launched", "launching", "test", "tests", "tested", "testing", "test-fired", "test-fire"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Weapons = FrozenSet.ToFrozenSet(
        ["missile", "missiles", "rocket", "rockets", "nuclear", "ballistic", "icbm", "weapon", "weapons", "warhead", "satellite", "drone", "drones", "artillery", "torpedo"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Rulings = FrozenSet.ToFrozenSet(["rule", "rules", "ruled", "ruling", "rulings", "decision", "decisions", "order", "ordered"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Courts = FrozenSet.ToFrozenSet(["court", "courts", "judge", "judges", "justice", "justices", "tribunal"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the word names a meeting, military action, ruling, agreement or election in this
    /// sentence: such a word is an event even where the trigger model, trained on TimeBank's
    /// general news, scores it below its threshold ("the 1965 bilateral treaty").
    /// </summary>
    public static bool IsNewsworthy(ArticleWords words, int token, int first, int end) =>
        Of(words, token, first, end) is not (EventClass.Other or EventClass.Statement);

    public static EventClass Of(ArticleWords words, int token, int first, int end)
    {
        var word = words.Lower[token];
        if (Launches.Contains(word))
        {
            return Near(words, token, first, end, WeaponWindow, Weapons) ? EventClass.MilitaryAction : EventClass.Other;
        }
        if (Rulings.Contains(word))
        {
            return Near(words, token, first, end, end - first, Courts) ? EventClass.LegalRuling : EventClass.Other;
        }
        return Words.GetValueOrDefault(word, EventClass.Other);
    }

    private static bool Near(ArticleWords words, int token, int first, int end, int window, FrozenSet<string> set)
    {
        for (var k = Math.Max(first, token - window); k < Math.Min(end, token + window + 1); k++)
        {
            if (set.Contains(words.Lower[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenDictionary<string, EventClass> Build(params (EventClass Class, string Words)[] lists)
    {
        var words = new Dictionary<string, EventClass>(StringComparer.Ordinal);
        foreach (var (type, list) in lists)
        {
            foreach (var word in list.Split(' '))
            {
                words[word] = type;
            }
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
