namespace Quorum.Web.Api.OParl;

/// <summary>
/// Builds the absolute URLs that are OParl identifiers. They rest on the configured public address
/// (<c>OpenData:PublicBaseUrl</c>) when there is one, so identifiers stay the same behind a proxy; otherwise on
/// the address the request came in on.
/// </summary>
public sealed class OParlUrls
{
    public const string Prefix = "/oparl/v1.1";

    public OParlUrls(string baseUrl)
    {
        Base = baseUrl.TrimEnd('/');
    }

    /// <summary>The site root, e.g. <c>https://democracy.example.gov.uk</c>.</summary>
    public string Base { get; }

    public string Root => Base + Prefix;

    public string System => Root + "/system";

    public string Bodies => Root + "/bodies";

    public string Body(Guid id) => $"{Root}/bodies/{id}";

    public string BodyList(Guid bodyId, string list) => $"{Root}/bodies/{bodyId}/{list}";

    public string ObjectUrl(string kind, Guid id) => $"{Root}/{kind}/{id}";

    public string Organization(Guid id) => ObjectUrl(OParlPaths.Organizations, id);

    public string Person(Guid id) => ObjectUrl(OParlPaths.People, id);

    public string Membership(Guid id) => ObjectUrl(OParlPaths.Memberships, id);

    public string Meeting(Guid id) => ObjectUrl(OParlPaths.Meetings, id);

    public string AgendaItem(Guid id) => ObjectUrl(OParlPaths.AgendaItems, id);

    public string Paper(Guid id) => ObjectUrl(OParlPaths.Papers, id);

    public string Consultation(Guid id) => ObjectUrl(OParlPaths.Consultations, id);

    public string File(Guid id) => ObjectUrl(OParlPaths.Files, id);

    public string FileAccess(Guid id) => File(id) + "/access";

    public string FileDownload(Guid id) => File(id) + "/download";

    public string Location(Guid id) => ObjectUrl(OParlPaths.Locations, id);

    public string LegislativeTerm(Guid id) => ObjectUrl(OParlPaths.LegislativeTerms, id);

    public string OrganizationMeetings(Guid id) => Organization(id) + "/meetings";

    public static OParlUrls For(HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["OpenData:PublicBaseUrl"];
        return new OParlUrls(string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured);
    }
}

/// <summary>The path segment of each object type; also the names of a body's lists.</summary>
public static class OParlPaths
{
    public const string Organizations = "organizations";
    public const string People = "people";
    public const string Memberships = "memberships";
    public const string Meetings = "meetings";
    public const string AgendaItems = "agenda-items";
    public const string Papers = "papers";
    public const string Consultations = "consultations";
    public const string Files = "files";
    public const string Locations = "locations";
    public const string LegislativeTerms = "legislative-terms";
}
