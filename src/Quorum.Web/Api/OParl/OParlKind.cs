using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.OpenData;

namespace Quorum.Web.Api.OParl;

/// <summary>What a list pages over: an object's identity, audit stamps and whether it is a tombstone.</summary>
public sealed class ListKey
{
    public Guid Id { get; set; }

    public Instant Created { get; set; }

    public Instant Modified { get; set; }

    public bool Deleted { get; set; }
}

/// <summary>
/// Where a list's keys come from. Tombstones need <c>IgnoreQueryFilters</c>, which EF applies to a whole query,
/// so live and withdrawn keys are always queried separately and never combined in one SQL statement.
/// </summary>
public sealed record KeySources(IQueryable<ListKey> Live, IQueryable<ListKey> Withdrawn)
{
    public KeySources Concat(KeySources other) => new(Live.Concat(other.Live), Withdrawn.Concat(other.Withdrawn));
}

/// <summary>
/// One OParl object type: where its objects come from (public records, plus tombstones of withdrawn ones) and how
/// a page of them becomes JSON. Lists page over keys first and load only the objects on the page.
/// </summary>
public abstract class OParlKind
{
    /// <summary>The OParl type name, e.g. "Meeting".</summary>
    public abstract string TypeName { get; }

    /// <summary>The URL segment of objects of this type and of the body's list of them.</summary>
    public abstract string Path { get; }

    public string TypeUri => OParlJson.TypeUri(TypeName);

    /// <summary>Keys of the public objects and of the tombstones of one body, or of every body when null.</summary>
    public abstract KeySources Keys(PublicRecords records, Guid? bodyId);

    /// <summary>Builds the JSON of the given live objects, keyed by id; objects no longer public are left out.</summary>
    public abstract Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    public virtual Task<(List<ListKey> Page, int Total)> PageAsync(PublicRecords records, Guid bodyId, ListQuery query, CancellationToken cancellationToken) =>
        PageAsync(Keys(records, bodyId), query, cancellationToken);

    /// <summary>
    /// One page of keys. A plain list pages in SQL; a sync request (modified_since) reads the changed live keys and
    /// tombstones separately and pages their union in memory, which stays small because it is only what changed.
    /// </summary>
    public static async Task<(List<ListKey> Page, int Total)> PageAsync(KeySources sources, ListQuery query, CancellationToken cancellationToken)
    {
        var live = Filter(sources.Live, query);
        if (!query.IncludeDeleted)
        {
            var total = await live.CountAsync(cancellationToken);
            var page = await live.OrderBy(k => k.Created).ThenBy(k => k.Id)
                .Skip((query.Page - 1) * query.Limit).Take(query.Limit)
                .ToListAsync(cancellationToken);
            return (page, total);
        }
        var all = (await live.ToListAsync(cancellationToken))
            .Concat(await Filter(sources.Withdrawn, query).ToListAsync(cancellationToken))
            .OrderBy(k => k.Created).ThenBy(k => k.Id)
            .ToList();
        return (all.Skip((query.Page - 1) * query.Limit).Take(query.Limit).ToList(), all.Count);
    }

    public virtual async Task<ListKey?> FindAsync(PublicRecords records, Guid id, CancellationToken cancellationToken)
    {
        var sources = Keys(records, null);
        return await sources.Live.Where(k => k.Id == id).FirstOrDefaultAsync(cancellationToken)
            ?? await sources.Withdrawn.Where(k => k.Id == id).FirstOrDefaultAsync(cancellationToken);
    }

    public static IQueryable<ListKey> Filter(IQueryable<ListKey> keys, ListQuery query)
    {
        if (query.CreatedSince is { } createdSince)
        {
            keys = keys.Where(k => k.Created >= createdSince);
        }
        if (query.CreatedUntil is { } createdUntil)
        {
            keys = keys.Where(k => k.Created <= createdUntil);
        }
        if (query.ModifiedSince is { } modifiedSince)
        {
            keys = keys.Where(k => k.Modified >= modifiedSince);
        }
        if (query.ModifiedUntil is { } modifiedUntil)
        {
            keys = keys.Where(k => k.Modified <= modifiedUntil);
        }
        return keys;
    }

    /// <summary>Objects in list order, with tombstones in place of deleted ones.</summary>
    public async Task<JsonArray> RenderAsync(PublicRecords records, OParlJson json, IReadOnlyList<ListKey> keys, CancellationToken cancellationToken)
    {
        var live = await LoadAsync(records, json, keys.Where(k => !k.Deleted).Select(k => k.Id).ToList(), cancellationToken);
        var array = new JsonArray();
        foreach (var key in keys)
        {
            if (key.Deleted)
            {
                array.Add(json.Tombstone(json.Url(Path, key.Id), TypeName, key));
            }
            else if (live.TryGetValue(key.Id, out var obj))
            {
                array.Add(obj);
            }
        }
        return array;
    }
}
