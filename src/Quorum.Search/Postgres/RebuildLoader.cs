using System.Threading.Channels;
using Npgsql;

namespace Quorum.Search.Postgres;

/// <summary>
/// Loads a rebuild table through several COPY streams at once. Turning text into a tsvector is most of a rebuild
/// (1,699 s of 2,655 s at a million pages with one stream, ADR 0010) and runs in each stream's server process, so
/// one stream uses one core. Ids are given here in the order of the sources, as one stream would give them, so
/// the age buckets and "newest first" do not depend on which stream loaded a page.
/// </summary>
internal static class RebuildLoader
{
    private sealed record Batch(long FirstId, string SourceKey, List<SearchDocument> Documents);

    public static async Task<(int Indexed, int Withheld)> LoadAsync(NpgsqlDataSource dataSource, string table,
        Func<NpgsqlBinaryImporter, long, string, SearchDocument, CancellationToken, Task> writeRow,
        IAsyncEnumerable<IndexedSource> sources, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Batch>(64);
        // A stream that fails stops the others and the reading of sources, so nothing waits on a full channel.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var streams = Enumerable.Range(0, Math.Max(2, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
        {
            try
            {
                await CopyAsync(dataSource, table, writeRow, channel.Reader, failed.Token);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        })).ToList();

        int indexed = 0, withheld = 0;
        try
        {
            await foreach (var source in sources.WithCancellation(failed.Token))
            {
                var (admitted, withheldIds) = DocumentRules.Admit(source.SourceKey, source.Documents);
                withheld += withheldIds.Count;
                if (admitted.Count > 0)
                {
                    await channel.Writer.WriteAsync(new Batch(indexed + 1, source.SourceKey, admitted), failed.Token);
                }
                indexed += admitted.Count;
                if (indexed / 10_000 != (indexed - admitted.Count) / 10_000)
                {
                    progress?.Report(indexed);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A stream failed; its error is reported below.
        }
        finally
        {
            channel.Writer.TryComplete();
        }
        try
        {
            await Task.WhenAll(streams);
        }
        catch when (streams.FirstOrDefault(s => s.Exception?.InnerException is { } e && e is not OperationCanceledException) is { } broken)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(broken.Exception!.InnerException!);
        }
        progress?.Report(indexed);
        return (indexed, withheld);
    }

    private static async Task CopyAsync(NpgsqlDataSource dataSource, string table,
        Func<NpgsqlBinaryImporter, long, string, SearchDocument, CancellationToken, Task> writeRow,
        ChannelReader<Batch> batches, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var writer = await connection.BeginBinaryImportAsync(PostgresSchema.CopySql(table, withId: true), cancellationToken);
        await foreach (var batch in batches.ReadAllAsync(cancellationToken))
        {
            var id = batch.FirstId;
            foreach (var document in batch.Documents)
            {
                await writeRow(writer, id++, batch.SourceKey, document, cancellationToken);
            }
        }
        await writer.CompleteAsync(cancellationToken);
    }
}
