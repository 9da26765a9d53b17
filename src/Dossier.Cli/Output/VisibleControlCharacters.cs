using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Cli.Output;

/// <summary>
/// A render hook on the console: whatever is written (text, tables, markup with article text
/// interpolated) reaches the terminal with its control characters shown as symbols
/// (<see cref="ControlCharacters"/>). Spectre's own control codes (colours, cursor) pass unchanged.
/// </summary>
internal sealed class VisibleControlCharacters : IRenderHook
{
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Shown(r));

    private sealed class Shown(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            foreach (var segment in inner.Render(options, maxWidth))
            {
                if (segment.IsControlCode || segment.IsLineBreak)
                {
                    yield return segment;
                    continue;
                }
                var text = ControlCharacters.Visible(segment.Text);
                yield return ReferenceEquals(text, segment.Text) ? segment : new Segment(text, segment.Style);
            }
        }
    }
}
