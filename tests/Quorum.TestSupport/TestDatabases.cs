namespace Quorum.TestSupport;

/// <summary>
/// Where tests find their databases. SQLite files go in a fresh temporary folder; PostgreSQL is the throwaway
/// cluster that <c>test.sh</c> starts, passed in <c>QUORUM_TEST_POSTGRES</c>. When the test script sets
/// <c>QUORUM_REQUIRE_POSTGRES=1</c>, a missing server fails the test instead of skipping it, so CI cannot
/// silently lose the PostgreSQL half of the suite.
/// </summary>
public static class TestDatabases
{
    public static string NewSqlitePath(string name = "quorum")
    {
        var dir = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".db");
    }

    /// <summary>A connection string for a new, uniquely named database on the test PostgreSQL server.</summary>
    public static string NewPostgresConnectionStringOrSkip()
    {
        var server = Environment.GetEnvironmentVariable("QUORUM_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            if (Environment.GetEnvironmentVariable("QUORUM_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException("QUORUM_REQUIRE_POSTGRES=1 but QUORUM_TEST_POSTGRES is not set.");
            }
            Xunit.Assert.Skip("No PostgreSQL server: run ./test.sh, or set QUORUM_TEST_POSTGRES to a server connection string.");
        }
        return server.TrimEnd(';') + ";Database=q_" + Guid.NewGuid().ToString("N")[..16];
    }
}
