using Microsoft.EntityFrameworkCore;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Rules;
using Quorum.Publishing.Packs;

namespace Quorum.Application.Agendas;

/// <summary>
/// Builds a stored meeting's agenda packs: reads the meeting (<see cref="MeetingPackLoader"/>), compiles the PDF
/// and, on <see cref="PublishAsync(QuorumDbContext, Guid, CancellationToken)"/>, writes the packs where the site serves them and records each item's page
/// range. This is the service the clerk's Publish actions and the start-up pack backfill call (the public site only
/// reads the files written); one instance per process, sharing one warm browser.
/// </summary>
public sealed class AgendaPackBuilder(Func<CancellationToken, Task<PackCompiler>> compiler, DocumentStore documents, PackFolder folder) : IDisposable
{
    public AgendaPackBuilder(PackCompiler compiler, DocumentStore documents, PackFolder folder)
        : this(_ => Task.FromResult(compiler), documents, folder)
    {
    }

    /// <summary>For a host: the browser starts when the first pack is printed, not when the site starts.</summary>
    public AgendaPackBuilder(WarmChromium browser, DocumentStore documents, PackFolder folder)
        : this(browser.CompilerAsync, documents, folder)
    {
    }

    // One build at a time: the browser prints side by side already, and two requests for the same pack must not race.
    private readonly SemaphoreSlim building = new(1, 1);

    public PackFolder Folder => folder;

    /// <summary>The council's procedure settings: whether its draft minutes are public decides whether the next pack prints them.</summary>
    public Func<QuorumDbContext, Guid, ProcedureRulebook> Rulebook { get; init; } = (_, _) => ProcedureRulebook.Harrow;

    /// <summary>
    /// Compiles one pack of the meeting. Returns null when a Part II or supplementary pack would carry no papers.
    /// <see cref="CompiledPack.Contents"/> is the page map: each item's range as the contents page prints it.
    /// </summary>
    public async Task<CompiledPack?> BuildAsync(QuorumDbContext db, Guid meetingId, PackKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The rules of the meeting's own council: an install may hold several.
        var councilId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Committee!.CouncilId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var pack = await MeetingPackLoader.LoadAsync(db, meetingId, kind, documents, Rulebook(db, councilId), cancellationToken).ConfigureAwait(false);
        // The meeting is read (and its enclosures found) before the browser is needed.
        var compiled = await (await compiler(cancellationToken).ConfigureAwait(false)).CompileAsync(pack, kind, cancellationToken).ConfigureAwait(false);
        return kind != PackKind.Main && compiled.Contents.Count == 0 ? null : compiled;
    }

    /// <summary>
    /// Waits for this builder and holds it until the turn is disposed. A caller that publishes inside its own
    /// database transaction takes its turn first, before the transaction begins: the builder saves through the
    /// database too, so a caller that held a transaction while waiting for the builder could wait on a builder that
    /// waits on that transaction (SQLite's write lock, a PostgreSQL row lock) until one of them times out.
    /// </summary>
    public async Task<PackBuildTurn> TakeTurnAsync(CancellationToken cancellationToken = default)
    {
        await building.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new PackBuildTurn(this);
    }

