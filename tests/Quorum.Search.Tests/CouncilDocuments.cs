using NodaTime;

namespace Quorum.Search.Tests;

/// <summary>A small hand-written council: two committees, a few meetings, a councillor and exempt canaries.</summary>
internal static class CouncilDocuments
{
    public static readonly CommitteeRef Planning = new("planning-committee", "Planning Committee");
    public static readonly CommitteeRef Cabinet = new("cabinet", "Cabinet");

    /// <summary>A word that appears only in non-public material: it must never be found.</summary>
    public const string Canary = "zorblaxcanary";

    public const string PlanningPack = "meeting/planning-committee/2025-03-04";
    public const string CabinetPack = "meeting/cabinet/2024-11-12";
    public const string OldCabinetPack = "meeting/cabinet/2019-06-20";

    public static SearchDocument Item(string id, string title, string body, CommitteeRef committee, LocalDate date,
        DocumentVisibility visibility = DocumentVisibility.Public, params string[] people) => new()
        {
            Id = id,
            Kind = SearchDocumentKind.AgendaItem,
            Title = title,
            Body = body,
            Committee = committee,
            MeetingDate = date,
            PersonSlugs = people,
            Url = DeepLink.Anchor($"/meetings/{committee.Slug}/{date:yyyy-MM-dd}", id.Split('/')[^1]),
            Visibility = visibility,
        };

    public static SearchDocument Page(string reportId, int page, string title, string body, CommitteeRef committee, LocalDate date,
        DocumentVisibility visibility = DocumentVisibility.Public) => new()
        {
            Id = $"{reportId}/page/{page}",
            Kind = SearchDocumentKind.ReportPage,
            Title = title,
            Body = body,
            Committee = committee,
            MeetingDate = date,
            PageNumber = page,
            Url = DeepLink.PdfPage($"/packs/{reportId}.pdf", page),
            Visibility = visibility,
        };

    public static readonly LocalDate PlanningDate = new(2025, 3, 4);
    public static readonly LocalDate CabinetDate = new(2024, 11, 12);
    public static readonly LocalDate OldCabinetDate = new(2019, 6, 20);

    public static IReadOnlyList<SearchDocument> PlanningMeeting() =>
    [
        Item("planning/2025-03-04/item-5", "Parking enforcement review",
            "The committee considered the annual review of enforcement on Harrow Road and Station Road.", Planning, PlanningDate,
            people: "cllr-jane-ashworth"),
        Page("report/hw-2025-07", 12, "Highways maintenance programme",
            "Parking enforcement officers issued notices. Parking enforcement income rose. Parking enforcement in the town centre "
            + "and parking enforcement near schools were reviewed, and parking enforcement costs fell.", Planning, PlanningDate),
        Page("report/hw-2025-07", 13, "Highways maintenance programme",
            "The road leading to the station was resurfaced. Resurfacing of the Pinner Road junction follows in spring.", Planning, PlanningDate),
        Item("planning/2025-03-04/item-6", "Land at Pinner Memorial Gardens",
            "Application for a café, car parking and community garden in Pinner Memorial Gardens; “Pinner’s heritage” was cited by objectors.",
            Planning, PlanningDate, people: "cllr-jane-ashworth"),
        Item("planning/2025-03-04/item-9", "Acquisition of 12 Station Road",
            $"Part II. Parking valuation advice, {Canary}. Not for publication by virtue of paragraph 3 of Schedule 12A.",
            Planning, PlanningDate, DocumentVisibility.Exempt),
        Item("planning/2025-03-04/item-10", "Draft heads of terms",
            $"Parking heads of terms, {Canary}, still in draft.", Planning, PlanningDate, DocumentVisibility.Draft),
    ];

    public static IReadOnlyList<SearchDocument> CabinetMeeting() =>
    [
        Item("cabinet/2024-11-12/item-4", "School inspections and Ofsted outcomes",
            "Headteachers reported on the inspection of Whitmore High School and Canons Heath primary schools.", Cabinet, CabinetDate,
            people: "cllr-omar-patel"),
        new SearchDocument
        {
            Id = "cabinet/2024-11-12/resolution-4",
            Kind = SearchDocumentKind.Resolution,
            Title = "Resolution on the cafe lease",
            Body = "RESOLVED that the cafe lease at Canons Heath be renewed for five years, noting \"Pinner's heritage\" concerns.",
            Committee = Cabinet,
            MeetingDate = CabinetDate,
            Url = "/meetings/cabinet/2024-11-12#resolution-4",
            Visibility = DocumentVisibility.Public,
        },
        Item("cabinet/2024-11-12/item-7", "Budget monitoring",
            "Parking income was above budget; the parking service review continues.", Cabinet, CabinetDate),
    ];

    public static IReadOnlyList<SearchDocument> OldCabinetMeeting() =>
    [
        Item("cabinet/2019-06-20/item-3", "Parking strategy",
            "A new parking strategy for the borough, including resident parking zones.", Cabinet, OldCabinetDate),
    ];

    public static IReadOnlyList<SearchDocument> People() =>
    [
        new SearchDocument
        {
            Id = "person/cllr-jane-ashworth",
            Kind = SearchDocumentKind.Person,
            Title = "Councillor Jane Ashworth",
            Body = "Ward councillor for Pinner South. Chair of the Planning Committee.",
            PersonSlugs = ["cllr-jane-ashworth"],
            Url = "/people/cllr-jane-ashworth",
            Visibility = DocumentVisibility.Public,
        },
        new SearchDocument
        {
            Id = "person/cllr-secret-canary",
            Kind = SearchDocumentKind.Person,
            Title = $"Councillor {Canary} Unpublished",
            Body = "Profile not yet published.",
            Url = "/people/cllr-secret-canary",
            Visibility = DocumentVisibility.Unpublished,
        },
    ];

    public static async Task LoadAsync(ISearchIndex index)
    {
        await index.ReplaceSourceAsync(PlanningPack, PlanningMeeting());
        await index.ReplaceSourceAsync(CabinetPack, CabinetMeeting());
        await index.ReplaceSourceAsync(OldCabinetPack, OldCabinetMeeting());
        await index.ReplaceSourceAsync("people", People());
    }
}
