namespace Dossier.Entities.Tests;

public sealed class ConllCorpusTests
{
    private const string TwoDocuments = """
        -DOCSTART- -X- O O

        EU NNP I-NP I-ORG
        rejects VBZ I-VP O
        German JJ I-NP I-MISC
        call NN I-NP O

        Peter NNP I-NP I-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- O O

        BRUSSELS NNP I-NP I-LOC
        """;

    [Fact]
    public void Reads_sentences_tokens_and_last_column_tags()
    {
        var corpus = ConllCorpus.Read(new StringReader(TwoDocuments));

        Assert.Equal(3, corpus.Sentences.Length);
        Assert.Equal(7, corpus.TokenCount);
        Assert.Equal(["EU", "rejects", "German", "call"], corpus.Sentences[0].Tokens.Select(t => t.Text));
        Assert.Equal(["I-ORG", "O", "I-MISC", "O"], corpus.Sentences[0].Tags.ToArray());
        Assert.Equal("EU rejects German call", corpus.Sentences[0].Text);
        Assert.Equal("EU NNP I-NP I-ORG", corpus.Sentences[0].Tokens[0].Line);
    }

    [Fact]
    public void Numbers_documents_at_each_docstart_and_keeps_its_line_on_the_next_sentence()
    {
        var corpus = ConllCorpus.Read(new StringReader(TwoDocuments));

        Assert.Equal([0, 0, 1], corpus.Sentences.Select(s => s.Document));
        Assert.Equal("-DOCSTART- -X- O O", corpus.Sentences[0].DocumentStartLine);
        Assert.Null(corpus.Sentences[1].DocumentStartLine);
        Assert.Equal("-DOCSTART- -X- O O", corpus.Sentences[2].DocumentStartLine);
        Assert.Equal(2, corpus.DocumentCount);
    }

    [Fact]
    public void Reads_two_column_files_without_docstart()
    {
        var corpus = ConllCorpus.Read(new StringReader("Seoul B-LOC\nsays O\n\nTokyo B-LOC\n"));

        Assert.Equal(2, corpus.Sentences.Length);
        Assert.All(corpus.Sentences, s => Assert.Equal(0, s.Document));
        Assert.Equal(["B-LOC", "O"], corpus.Sentences[0].Tags.ToArray());
    }

    [Fact]
    public void Rejects_a_line_without_a_tag_and_names_the_line()
    {
        var error = Assert.Throws<FormatException>(() => ConllCorpus.Read(new StringReader("Seoul B-LOC\nsays\n"), "x.conll"));

        Assert.Contains("x.conll:2", error.Message, StringComparison.Ordinal);
    }
}
