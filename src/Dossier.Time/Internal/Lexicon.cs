using System.Collections.Frozen;

namespace Dossier.Time.Internal;

/// <summary>English time words, looked up case-insensitively straight from the text's characters.</summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, LexEntry> Entries = Build();

    public static readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, LexEntry> Build()
    {
        var words = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var m = 0; m < 12; m++)
        {
            words[months[m]] = new(Lex.Month, m + 1);
        }
        foreach (var (abbreviation, month) in new[] { ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12) })
        {
            words[abbreviation] = new(Lex.Month, month, Abbreviation: true);
        }

        string[] weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (var d = 0; d < 7; d++)
        {
            words[weekdays[d]] = new(Lex.Weekday, d + 1);
            words[weekdays[d] + "s"] = new(Lex.Weekday, d + 1, Plural: true);
        }
        foreach (var (abbreviation, day) in new[] { ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7) })
        {
            words[abbreviation] = new(Lex.Weekday, day, Abbreviation: true);
        }

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var n = 0; n < ones.Length; n++)
        {
            words[ones[n]] = new(Lex.Cardinal, n);
        }
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var t = 0; t < tens.Length; t++)
        {
            words[tens[t]] = new(Lex.Cardinal, 20 + 10 * t);
        }
        words["hundred"] = new(Lex.Cardinal, 100);
        words["thousand"] = new(Lex.Cardinal, 1000);
        words["dozen"] = new(Lex.Cardinal, 12);

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (var n = 0; n < ordinals.Length; n++)
        {
            words[ordinals[n]] = new(Lex.Ordinal, n + 1);
        }
        words["thirtieth"] = new(Lex.Ordinal, 30);

        foreach (var (singular, plural, unit) in new[]
        {
            ("second", "seconds", TimeUnit.Second), ("minute", "minutes", TimeUnit.Minute), ("hour", "hours", TimeUnit.Hour),
            ("day", "days", TimeUnit.Day), ("week", "weeks", TimeUnit.Week), ("weekend", "weekends", TimeUnit.Weekend),
            ("fortnight", "fortnights", TimeUnit.Fortnight), ("month", "months", TimeUnit.Month), ("quarter", "quarters", TimeUnit.Quarter),
            ("year", "years", TimeUnit.Year), ("decade", "decades", TimeUnit.Decade), ("century", "centuries", TimeUnit.Century),
            ("yr", "yrs", TimeUnit.Year), ("hr", "hrs", TimeUnit.Hour), ("min", "mins", TimeUnit.Minute),
        })
        {
            // "second" is the ordinal; the grammar reads it as a unit after a number.
            if (singular != "second")
            {
                words[singular] = new(Lex.Unit, (int)unit);
            }
            words[plural] = new(Lex.Unit, (int)unit, Plural: true);
        }

        words["spring"] = new(Lex.Season, 1);
        words["summer"] = new(Lex.Season, 2);
        words["fall"] = new(Lex.Season, 3);
        words["autumn"] = new(Lex.Season, 3);
        words["winter"] = new(Lex.Season, 4);

        words["morning"] = new(Lex.PartOfDay, 1);
        words["afternoon"] = new(Lex.PartOfDay, 2);
        words["evening"] = new(Lex.PartOfDay, 3);
        words["night"] = new(Lex.PartOfDay, 4);
        words["overnight"] = new(Lex.PartOfDay, 4);

        foreach (var cue in new[]
        {
            "the", "a", "an", "last", "next", "this", "that", "past", "coming", "previous", "following", "current", "same", "these",
            "early", "late", "mid", "middle", "beginning", "start", "end", "earlier", "later", "every", "each", "other",
            "about", "around", "nearly", "almost", "approximately", "roughly", "more", "less", "fewer", "at", "up", "over", "no", "some",
            "today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "lately", "previously", "formerly", "presently",
            "nowadays", "soon", "right", "several", "few", "couple", "many", "fiscal", "noon", "midnight", "midday", "daily", "weekly",
            "monthly", "yearly", "annually", "quarterly", "hourly", "nightly", "biweekly", "christmas", "new", "thanksgiving", "easter",
            "halloween", "valentine", "independence", "veterans", "boxing", "labor", "labour", "memorial", "election", "q1", "q2", "q3", "q4",
            "h1", "h2", "recent", "future", "half", "year-end", "yearend", "once", "twice", "within",
        })
        {
            words.TryAdd(cue, new(Lex.Cue, 0));
        }
        words["a.m"] = new(Lex.Cue, 0, Abbreviation: true);
        words["p.m"] = new(Lex.Cue, 0, Abbreviation: true);
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
