using Quorum.Domain;

namespace Quorum.Web.Api.OParl;

/// <summary>The twelve OParl object types Quorum serves, by the URL segment of their objects.</summary>
public static class OParlKinds
{
    public static readonly BodyKind Body = new();
    public static readonly LegislativeTermKind LegislativeTerm = new();
    public static readonly OrganizationKind Organization = new();
    public static readonly PersonKind Person = new();
    public static readonly MembershipKind Membership = new();
    public static readonly MeetingKind Meeting = new();
    public static readonly AgendaItemKind AgendaItem = new();
    public static readonly PaperKind Paper = new();
    public static readonly ConsultationKind Consultation = new();
    public static readonly FileKind File = new();
    public static readonly LocationKind Location = new();

    /// <summary>Every type a body lists, in the order of the Body object's list properties.</summary>
    public static readonly IReadOnlyDictionary<string, OParlKind> ByPath = new OParlKind[]
    {
        Organization, Person, Meeting, Paper, AgendaItem, Consultation, File, Location, LegislativeTerm, Membership,
    }.ToDictionary(k => k.Path);

    internal static IQueryable<ListKey> KeysOf<T>(IQueryable<T> query)
        where T : Entity =>
        query.Select(e => new ListKey { Id = e.Id, Created = e.Created, Modified = e.Modified, Deleted = e.Deleted != null });

    /// <summary>Keys of the live records and of the tombstones of withdrawn ones.</summary>
    internal static KeySources LiveAndWithdrawn<T>(IQueryable<T> live, IQueryable<T> withdrawn)
        where T : Entity =>
        new(KeysOf(live), withdrawn.Select(e => new ListKey { Id = e.Id, Created = e.Created, Modified = e.Modified, Deleted = true }));
}
