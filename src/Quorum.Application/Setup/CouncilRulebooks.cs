using System.Collections.Concurrent;
using Quorum.Application.Publication;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;

namespace Quorum.Application.Setup;

/// <summary>
/// Each council's procedure rules as its administrators set them (<see cref="CouncilProcedure"/> versions), held
/// once per process and forgotten when they change (<see cref="CouncilSettings"/>). A council with no settings of
/// its own (the demo, databases from before settings were kept) keeps <paramref name="fallback"/>: Harrow's.
/// </summary>
/// <param name="fallback">The rulebook for a council that has stored no settings.</param>
/// <param name="siteCouncil">The slug of the council the host serves (<c>Site:Council</c>); the first made when none.</param>
public sealed class CouncilRulebooks(ProcedureRulebook fallback, string? siteCouncil = null) : INodeLocalCopy
{
    private readonly ConcurrentDictionary<Guid, ProcedureRulebook> held = new();
    private Guid? site;

    /// <summary>The rulebook of the council the host serves.</summary>
    public ProcedureRulebook ForSite(QuorumDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        site ??= SiteCouncil(db);
        return site is { } id ? For(db, id) : fallback;
    }

    public ProcedureRulebook For(QuorumDbContext db, Guid councilId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return held.GetOrAdd(councilId, id => Load(db, id));
    }

    /// <summary>Drops the council's held rulebook, so the next request reads the settings just saved.</summary>
    public void Forget(Guid councilId) => held.TryRemove(councilId, out _);

    /// <summary>Settings saved through another node sharing the database: this node's copy of them is stale.</summary>
    public Task OnPublishedElsewhereAsync(PublishedChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Content is PublishedContent.CouncilDetails)
        {
            Forget(change.CouncilId);
        }
        return Task.CompletedTask;
    }

    // Synchronous: it runs once per council per change, inside the service container's factory.
    private ProcedureRulebook Load(QuorumDbContext db, Guid councilId)
    {
        var versions = db.CouncilProcedures.Where(p => p.CouncilId == councilId).ToList();
        if (versions.Count == 0)
        {
            return fallback;
        }
        var years = db.MunicipalYears.Where(y => y.CouncilId == councilId).ToList().OrderBy(y => y.StartsOn).ToList();
        var elections = years.Where(y => y.ElectionOn is not null).Select(y => y.ElectionOn!.Value).ToList();
        var yearStarts = years.Count > 0 ? new NodaTime.AnnualDate(years[^1].StartsOn.Month, years[^1].StartsOn.Day) : MunicipalYear.UsualStart;
        // Two versions of one day: the one saved later wins (the rulebook keeps this order among equal dates).
        return new ProcedureRulebook(
            versions.OrderBy(v => v.Created).Select(v => new SettingsVersion(v.EffectiveFrom, v.Settings(ProcedureSettings.Harrow, elections, yearStarts))),
            []);
    }

    private Guid? SiteCouncil(QuorumDbContext db)
    {
        var councils = db.Councils.Select(c => new { c.Id, c.Slug, c.Created, c.Name }).ToList();
        return (string.IsNullOrWhiteSpace(siteCouncil)
                ? councils.OrderBy(c => c.Created).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault()
                : councils.FirstOrDefault(c => c.Slug == new Slug(siteCouncil)))?.Id;
    }
}
