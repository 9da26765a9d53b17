namespace Dossier.Cli.Tests;

public sealed class CliContextTests
{
    [Theory]
    [InlineData("postgresql://dossier:s3cret@db.local:5432/news", "postgresql://dossier:***@db.local:5432/news")]
    [InlineData("Host=db.local;Username=dossier;Password=s3cret;Database=news", "Host=db.local;Username=dossier;Password=***;Database=news")]
    [InlineData("Host=db.local;password = s3cret", "Host=db.local;password = ***")]
    [InlineData("./dossier.db", "./dossier.db")]
    public void Never_prints_a_database_password(string database, string printed)
    {
        Assert.Equal(printed, CliContext.Redacted(database));
    }

    [Fact]
    public void Prefers_the_db_option_then_the_environment_then_the_default()
    {
        var withEnvironment = new CliContext(new Spectre.Console.Testing.TestConsole(), TextReader.Null, _ => "from-env.db");
        var withoutEnvironment = new CliContext(new Spectre.Console.Testing.TestConsole(), TextReader.Null, _ => null);

        Assert.Equal("option.db", withEnvironment.DatabasePath("option.db"));
        Assert.Equal("from-env.db", withEnvironment.DatabasePath(null));
        Assert.Equal("dossier.db", withoutEnvironment.DatabasePath(null));
    }
}
