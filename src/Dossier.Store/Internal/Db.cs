using System.Data.Common;

namespace Dossier.Store.Internal;

/// <summary>Small helpers over ADO.NET so layer tables read as plain SQL.</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }
        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>
    /// Inserts one row per item with a single prepared command whose parameters are rebound
    /// for each row. <paramref name="bind"/> returns the values in the order of <paramref name="columns"/>.
    /// </summary>
    /// <param name="onConflict">SQL after the values (an <c>ON CONFLICT</c> clause); empty for none.</param>
    public static async Task InsertRowsAsync<T>(
        DbTransaction transaction,
        string table,
        string[] columns,
        IEnumerable<T> items,
        Func<T, int, object?[]> bind,
        CancellationToken cancellationToken,
        string onConflict = "")
    {
        var connection = transaction.Connection!;
        var quoted = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var names = string.Join(", ", columns.Select(c => "@" + c));
        await using var command = Command(connection, $"INSERT INTO {table} ({quoted}) VALUES ({names}){onConflict}", transaction);
        var parameters = columns.Select(c => Add(command, "@" + c, null)).ToArray();
        var ordinal = 0;
        foreach (var item in items)
        {
            var values = bind(item, ordinal++);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        RowsAsync(Command(connection, sql, null, parameters), map, cancellationToken);

    /// <summary>Reads inside <paramref name="transaction"/>, which SQLite requires of every command on a connection that has one open.</summary>
    public static Task<List<T>> QueryAsync<T>(DbTransaction transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken) =>
        RowsAsync(Command(transaction.Connection!, sql, transaction), map, cancellationToken);

    private static async Task<List<T>> RowsAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }
            return rows;
        }
    }
}
