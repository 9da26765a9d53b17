using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>A progress bar for a long batch on an interactive terminal; a short batch or redirected output runs without one.</summary>
internal static class ProgressBar
{
    /// <summary>More items than this get a progress bar.</summary>
    private const int Threshold = 5;

    /// <param name="describe">The bar's label after so many items are done.</param>
    /// <param name="work">Given how to report the items done, or null when no bar is shown.</param>
    public static async Task<T> RunAsync<T>(CliContext context, int total, Func<int, string> describe, Func<Action<int>?, Task<T>> work)
    {
        if (total <= Threshold || !context.Console.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }
        var columns = new ProgressColumn[]
        {
            new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn(),
        };
        return await context.Console.Progress().Columns(columns).StartAsync(async progress =>
        {
            var task = progress.AddTask(describe(0), maxValue: total);
            return await work(done =>
            {
                task.Value = done;
                task.Description = describe(done);
            });
        });
    }
}
