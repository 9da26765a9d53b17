using Microsoft.Data.Sqlite;

namespace Dossier.Testing;

/// <summary>One ingestion time for every stored article, so JSON that lists it does not depend on the clock.</summary>
public static class IngestionTime
{
    /// <summary>With an offset and trailing zeros in its fraction, to pin how timestamps are written.</summary>
    public const string Pinned = "2024-03-05T06:07:08.1200000+09:00";

    /// <summary>Gives every article of the SQLite store at <paramref name="database"/> the <see cref="Pinned"/> time.</summary>
    public static void Pin(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE documents SET ingested_at = $at";
        command.Parameters.AddWithValue("$at", Pinned);
        command.ExecuteNonQuery();
    }
}
