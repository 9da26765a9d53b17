namespace Dossier.Web.Tests.Browser;

/// <summary>The browser test classes run one after another: two chromiums at once would only compete for the cores.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
