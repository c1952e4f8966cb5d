using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data.Conversions;
using Quorum.Data.Search;
using Quorum.Data.Staff;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Imports;
using Quorum.Domain.Interests;
using Quorum.Domain.KeyDecisions;
using Quorum.Domain.Mail;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Participation;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.Data;

/// <summary>
/// The store. Provider-specific subclasses (<see cref="Sqlite.SqliteQuorumDbContext"/>,
/// <see cref="Postgres.PostgresQuorumDbContext"/>) each own a migration set; this class holds the shared model.
/// Saving stamps Created/Modified from the injected clock and turns deletes into tombstones; deleted rows are
/// hidden from every query unless it asks for <c>IgnoreQueryFilters()</c>. Staff accounts (ASP.NET Core Identity)
/// live in the same database, and so do the keys that sign their cookies and forms (so that every web node reads
/// the same ones); when <see cref="Actor"/> is set, every change is also written to the audit log.
/// </summary>
public abstract class QuorumDbContext(DbContextOptions options, IClock clock)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Council> Councils => Set<Council>();
    public DbSet<MunicipalYear> MunicipalYears => Set<MunicipalYear>();
    public DbSet<CouncilProcedure> CouncilProcedures => Set<CouncilProcedure>();
    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<PartyGroup> PartyGroups => Set<PartyGroup>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ReserveList> ReserveLists => Set<ReserveList>();
    public DbSet<ReserveListEntry> ReserveListEntries => Set<ReserveListEntry>();
    public DbSet<Substitute> Substitutes => Set<Substitute>();
    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Clearance> Clearances => Set<Clearance>();
    public DbSet<Enclosure> Enclosures => Set<Enclosure>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<Minute> Minutes => Set<Minute>();
    public DbSet<Resolution> Resolutions => Set<Resolution>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<MemberVote> MemberVotes => Set<MemberVote>();
    public DbSet<ActionPoint> ActionPoints => Set<ActionPoint>();
    public DbSet<MeetingMinutes> MeetingMinutes => Set<MeetingMinutes>();
    public DbSet<ExecutiveDecision> ExecutiveDecisions => Set<ExecutiveDecision>();
    public DbSet<RegisteredInterest> RegisteredInterests => Set<RegisteredInterest>();
    public DbSet<Dispensation> Dispensations => Set<Dispensation>();
    public DbSet<AgendaPublication> AgendaPublications => Set<AgendaPublication>();
    public DbSet<PublicQuestion> PublicQuestions => Set<PublicQuestion>();
    public DbSet<Deputation> Deputations => Set<Deputation>();
    public DbSet<ForwardPlanEntry> ForwardPlanEntries => Set<ForwardPlanEntry>();
    public DbSet<AlertSubscription> AlertSubscriptions => Set<AlertSubscription>();
    public DbSet<OutgoingMail> OutgoingMail => Set<OutgoingMail>();
    public DbSet<Petition> Petitions => Set<Petition>();
    public DbSet<PetitionSignature> PetitionSignatures => Set<PetitionSignature>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportedPack> ImportedPacks => Set<ImportedPack>();
    public DbSet<ImportedPage> ImportedPages => Set<ImportedPage>();
    public DbSet<StoredPackFile> StoredPackFiles => Set<StoredPackFile>();
    public DbSet<PendingSearchUpdate> PendingSearchUpdates => Set<PendingSearchUpdate>();
    public DbSet<SearchIndexLease> SearchIndexLeases => Set<SearchIndexLease>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The signed-in person whose changes this context saves; null for imports, the demo loader and the CLI.</summary>
    public string? Actor
    {
        get => field ?? ActorSource?.Invoke();
        set;
    }

    /// <summary>
    /// Where <see cref="Actor"/> comes from when not set: read at save time, because a web request's context can be
    /// created (by sign-in checks) before the request knows who is signed in.
    /// </summary>
    public Func<string?>? ActorSource { get; set; }

    /// <summary>Set while saving bookkeeping steps that the caller logs itself as one entry.</summary>
    public bool AuditPaused { get; set; }

    public abstract DatabaseProvider Provider { get; }

    public IClock Clock { get; } = clock;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChanges();
        if (PendingAudit() is not { Count: > 0 } audit)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        // Rare (Identity and the services save asynchronously); no synchronisation context here, so blocking is safe.
        return SaveLinkedAsync(audit, acceptAllChangesOnSuccess, CancellationToken.None).GetAwaiter().GetResult();
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        return PendingAudit() is { Count: > 0 } audit
            ? SaveLinkedAsync(audit, acceptAllChangesOnSuccess, cancellationToken)
            : base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Saves with new audit entries chained on: in one transaction (the caller's, or one of its own) that locks the
    /// audit table, reads the chain head and writes the entries after it.
    /// </summary>
    private async Task<int> SaveLinkedAsync(List<AuditEntry> audit, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await AuditChain.LinkAsync(this, audit, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
            return saved;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>New audit entries in the order they were added; an edit or removal of a saved one is refused.</summary>
    private List<AuditEntry> PendingAudit()
    {
        var added = new List<AuditEntry>();
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only: an audit entry cannot be changed or removed.");
            }
            if (entry.State == EntityState.Added)
            {
                added.Add(entry.Entity);
            }
        }
        return added;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ValueObjectConversions.Apply(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(QuorumDbContext).Assembly);
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Property(nameof(Entity.Id)).ValueGeneratedNever();
            // Sync clients ask for "modified since"; tombstones must stay findable for them.
            entity.HasIndex(nameof(Entity.Modified));
            entity.HasQueryFilter(NotDeleted(entityType.ClrType));
        }
    }

    private static LambdaExpression NotDeleted(Type type)
    {
        var entity = Expression.Parameter(type, "e");
        var deleted = Expression.Property(entity, nameof(Entity.Deleted));
        return Expression.Lambda(Expression.Equal(deleted, Expression.Constant(null, typeof(Instant?))), entity);
    }

    private void StampChanges()
    {
        // Bulk loaders switch automatic detection off and add records explicitly; only scan when it is on.
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }
        var now = Clock.GetCurrentInstant();
        // Before the audit entries, so a new record's entry shows when it was created, not the zero instant (1970).
        foreach (var entry in ChangeTracker.Entries<Entity>().Where(e => e.State == EntityState.Added))
        {
            entry.Entity.StampCreated(now);
        }
        if (!AuditPaused && Actor is { } actor)
        {
            // Before the tombstone switch below, so a delete is logged as one.
            AuditLog.Record(this, actor, now);
        }
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Modified:
                    entry.Entity.StampModified(now);
                    break;
                case EntityState.Deleted:
                    entry.State = EntityState.Modified;
                    entry.Entity.MarkDeleted(now);
                    break;
            }
        }
    }
}
