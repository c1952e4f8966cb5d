using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Quorum.Application.OpenData;
using Quorum.Domain.Committees;

namespace Quorum.Web.Api.OParl;

/// <summary>A council as an OParl Body, with its municipal years embedded as legislative terms.</summary>
public sealed class BodyKind : OParlKind
{
    public override string TypeName => "Body";

    public override string Path => "bodies";

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.Councils.Where(c => bodyId == null || c.Id == bodyId),
            records.WithdrawnCouncils.Where(c => bodyId == null || c.Id == bodyId));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var councils = await records.Councils.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var terms = await LegislativeTermKind.LoadForBodiesAsync(records, json, ids, cancellationToken);
        var result = new Dictionary<Guid, JsonObject>();
        foreach (var council in councils)
        {
            var obj = json.Start(Path, TypeName, council);
            obj["system"] = json.Urls.System;
            obj["name"] = council.Name;
            obj["shortName"] = council.Slug.Value;
            obj.Put("contactEmail", council.ContactEmail);
            obj.Put("contactName", council.ContactEmail is null ? null : "Democratic Services");
            obj["organization"] = json.Urls.BodyList(council.Id, OParlPaths.Organizations);
            obj["person"] = json.Urls.BodyList(council.Id, OParlPaths.People);
            obj["meeting"] = json.Urls.BodyList(council.Id, OParlPaths.Meetings);
            obj["paper"] = json.Urls.BodyList(council.Id, OParlPaths.Papers);
            obj["agendaItem"] = json.Urls.BodyList(council.Id, OParlPaths.AgendaItems);
            obj["consultation"] = json.Urls.BodyList(council.Id, OParlPaths.Consultations);
            obj["file"] = json.Urls.BodyList(council.Id, OParlPaths.Files);
            obj["locationList"] = json.Urls.BodyList(council.Id, OParlPaths.Locations);
            obj["legislativeTermList"] = json.Urls.BodyList(council.Id, OParlPaths.LegislativeTerms);
            obj["membership"] = json.Urls.BodyList(council.Id, OParlPaths.Memberships);
            obj["legislativeTerm"] = OParlJson.Array(terms.Where(t => t.BodyId == council.Id).Select(t => t.Json));
            obj["classification"] = "Local authority";
            OParlJson.Finish(obj, council);
            result[council.Id] = obj;
        }
        return result;
    }
}

/// <summary>A municipal year ("2024-2025") as an OParl LegislativeTerm.</summary>
public sealed class LegislativeTermKind : OParlKind
{
    public override string TypeName => "LegislativeTerm";

    public override string Path => OParlPaths.LegislativeTerms;

    public override KeySources Keys(PublicRecords records, Guid? bodyId) =>
        OParlKinds.LiveAndWithdrawn(
            records.MunicipalYears.Where(y => bodyId == null || y.CouncilId == bodyId),
            records.WithdrawnMunicipalYears.Where(y => bodyId == null || y.CouncilId == bodyId));

    public override async Task<Dictionary<Guid, JsonObject>> LoadAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var years = await records.MunicipalYears.AsNoTracking().Where(y => ids.Contains(y.Id)).ToListAsync(cancellationToken);
        return years.ToDictionary(y => y.Id, y => Map(json, y));
    }

    internal static async Task<List<(Guid BodyId, JsonObject Json)>> LoadForBodiesAsync(PublicRecords records, OParlJson json, IReadOnlyCollection<Guid> bodyIds, CancellationToken cancellationToken)
    {
        var years = await records.MunicipalYears.AsNoTracking().Where(y => bodyIds.Contains(y.CouncilId)).OrderBy(y => y.StartsOn).ToListAsync(cancellationToken);
        return years.Select(y => (y.CouncilId, Map(json, y))).ToList();
    }

    private static JsonObject Map(OParlJson json, MunicipalYear year)
    {
        var obj = json.Start(OParlPaths.LegislativeTerms, "LegislativeTerm", year);
        obj["body"] = json.Urls.Body(year.CouncilId);
        obj["name"] = year.Name;
        obj["startDate"] = OParlJson.Date(year.StartsOn);
        obj["endDate"] = OParlJson.Date(year.EndsOn);
        OParlJson.Finish(obj, year);
        return obj;
    }
}
