using System.Collections.Immutable;
using Dossier.Events.Internal;

namespace Dossier.Events;

/// <summary>
/// A SemEval-2015 Task 4 (TimeLine) folder as the task ships it: the articles as TimeML (<c>*.tml</c>,
/// whose <c>DCT</c> gives the creation date, <c>EXTRAINFO</c> the title and <c>&lt;s id=N&gt;</c> the
/// numbered sentences; the CAT files number the same sentences but carry no date) and the gold
/// timelines (<c>*.txt</c> under a folder whose name starts with "TimeLines"). Track A reads only the
/// text: the EVENT and TIMEX3 tags are dropped. An article present in two TimeML folders (the full
/// corpus and the one annotated with the timelines' events only) is read once.
/// </summary>
public sealed record SemEvalCorpus(ImmutableArray<SemEvalArticle> Articles, ImmutableArray<RankedTimeline> Timelines)
{
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FormatException">A TimeML file is not XML, or a timeline file is not in the task's format.</exception>
    public static SemEvalCorpus Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"There is no folder {folder}.");
        }
        var articles = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => SemEvalTimeML.Read(path))
            .DistinctBy(article => article.DocId)
            .OrderBy(article => article.DocId, StringComparer.Ordinal);
        var timelines = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path))!.StartsWith("TimeLines", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => RankedTimeline.Parse(File.ReadAllText(path)));
        return new SemEvalCorpus([.. articles], [.. timelines]);
    }
}