    /// <summary>
    /// Builds every pack of the meeting, writes them into the pack folder (the Part II pack into its members-only
    /// folder, which no public address serves) and stores the main pack's page ranges on the agenda items. Call it
    /// inside the publishing transaction; it saves through <paramref name="db"/> but does not commit.
    /// </summary>
    public async Task<PublishedPacks> PublishAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken = default)
    {
        using var turn = await TakeTurnAsync(cancellationToken).ConfigureAwait(false);
        return await PublishAsync(db, meetingId, turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><see cref="PublishAsync(QuorumDbContext, Guid, CancellationToken)"/> in a turn the caller already holds.</summary>
    public Task<PublishedPacks> PublishAsync(QuorumDbContext db, Guid meetingId, PackBuildTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        CheckTurn(turn);
        return PublishLockedAsync(db, meetingId, cancellationToken);
    }

    /// <summary>
    /// Publishes the papers that were "To Follow": builds the supplementary pack (those items only) and the members'
    /// Part II pack again (a Part II paper may have followed too) and writes them, leaving the main pack file and its
    /// page ranges as they are. Null when no item that was to follow has published papers yet. Call it inside the
    /// publishing transaction, after publishing the reports through <paramref name="db"/>, in a turn taken before it.
    /// </summary>
    public async Task<SupplementaryPacks?> PublishSupplementaryAsync(QuorumDbContext db, Guid meetingId, PackBuildTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        CheckTurn(turn);
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Committee)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no meeting with id {meetingId}.");
        if (await BuildAsync(db, meetingId, PackKind.Supplementary, cancellationToken).ConfigureAwait(false) is not { } supplementary)
        {
            return null;
        }
        var partII = await BuildAsync(db, meetingId, PackKind.PartII, cancellationToken).ConfigureAwait(false);
        var written = new Dictionary<PackKind, string>();
        foreach (var pack in new[] { supplementary, partII })
        {
            if (pack is null)
            {
                continue;
            }
            var path = folder.PathFor(meeting.Date, meeting.Committee!.Slug, pack.Kind);
            await PackFolder.WriteAsync(path, pack.Pdf, cancellationToken).ConfigureAwait(false);
            written[pack.Kind] = path;
        }
        return new SupplementaryPacks(supplementary, partII, written);
    }

    /// <summary>
    /// Whether the public pack can be made: the agenda is published and every enclosure it carries has an
    /// uploaded file (an imported meeting's enclosures may exist only as records). Only then is a missing pack built.
    /// </summary>
    public static async Task<bool> HasPublicPackAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var published = await db.Meetings.AnyAsync(m => m.Id == meetingId && m.AgendaPublishedOn != null, cancellationToken).ConfigureAwait(false);
        return published && !await db.Enclosures.WherePublic()
            .AnyAsync(e => e.Report!.AgendaItem!.MeetingId == meetingId && e.StoragePath == null, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => building.Dispose();

    internal void EndTurn() => building.Release();

    private void CheckTurn(PackBuildTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!turn.IsHeldOn(this))
        {
            throw new InvalidOperationException("The pack builder turn is not held: take it with TakeTurnAsync before publishing.");
        }
    }

    private async Task<PublishedPacks> PublishLockedAsync(QuorumDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Committee).Include(m => m.AgendaItems)
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no meeting with id {meetingId}.");
        var main = (await BuildAsync(db, meetingId, PackKind.Main, cancellationToken).ConfigureAwait(false))!;
        var supplementary = await BuildAsync(db, meetingId, PackKind.Supplementary, cancellationToken).ConfigureAwait(false);
        var partII = await BuildAsync(db, meetingId, PackKind.PartII, cancellationToken).ConfigureAwait(false);

        var ranges = main.Contents.ToDictionary(c => c.ItemNumber, c => c.Pages);
        foreach (var item in meeting.AgendaItems)
        {
            item.Pages = ranges.GetValueOrDefault(item.Number);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var slug = meeting.Committee!.Slug;
        var written = new Dictionary<PackKind, string>();
        foreach (var pack in new[] { main, supplementary, partII })
        {
            if (pack is null)
            {
                continue;
            }
            var path = folder.PathFor(meeting.Date, slug, pack.Kind);
            await PackFolder.WriteAsync(path, pack.Pdf, cancellationToken).ConfigureAwait(false);
            written[pack.Kind] = path;
        }
        return new PublishedPacks(main, supplementary, partII, written);
    }
}

/// <summary>This caller's turn at an <see cref="AgendaPackBuilder"/>; disposing it lets the next caller in.</summary>
public sealed class PackBuildTurn : IDisposable
{
    private AgendaPackBuilder? builder;

    internal PackBuildTurn(AgendaPackBuilder builder) => this.builder = builder;

    internal bool IsHeldOn(AgendaPackBuilder other) => ReferenceEquals(builder, other);

    public void Dispose()
    {
        Interlocked.Exchange(ref builder, null)?.EndTurn();
    }
}

/// <summary>The packs a publication wrote: the main pack always, the others when they carry papers; with their files.</summary>
public sealed record PublishedPacks(CompiledPack Main, CompiledPack? Supplementary, CompiledPack? PartII, IReadOnlyDictionary<PackKind, string> Files);

/// <summary>What a supplementary publication wrote: the supplementary pack, and the Part II pack when there are exempt papers.</summary>
public sealed record SupplementaryPacks(CompiledPack Supplementary, CompiledPack? PartII, IReadOnlyDictionary<PackKind, string> Files);
