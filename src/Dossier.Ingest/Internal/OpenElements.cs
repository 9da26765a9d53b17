using static Dossier.Ingest.Internal.HtmlTagNames;

namespace Dossier.Ingest.Internal;

/// <summary>What a start tag did to the count of open elements.</summary>
internal enum Opened { Nothing, Element, RawText }

/// <summary>
/// The stack of open elements as <see cref="HtmlDepth"/> counts it: names, whether each is surely HTML,
/// surely SVG/MathML or either, and for each entry the nearest special and scope element at or below it,
/// so that an end tag is decided without walking the stack.
/// </summary>
internal sealed class OpenElements
{
    private enum Space { Html, Foreign, Either }

    private readonly record struct Entry(string Name, Space Space, int Special, int Scope, int Foreign, int Previous);

    private readonly List<Entry> _stack = [];
    private readonly Dictionary<string, int> _innermost = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);
    private int _reopened;

    /// <summary>Open elements, counting formatting elements the parser will reopen.</summary>
    public int Depth => _stack.Count + _reopened;

    /// <summary>The tag name in lower case, one string per distinct name.</summary>
    public string Name(ReadOnlySpan<char> tag)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(tag, out var name))
        {
            name = tag.ToString().ToLowerInvariant();
            lookup[tag] = name;
        }
        return name;
    }

    public Opened Open(string name, bool selfClosed)
    {
        var context = _stack.Count == 0 ? Space.Html : ContentOf(_stack[^1]);
        var space = context switch
        {
            Space.Html => IsForeignRoot(name) ? Space.Foreign : Space.Html,
            Space.Foreign => Breakout.Contains(name) ? Space.Html : Space.Foreign,
            _ => Breakout.Contains(name) ? Space.Html : IsForeignRoot(name) ? Space.Foreign : Space.Either,
        };
        if (context == Space.Foreign && space == Space.Html)
        {
            // Leaving SVG or MathML closes its elements.
            while (_stack.Count > 0 && _stack[^1].Space == Space.Foreign)
            {
                Pop();
            }
        }
        if (space == Space.Foreign && selfClosed
            || space == Space.Html && (VoidElements.Contains(name) || ClosedByNext.Contains(name)))
        {
            return Opened.Nothing;
        }
        if (space == Space.Html && RawText.Contains(name))
        {
            return Opened.RawText;
        }
        var below = _stack.Count - 1;
        var top = _stack.Count == 0 ? new Entry("", Space.Html, -1, -1, -1, -1) : _stack[^1];
        _stack.Add(new Entry(
            name,
            space,
            Special.Contains(name) || ScopeMarkers.Contains(name) ? below + 1 : top.Special,
            ScopeMarkers.Contains(name) ? below + 1 : top.Scope,
            space == Space.Foreign ? top.Foreign : below + 1,
            _innermost.GetValueOrDefault(name, -1)));
        _innermost[name] = below + 1;
        return Opened.Element;
    }

    public void Close(string name)
    {
        var target = Headings.Contains(name) ? Headings.Max(h => _innermost.GetValueOrDefault(h, -1)) : _innermost.GetValueOrDefault(name, -1);
        if (target < 0)
        {
            // The end tag of a formatting element the parser closed but keeps to reopen: it forgets it.
            _reopened -= Formatting.Contains(name) && _reopened > 0 ? 1 : 0;
            return;
        }
        var top = _stack[^1];
        // In SVG or MathML an end tag closes its element through any foreign elements above it.
        var foreignMatch = top.Space == Space.Foreign && top.Foreign < target;
        var blocked = name == "form" ? target != _stack.Count - 1
            : Special.Contains(name) && !Formatting.Contains(name) ? top.Scope > target
            : top.Special > target;
        if (!foreignMatch && blocked)
        {
            return;
        }
        while (_stack.Count > target + 1)
        {
            _reopened += Pop() is { Space: Space.Html } above && Formatting.Contains(above.Name) ? 1 : 0;
        }
        Pop();
    }

    private static Space ContentOf(Entry entry) =>
        entry.Space == Space.Foreign && IntegrationPoints.Contains(entry.Name) ? Space.Either : entry.Space;

    private Entry Pop()
    {
        var entry = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (entry.Previous < 0)
        {
            _innermost.Remove(entry.Name);
        }
        else
        {
            _innermost[entry.Name] = entry.Previous;
        }
        return entry;
    }
}
