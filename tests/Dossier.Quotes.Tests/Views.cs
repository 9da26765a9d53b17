using Dossier.Nlp;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes.Tests;

/// <summary>Article views of hand-written text, tokenized and split by the base stages, for the tests of the trained readers.</summary>
internal static class Views
{
    private static readonly Pipeline Base = Pipeline.Create([.. NlpPipeline.BaseStages()]);

    public static ArticleView Of(string text) => new(Base.Annotate(new Document(text, new DocumentSource("t"), published: null)));
}
