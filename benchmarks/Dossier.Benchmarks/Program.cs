using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Dossier.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Dossier.Benchmarks -- --filter '*Tokenizer*' [--job short]
var config = DefaultConfig.Instance.AddColumn(new WordsPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(BenchCorpus).Assembly).Run(args, config);
