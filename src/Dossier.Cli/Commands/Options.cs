using System.CommandLine;
using System.Globalization;

namespace Dossier.Cli.Commands;

/// <summary>Options shared by several verbs, made fresh for each so every verb owns its own.</summary>
internal static class Options
{
    public static Option<string?> Database() => new("--db")
    {
        Description = "The SQLite database file (default: $DOSSIER_DB, else ./dossier.db).",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (field names are documented in the README)." };

    public static Option<string?> Date() => new("--date")
    {
        Description = "Publication date YYYY-MM-DD for articles that carry none.",
    };

    /// <summary><c>--jobs N</c>: how many articles are annotated at once, 1 or more.</summary>
    public static Option<int?> Jobs(string description)
    {
        var jobs = new Option<int?>("--jobs") { Description = description };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--jobs must be 1 or more.");
            }
        });
        return jobs;
    }

    public static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"--date '{value}' is not a date; write it as YYYY-MM-DD, e.g. --date 2023-02-28.");
    }
}
