namespace Quorum.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded single-file database, the default.</summary>
    Sqlite,
    /// <summary>PostgreSQL server, for several web servers or large councils.</summary>
    Postgres,
}
