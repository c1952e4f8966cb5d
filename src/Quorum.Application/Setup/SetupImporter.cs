using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.Imports;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.People;
using Quorum.Domain.Publication;

namespace Quorum.Application.Setup;

/// <summary>How many records of one kind a set-up import added, changed or took off (reserve places only).</summary>
public sealed record SetupChange(string Records, int Added, int Updated, int Removed);

/// <summary>The outcome of <c>quorum setup import</c>: every problem found (then nothing was written), else what changed.</summary>
public sealed record SetupImportResult(string Council, string CouncilSlug, IReadOnlyList<SetupError> Errors, IReadOnlyList<SetupChange> Changes)
{
    public bool Succeeded => Errors.Count == 0;

    public bool ChangedAnything => Changes.Any(c => c.Added + c.Updated + c.Removed > 0);
}

/// <summary>
/// <c>quorum setup import FOLDER</c>: a council's groups, wards, people, bodies, memberships and reserve lists from the
/// CSV files a clerk fills in (the format is in docs/setup.md). Every file is checked first and every problem reported
/// with its file, row and column; only when there are none is anything written, all in one transaction (audited under
/// <paramref name="actor"/>). Records are matched by name, so running the same folder again changes nothing, and a
/// corrected folder updates what it names; nothing the folder does not name is removed. After the commit the change
/// is announced, so the public pages and the search index's people and committees follow.
/// </summary>
public sealed class SetupImporter(DatabaseSettings settings, IClock clock, PublicationEvents publication, string? actor = null)
{
    public static readonly string[] FileNames = ["groups.csv", "wards.csv", "people.csv", "bodies.csv", "memberships.csv", "reserves.csv"];

    public async Task<SetupImportResult> ImportAsync(string folder, string? councilSlug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new SetupRefusedException($"No folder '{folder}': give the folder holding the set-up CSV files ({string.Join(", ", FileNames)}).");
        }
        if (!FileNames.Any(f => File.Exists(Path.Combine(folder, f))))
        {
            throw new SetupRefusedException($"'{folder}' holds none of the set-up files ({string.Join(", ", FileNames)}); see docs/setup.md.");
        }
        if (settings.SqlitePath is { } path && !File.Exists(path))
        {
            throw new SetupRefusedException($"No database at '{path}': create it with 'quorum init --council NAME --db {path}' first.");
        }
        await QuorumDatabase.MigrateAsync(settings, clock, cancellationToken);
        await using var db = QuorumDatabase.CreateContext(settings, clock);
        db.Actor = actor;
        var council = await CouncilAsync(db, councilSlug, cancellationToken);

        var errors = new List<SetupError>();
        var tables = new SetupTables(
            SetupTable.Read(folder, "groups.csv", ["name"], [], errors),
            SetupTable.Read(folder, "wards.csv", ["name"], [], errors),
            SetupTable.Read(folder, "people.csv", ["given name", "family name", "councillor"], ["title", "group", "ward", "email"], errors),
            SetupTable.Read(folder, "bodies.csv", ["name", "type"], ["parent", "quorum", "purpose"], errors),
            SetupTable.Read(folder, "memberships.csv", ["person", "body", "role", "start"], ["voting", "end", "organisation", "position"], errors),
            SetupTable.Read(folder, "reserves.csv", ["body", "group", "order", "person"], ["year"], errors));
        if (errors.Count > 0)
        {
            // A file without its columns cannot be read row by row; report the headers first.
            return new SetupImportResult(council.Name, council.Slug.Value, errors, []);
        }

