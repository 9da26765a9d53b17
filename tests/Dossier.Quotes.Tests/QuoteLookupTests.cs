using Dossier.Nlp;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes.Tests;

/// <summary>
/// The lookups the quote stage makes per quoted region or name, which used to scan every attribution
/// or entity mention of the article: each must give what that scan gives, ties included, on random input.
/// </summary>
public sealed class QuoteLookupTests
{
    private static readonly ArticleView View = new(Pipeline.Create([.. NlpPipeline.BaseStages()]).Annotate(new Document(
        string.Join("\n\n", Enumerable.Range(0, 60).Select(i => $"Paragraph {i} says that the minister met the envoy, “and we talked,” he said.")),
        new DocumentSource("test"),
        null)));

    private static FoundQuote RandomQuote(Random random)
    {
        var tokens = View.Tokens.Length;
        var first = random.Next(tokens - 6);
        var content = new TextSpan(View.Span(first).Start, View.Span(first + random.Next(1, 5)).End);
        TextSpan? cue = random.Next(3) == 0 ? null : View.Span(random.Next(tokens));
        var sourceFirst = random.Next(4) == 0 ? -1 : random.Next(tokens - 3);
        var source = sourceFirst < 0 ? (-1, -1) : (sourceFirst, sourceFirst + random.Next(1, 3));
        var kind = (QuoteKind)random.Next(3);
        return new FoundQuote([content], cue, source, kind, Inherited: random.Next(4) == 0);
    }

    /// <summary>What PreviousInParagraph's scan chose: the latest clause end in [notBefore, offset], the earliest quote on a tie, never reported speech.</summary>
    private static int ScanLastEndingBy(List<FoundQuote> found, int offset, int notBefore)
    {
        var best = -1;
        var bestEnd = -1;
        for (var q = 0; q < found.Count; q++)
        {
            var quote = found[q];
            var end = quote.Content[^1].End;
            end = quote.Cue is { } cue ? Math.Max(end, cue.End) : end;
            end = quote.HasSource && !quote.Inherited ? Math.Max(end, View.Span(quote.SourceTokens.End - 1).End) : end;
            if (end <= offset && end >= notBefore && end > bestEnd && quote.Kind != QuoteKind.Indirect)
            {
                best = q;
                bestEnd = end;
            }
        }
        return best;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Clause_ends_give_the_attribution_a_scan_of_every_one_gives_as_quotes_are_added_and_grown(int seed)
    {
        var random = new Random(seed);
        var found = new List<FoundQuote>();
        var ends = new ClauseEnds(View);
        var textLength = View.Text.Length;
        var chosen = 0;
        for (var offset = 0; offset < textLength; offset += random.Next(1, 40))
        {
            if (random.Next(2) == 0)
            {
                var quote = RandomQuote(random);
                found.Add(quote);
                ends.Add(quote);
            }
            var expected = ScanLastEndingBy(found, offset, Math.Max(0, offset - 200));

            Assert.Equal(expected, ends.LastEndingBy(offset, Math.Max(0, offset - 200)));

            if (expected >= 0)
            {
                // As a continuation does: the quote takes in a later region and now ends there.
                chosen++;
                var grown = found[expected] with { Content = [.. found[expected].Content, new TextSpan(offset, Math.Min(textLength, offset + random.Next(1, 30)))] };
                found[expected] = grown;
                ends.Set(expected, grown);
            }
        }
        Assert.True(chosen > 10);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Source_starts_give_the_latest_source_and_its_earliest_holder_as_a_scan_does(int seed)
    {
        var random = new Random(seed);
        var found = new List<FoundQuote>();
        var starts = new SourceStarts(View.Tokens.Length);
        for (var step = 0; step < 400; step++)
        {
            var quote = RandomQuote(random);
            found.Add(quote);
            starts.Add(quote);
            var end = random.Next(View.Tokens.Length + 1);

            var holders = Enumerable.Range(0, found.Count).Where(q => found[q].HasSource && found[q].SourceTokens.First < end).ToList();
            var latest = holders.Count == 0 ? -1 : holders.Max(q => found[q].SourceTokens.First);

            Assert.Equal(latest, starts.LastBefore(end));
            if (latest >= 0)
            {
                Assert.Equal(holders.First(q => found[q].SourceTokens.First == latest), starts.HolderAt(latest));
            }
        }
    }

    [Fact]
    public void A_signed_quote_takes_its_signature_only_when_the_line_ends_after_the_name()
    {
        var pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), new QuoteExtractor()]);
        var text = "“Nobody expected the markets to move so fast in the first week” ― Krystal Correa.\n\n"
            + "“Another long quote that nobody claimed in this whole paragraph at all” ― Jane Doe and the rest of a long line.";

        var document = pipeline.Annotate(new Document(text, new DocumentSource("test"), null));

        Assert.Equal(2, document.Quotes.Length);
        Assert.Equal("―", document[document.Quotes[0].Cue!.Value]);
        Assert.Equal("Krystal Correa", document[document.Quotes[0].Source!.Value]);
        // The second is no signature: it goes on with the speaker of the paragraph before, with no cue of its own.
        Assert.Null(document.Quotes[1].Cue);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Mention_lookup_gives_the_type_of_the_first_listed_overlapping_mention_as_a_scan_does(int seed)
    {
        // Unsorted, nested and overlapping mentions, as no recognizer makes them: the lookup must still agree with the scan.
        var random = new Random(seed);
        var length = View.Text.Length;
        var mentions = Enumerable.Range(0, 300).Select(_ =>
        {
            var start = random.Next(length - 1);
            return new EntityMention(new TextSpan(start, Math.Min(length, start + 1 + random.Next(random.Next(8) == 0 ? 400 : 20))), (EntityType)random.Next(4), 1.0);
        }).ToArray();
        var lookup = new MentionLookup(View.Document with { Mentions = [.. mentions] });

        for (var q = 0; q < 2_000; q++)
        {
            var start = random.Next(length - 1);
            var span = new TextSpan(start, Math.Min(length, start + 1 + random.Next(30)));
            var scanned = mentions.FirstOrDefault(m => m.Span.Overlaps(span));

            Assert.Equal(scanned is null ? null : scanned.Type, lookup.FirstOverlapping(span));
        }
    }
}
