using System.Collections.Immutable;

namespace Dossier.Quotes.Internal;

/// <summary>
/// A document seen token by token for the attribution rules: each token's lower-case text, the
/// quoted region it lies in, and sentence boundaries as token ranges. Built once per document.
/// </summary>
internal sealed class ArticleView
{
    private ulong[]? wordKeys;
    private ulong[]? shapes;
    private bool[]? timeStarts;

    public ArticleView(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Regions = QuotationScanner.Scan(Text, document.Paragraphs);
        Lower = new string[Tokens.Length];
        RegionOf = new int[Tokens.Length];
        var region = 0;
        for (var i = 0; i < Tokens.Length; i++)
        {
            var span = Tokens[i].Span;
            // The horizontal bar (U+2015) that signs vox-pop quotes reads as the em dash the rules know.
            Lower[i] = Text.Substring(span.Start, span.Length).ToLowerInvariant().Replace('\u2015', '\u2014');
            while (region < Regions.Length && Regions[region].End <= span.Start)
            {
                region++;
            }
            RegionOf[i] = region < Regions.Length && Regions[region].Contains(span.Start) ? region : -1;
        }
        var sentences = ImmutableArray.CreateBuilder<(int First, int End, int Paragraph)>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            var first = document.TokenIndexAt(sentence.Span.Start);
            var end = document.TokenIndexAt(sentence.Span.End);
            sentences.Add((first, end, sentence.Paragraph));
        }
        Sentences = sentences.ToImmutable();
    }

    public Document Document { get; }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<QuotedRegion> Regions { get; }

    public string[] Lower { get; }

    /// <summary>Index into <see cref="Regions"/> of the quote a token lies in, or -1.</summary>
    public int[] RegionOf { get; }

    /// <summary>Token ranges <c>[First, End)</c> of the sentences, with their paragraph index.</summary>
    public ImmutableArray<(int First, int End, int Paragraph)> Sentences { get; }

    public TextSpan Span(int token) => Tokens[token].Span;

    public TextSpan Span(int first, int end) => new(Tokens[first].Span.Start, Tokens[end - 1].Span.End);

    public bool IsPunctuation(int token) => Tokens[token].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    public bool IsWord(int token) => Tokens[token].IsWordLike;

    public bool IsCapitalised(int token) => Tokens[token].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[token].Span.Start]);

    public bool IsQuoteMark(int token) =>
        Lower[token] is "\"" or "“" or "”" or "„" or "«" or "»" or "''"
        || (Lower[token] == "'" && RegionOf[token] >= 0 && IsRegionEdge(token));

    /// <summary>The token is within two characters of its quote's start or end: one half of a <c>''</c> mark.</summary>
    private bool IsRegionEdge(int token)
    {
        var region = Regions[RegionOf[token]];
        var span = Tokens[token].Span;
        return span.Start - region.Start < 2 || region.End - span.End < 2;
    }

    public bool IsOpeningMark(int token) => IsQuoteMark(token) && RegionOf[token] >= 0 && Regions[RegionOf[token]].Start == Tokens[token].Span.Start;

    /// <summary>The mark that ends its quote; for <c>''</c> split into two tokens, the second one.</summary>
    public bool IsClosingMark(int token) => IsQuoteMark(token) && RegionOf[token] >= 0 && Regions[RegionOf[token]].End == Tokens[token].Span.End;

    public bool IsPossessive(int token) => Lower[token] is "'s" or "’s" or "'" or "’";

    /// <summary>"They’re claiming", "he’s claiming": a contracted auxiliary after a pronoun, not a possessive.</summary>
    public bool IsContraction(int token) =>
        token > 0 && Lower[token] is "'s" or "’s" or "'re" or "’re" or "'ve" or "’ve" or "'d" or "’d" or "'m" or "’m" or "'ll" or "’ll"
        && (Lexicon.PersonPronouns.Contains(Lower[token - 1]) || Lower[token - 1] is "it" or "who" or "that");

    /// <summary>
    /// A cue verb outside quotes, lower case (so not <c>United States</c>), and not used as a noun:
    /// not after a determiner (<c>the report</c>) nor before an auxiliary or another cue (<c>reports had said</c>).
    /// </summary>
    public bool IsCue(int token)
    {
        if (RegionOf[token] >= 0 || !IsWord(token))
        {
            return false;
        }
        if (IsAccordingTo(token))
        {
            return true;
        }
        if (!Lexicon.CueVerbs.Contains(Lower[token]) || (IsCapitalised(token) && !IsHeadlineCue(token)))
        {
            return false;
        }
        if (token > 0 && Lexicon.Determiners.Contains(Lower[token - 1]))
        {
            return false;
        }
        var next = token + 1 < Lower.Length ? Lower[token + 1] : "";
        // "reports had said", "charging ahead": a noun or a phrasal verb, not a cue.
        return !(next is "had" or "has" or "have" or "were" or "was" or "is" or "are" or "will" or "would" or "ahead" || Lexicon.CueVerbs.Contains(next));
    }

    /// <summary>A capitalised cue in a title-case headline: "Bernie Sanders Says He’s …".</summary>
    private bool IsHeadlineCue(int token) =>
        token > 0 && IsCapitalised(token - 1) && (Lower[token].EndsWith('s') || Lower[token].EndsWith("ed", StringComparison.Ordinal))
        && token + 1 < Lower.Length && IsCapitalised(token + 1);

    /// <summary>The words the cue model scores: words outside quotation marks.</summary>
    public bool IsCueCandidate(int token) => IsWord(token) && RegionOf[token] < 0;

    /// <summary>Words that open a cue without heading it: auxiliaries, adverbs, articles.</summary>
    public bool IsHeadFiller(int token) => Lexicon.Auxiliaries.Contains(Lower[token]) || Lexicon.Determiners.Contains(Lower[token]);

    /// <summary>
    /// The index of the first region ending at or after <paramref name="offset"/>. Regions are in text
    /// order and never overlap, so those touching a span follow it: a lookup reads those, not every region.
    /// </summary>
    public int FirstRegionEndingFrom(int offset) => SortedSearch.PartitionPoint(Regions.AsSpan(), region => region.End < offset);

    /// <summary>How many word tokens the quote holds.</summary>
    public int WordsIn(QuotedRegion region)
    {
        var words = 0;
        for (var k = Document.TokenIndexAt(region.Start); k < Tokens.Length && Span(k).Start < region.End; k++)
        {
            words += IsWord(k) ? 1 : 0;
        }
        return words;
    }

    /// <summary>Each token's lower-case form hashed, as the trained models read it; made on first use.</summary>
    public ulong[] WordKeys => wordKeys ??= Array.ConvertAll(Lower, word => FeatureHash.Of(word));

    /// <summary>
    /// Whether a time expression of the document starts at each token ("on Thursday", "last week"); all
    /// false when no temporal tagger ran before the quote stage. Made on first use.
    /// </summary>
    public bool[] TimeStarts => timeStarts ??= MarkTimeStarts();

    private bool[] MarkTimeStarts()
    {
        var starts = new bool[Tokens.Length];
        foreach (var timex in Document.TimeExpressions)
        {
            var token = Document.TokenIndexAt(timex.Span.Start);
            if (token >= 0 && token < starts.Length)
            {
                starts[token] = true;
            }
        }
        return starts;
    }

    /// <summary>Each token's <see cref="ShapeCode"/>; made on first use.</summary>
    public ulong[] Shapes => shapes ??= [.. Enumerable.Range(0, Tokens.Length).Select(ShapeCode)];

    /// <summary>
    /// A small code for the token's form, which the trained models read: lower, upper, capitalised or
    /// mixed case for words, a code per token kind otherwise, quotation marks on their own.
    /// </summary>
    private ulong ShapeCode(int token)
    {
        var kind = Tokens[token].Kind;
        if (kind != TokenKind.Word)
        {
            return IsQuoteMark(token) ? 10UL : 11UL + (ulong)kind;
        }
        var text = Text.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length);
        var upper = 0;
        foreach (var c in text)
        {
            upper += char.IsUpper(c) ? 1 : 0;
        }
        return upper == 0 ? 1UL : upper == text.Length ? 2UL : char.IsUpper(text[0]) ? 3UL : 4UL;
    }

    public bool IsAccordingTo(int token) => Lower[token] == "according" && token + 1 < Lower.Length && Lower[token + 1] == "to";
}