        var store = await SetupStore.LoadAsync(db, council, cancellationToken);
        var plan = SetupPlan.Check(tables, store, CouncilTime.Today(clock), errors);
        if (errors.Count > 0)
        {
            // In the order a clerk reads the folder: file by file, row by row.
            var ordered = errors.OrderBy(e => Array.IndexOf(FileNames, e.File)).ThenBy(e => e.Row).ToList();
            return new SetupImportResult(council.Name, council.Slug.Value, ordered, []);
        }
        plan.Apply(db, store);
        db.ChangeTracker.DetectChanges();
        var changes = Count(db);
        await db.SaveChangesAsync(cancellationToken);
        var result = new SetupImportResult(council.Name, council.Slug.Value, [], changes);
        if (result.ChangedAnything)
        {
            // Members, bodies and people are public: the cache and the search index's directory follow.
            await publication.PublishedAsync(new PublishedChange(council.Id, null, PublishedContent.Membership), cancellationToken);
        }
        return result;
    }

    private async Task<Council> CouncilAsync(QuorumDbContext db, string? slug, CancellationToken cancellationToken)
    {
        var councils = await db.Councils.OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (slug is not null)
        {
            return councils.FirstOrDefault(c => c.Slug.Value == slug.Trim())
                ?? throw new SetupRefusedException($"--council: the {settings.Describe()} holds no council with the slug '{slug}'{(councils.Count > 0 ? $" (it holds {string.Join(", ", councils.Select(c => c.Slug.Value))})" : "")}.");
        }
        return councils switch
        {
            [var only] => only,
            [] => throw new SetupRefusedException($"The {settings.Describe()} holds no council: create it with 'quorum init --council NAME' first."),
            _ => throw new SetupRefusedException($"The {settings.Describe()} holds several councils: name one with --council ({string.Join(", ", councils.Select(c => c.Slug.Value))})."),
        };
    }

    private static readonly (Type Type, string Name)[] Kinds =
    [
        (typeof(PartyGroup), "Party groups"), (typeof(Ward), "Wards"), (typeof(Person), "People"), (typeof(Committee), "Bodies"),
        (typeof(Membership), "Memberships"), (typeof(ReserveList), "Reserve lists"), (typeof(ReserveListEntry), "Reserve places"),
    ];

    private static List<SetupChange> Count(QuorumDbContext db)
    {
        var entries = db.ChangeTracker.Entries<Entity>().ToList();
        return [.. Kinds.Select(k => new SetupChange(
            k.Name,
            entries.Count(e => e.Entity.GetType() == k.Type && e.State == EntityState.Added),
            entries.Count(e => e.Entity.GetType() == k.Type && e.State == EntityState.Modified),
            entries.Count(e => e.Entity.GetType() == k.Type && e.State == EntityState.Deleted)))];
    }

    internal static string NameKey(string text) => ComparableNames.Key(text);

    /// <summary>Enough of an e-mail address to be one (something, an @, something), and no longer than the store keeps.</summary>
    internal static bool IsEmail(string text) => text.Length <= 200 && text.IndexOf('@', StringComparison.Ordinal) >= 1 && !text.EndsWith('@');

    internal static string PersonKey(string text) => ComparableNames.Key(ComparableNames.Clean(text));

    internal static string Slugged(string name, HashSet<string> taken)
    {
        var slug = Slug.From(name).Value;
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n.ToString(CultureInfo.InvariantCulture)}";
        }
        return candidate;
    }
}

internal sealed record SetupTables(SetupTable? Groups, SetupTable? Wards, SetupTable? People, SetupTable? Bodies, SetupTable? Memberships, SetupTable? Reserves);

/// <summary>The council's records as the database holds them, tracked so that the plan can update them, with their slugs (tombstones included).</summary>
internal sealed class SetupStore
{
    public required Council Council { get; init; }

    public required List<PartyGroup> Groups { get; init; }

    public required List<Ward> Wards { get; init; }

    public required List<Person> People { get; init; }

    public required List<Committee> Bodies { get; init; }

    public required List<Membership> Memberships { get; init; }

    public required List<MunicipalYear> Years { get; init; }

    public required List<ReserveList> ReserveLists { get; init; }

    public required HashSet<string> GroupSlugs { get; init; }

    public required HashSet<string> WardSlugs { get; init; }

    public required HashSet<string> PersonSlugs { get; init; }

    public required HashSet<string> BodySlugs { get; init; }

    public static async Task<SetupStore> LoadAsync(QuorumDbContext db, Council council, CancellationToken cancellationToken)
    {
        var id = council.Id;
        var bodies = await db.Committees.Where(c => c.CouncilId == id).ToListAsync(cancellationToken);
        var bodyIds = bodies.Select(b => b.Id).ToList();
        return new SetupStore
        {
            Council = council,
            Groups = await db.PartyGroups.Where(g => g.CouncilId == id).ToListAsync(cancellationToken),
            Wards = await db.Wards.Where(w => w.CouncilId == id).ToListAsync(cancellationToken),
            People = await db.People.Where(p => p.CouncilId == id).ToListAsync(cancellationToken),
            Bodies = bodies,
            Memberships = await db.Memberships.Where(m => bodyIds.Contains(m.CommitteeId)).ToListAsync(cancellationToken),
            Years = await db.MunicipalYears.Where(y => y.CouncilId == id).OrderBy(y => y.StartsOn).ToListAsync(cancellationToken),
            ReserveLists = await db.ReserveLists.Include(l => l.Entries).Where(l => bodyIds.Contains(l.CommitteeId)).ToListAsync(cancellationToken),
            GroupSlugs = [.. (await db.PartyGroups.IgnoreQueryFilters().Where(g => g.CouncilId == id).Select(g => g.Slug).ToListAsync(cancellationToken)).Select(s => s.Value)],
            WardSlugs = [.. (await db.Wards.IgnoreQueryFilters().Where(w => w.CouncilId == id).Select(w => w.Slug).ToListAsync(cancellationToken)).Select(s => s.Value)],
            PersonSlugs = [.. (await db.People.IgnoreQueryFilters().Where(p => p.CouncilId == id).Select(p => p.Slug).ToListAsync(cancellationToken)).Select(s => s.Value)],
            BodySlugs = [.. (await db.Committees.IgnoreQueryFilters().Where(c => c.CouncilId == id).Select(c => c.Slug).ToListAsync(cancellationToken)).Select(s => s.Value)],
        };
    }
}
