using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dossier.Benchmarks;

/// <summary>Throughput over the whole BBC corpus: its word count divided by the mean time of one operation of a <see cref="WholeCorpusAttribute"/> method.</summary>
public sealed class WordsPerSecondColumn : IColumn
{
    public string Id => nameof(WordsPerSecondColumn);

    public string ColumnName => "Words/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "BBC corpus words processed per second (mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!benchmarkCase.Descriptor.WorkloadMethod.IsDefined(typeof(WholeCorpusAttribute), inherit: false))
        {
            return "-";
        }
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "n/a";
        }
        var seconds = statistics.Mean / 1e9;
        return (BenchCorpus.WordCount / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
