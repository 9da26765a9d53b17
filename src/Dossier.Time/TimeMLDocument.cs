using System.Collections.Immutable;

namespace Dossier.Time;

/// <summary>One TimeML file: the text of its <c>TEXT</c> element with the gold TIMEX3 annotations in it.</summary>
/// <param name="DocId">The <c>DOCID</c> element, or the file name when there is none.</param>
/// <param name="DocumentDate">The day of the <c>DCT</c> TIMEX3's value; null when the file has no usable DCT.</param>
/// <param name="Text">The <c>TEXT</c> element's character data, tags removed and entities decoded as an XML parser returns it.</param>
/// <param name="Timexes">The gold TIMEX3 elements inside <c>TEXT</c>, with spans into <paramref name="Text"/>.</param>
public sealed record TimeMLDocument(string DocId, DateOnly? DocumentDate, string Text, ImmutableArray<TimeExpression> Timexes)
{
    /// <summary>The <c>tid</c> of each of <see cref="Timexes"/>, in the same order.</summary>
    public ImmutableArray<string> TimexIds { get; init; } = [];

    /// <summary>The gold EVENT elements inside <c>TEXT</c>, in text order.</summary>
    public ImmutableArray<TimeMLEvent> Events { get; init; } = [];

    /// <summary>The TLINKs between an event and a time expression (the DCT's included).</summary>
    public ImmutableArray<TimeMLLink> Links { get; init; } = [];
}
