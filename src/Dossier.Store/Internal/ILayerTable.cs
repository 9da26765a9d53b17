using System.Data.Common;

namespace Dossier.Store.Internal;

/// <summary>
/// How one annotation layer is written and read. Each layer owns its tables; the store calls
/// every registered layer inside the document's transaction, so a document lands whole or not at all.
/// </summary>
internal interface ILayerTable
{
    Layer Layer { get; }

    /// <summary>The tables it writes, each keyed by <c>document_id</c>: a document's layers are replaced by deleting its rows from these.</summary>
    IReadOnlyList<string> Tables { get; }

    Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken);

    Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken);
}
