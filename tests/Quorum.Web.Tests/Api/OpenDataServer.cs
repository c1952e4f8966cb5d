using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Application.Documents;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Api;

/// <summary>
/// The web host on a real Kestrel socket over a real SQLite file holding <see cref="Council"/>: one record of every
/// public kind and, beside them, material that must never leave the building, every exempt, draft, unpublished or
/// withdrawn text containing <see cref="Canary"/>. Shared by the open-data tests of a class; tests that change data
/// make their own.
/// </summary>
public sealed class OpenDataServer : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;

    public const string Canary = "CANARY";

    public const string Planning = "Planning Committee";

    /// <summary>The Planning Committee meeting held on 10 July 2024, with minutes, votes and a Part II item.</summary>
    public static readonly LocalDate HeldOn = new(2024, 7, 10);

    /// <summary>The Cabinet meeting of 14 November 2024: agenda published, minutes not yet.</summary>
    public static readonly LocalDate CabinetOn = new(2024, 11, 14);

    public const string PublicReport = "Local Plan: Site Allocations";

    public const string WithdrawnReport = "Withdrawn: Leisure Centre options";

    public const string WithdrawnPerson = "Finn Gray";

    public BuiltCouncil Council { get; private set; } = null!;

    public byte[] AppendixBytes { get; } = Encoding.UTF8.GetBytes("%PDF-1.4 appendix: Anytown local plan site assessments");

    public TestClock Clock { get; } = new(Instant.FromUtc(2024, 6, 1, 9, 0));

    public DatabaseSettings Database { get; } = DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath("opendata"));

    public string DocumentRoot { get; } = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"), "documents");

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => Client.BaseAddress!;

    public IServiceProvider Services => factory!.Services;

    public async ValueTask InitializeAsync()
    {
        await TestDatabases.MigrateAsync(Database, Clock);
        await using (var db = Open())
        {
            await SeedAsync(db, new DocumentStore(DocumentRoot));
        }
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", Database.ConnectionString);
            web.UseSetting("OpenData:DocumentRoot", DocumentRoot);
            // The site's own store and packs beside the database, not in the web project's folder.
            web.UseSetting("Documents:Store", Path.Combine(Path.GetDirectoryName(Database.SqlitePath)!, "documents"));
            web.UseSetting("Documents:Packs", Path.Combine(Path.GetDirectoryName(Database.SqlitePath)!, "packs"));
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // No packs printed in the background.
            web.UseSetting("Documents:BuildMissingPacks", "false");
            web.ConfigureServices(services => services.AddSingleton<IClock>(Clock));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        Client = factory.CreateClient();
    }

    private async Task SeedAsync(QuorumDbContext db, DocumentStore documents)
    {
        var appendixSha = await documents.AddAsync(AppendixBytes, "Site assessments for the Anytown local plan; commas, semicolons; and a backslash \\ survive.");
        static void Email(Person p) => p.Email = $"{p.GivenName.ToLowerInvariant()}.{p.FamilyName.ToLowerInvariant()}@anytown.gov.uk";
        var endOfYear = new LocalDate(2025, 5, 21);
        Council = await TestCouncil.Named("Anytown Borough Council")
            .WithYear(new LocalDate(2024, 5, 16), endOfYear)
            .MeetingsIn("Council Chamber, Anytown Civic Centre")
            .WithCouncillor("Amara Okafor", "Labour", "Greenhill", Email)
            .WithCouncillor("Ben Holt", "Conservative", "Greenhill", Email)
            .WithCouncillor("Cara Lind", "Labour", "Greenhill", Email)
            .WithCouncillor("Dev Patel", "Labour", "Greenhill", Email)
            .WithPerson("Ms Erin Walsh", p => p.Email = "CANARY-officer-private@anytown.gov.uk")
            .WithCouncillor(WithdrawnPerson, "Conservative", "Greenhill", Email)
            .WithCommittee("Cabinet", c => c.Members("Amara Okafor"))
            .WithCommittee(Planning, c => c
                .Purpose("Determines planning applications.")
                .Chair("Amara Okafor")
                .Seat("Ben Holt", MembershipRole.Member, to: endOfYear)
                .Members("Cara Lind")
                .Reserves("Labour", "Dev Patel"))
            .WithCommittee("Planning Sub-Committee", c => c.Within(Planning).Quorum(null))
            .WithMeeting(Planning, HeldOn, m => m
                .AgendaPublished(new LocalDate(2024, 7, 2))
                .MinutesPublished(new LocalDate(2024, 7, 18))
                .Held(new LocalTime(21, 5))
                .Item(1, "Apologies for absence")
                .Item(2, "Local Plan: Site Allocations", i => i
                    .ReportOf("Director of Place")
                    .Report(PublicReport, r => r
                        .For("PLANNING COMMITTEE", HeldOn)
                        .Officer("Director of Place")
                        .KeyDecision()
                        .Summary("Proposes the sites for the local plan.")
                        .Recommendations("That the sites be approved.")
                        .Enclosure("Appendix 1: Site assessments", "site-assessments.pdf", 12, appendixSha)
                        .Enclosure("CANARY Appendix 2: valuations", "CANARY-valuations.pdf", 3, new string('b', 64), exemptParagraph: 3)))
                .PartII(3, "Disposal of land at Mill Lane", paragraph: 3, i => i
                    .Report("CANARY Mill Lane valuation", r => r
                        .For("PLANNING COMMITTEE", HeldOn)
                        .Officer("CANARY Head of Property")
                        .Summary("CANARY price")
                        .Recommendations("")))
                .Present("Amara Okafor", "Ben Holt")
                .Apologies("Cara Lind")
                .Reserve("Dev Patel", forMember: "Cara Lind", category: 1)
                .Minute(41, "Local Plan: Site Allocations", n => n
                    .OnItem(2)
                    .Body("Members discussed the sites.")
                    .Resolved(ResolutionKind.Resolved, "That the site allocations be approved.")
                    .RecordedVote("That the site allocations be approved", ("Amara Okafor", VoteChoice.For), ("Dev Patel", VoteChoice.For), ("Ben Holt", VoteChoice.Against))
                    .Action("Publish the approved allocations.", "Director of Place", new LocalDate(2024, 8, 1)))
                .Minute(42, "CANARY Mill Lane", n => n
                    .OnItem(3)
                    .Body("CANARY bids were")
                    .Resolved(ResolutionKind.Resolved, "CANARY That the land be sold to the highest bidder.")
                    .VoteTotals("CANARY sale motion", 3, 0)
                    .Action("CANARY complete the sale", "CANARY owner"))
                .Declaration("Ben Holt", 2, InterestKind.NonRegistrable, "Lives near one of the sites.")
                .Declaration("Amara Okafor", 2, InterestKind.OtherRegistrable, "CANARY sensitive: address withheld", d => d.Sensitive = true)
                .Declaration("Amara Okafor", 3, InterestKind.DisclosablePecuniary, "CANARY owns the neighbouring plot", d => d.Outcome = DeclarationOutcome.Withdrew))
            // Agenda published, minutes not yet: decisions stay private until the minutes are.
            .WithMeeting("Cabinet", CabinetOn, m => m
                .At(new LocalTime(18, 30))
                .In("Committee Room 1, Anytown Civic Centre", "https://video.anytown.gov.uk/cabinet")
                .AgendaPublished(new LocalDate(2024, 11, 6))
                .Item(1, "Budget Monitoring Q2")
                .Minute(7, "Budget", n => n.OnItem(1).Body("CANARY unpublished minutes").Resolved(ResolutionKind.Agreed, "CANARY draft decision"))
                .InAttendance("Erin Walsh"))
            // Scheduled, agenda not yet published.
            .WithMeeting(Planning, new LocalDate(2025, 1, 15), m => m
                .At(new LocalTime(19, 0))
                .Item(1, "CANARY unpublished agenda item", i => i.Report("CANARY draft report", r => r
                    .For("PLANNING COMMITTEE", new LocalDate(2025, 1, 15))
                    .Officer("Director of Place")
                    .Recommendations("")
                    .Enclosure("CANARY draft appendix", "CANARY-draft.pdf", 1, new string('c', 64))
                    .Draft())))
            .WithMeeting("Planning Sub-Committee", new LocalDate(2024, 9, 3), m => m
                .At(new LocalTime(10, 0))
                .In(null, "https://video.anytown.gov.uk/sub")
                .Cancelled("No business; the applications were withdrawn."))
            .WithReport(WithdrawnReport, r => r.For("CABINET", CabinetOn).Officer("Director of Place").Recommendations(""))
            .WithReport("CANARY withdrawn draft", r => r.For("CABINET", CabinetOn).Officer("x").Recommendations("").Draft())
            .SaveAsync(db);

        Clock.Advance(Duration.FromHours(1));
        db.Remove(Council.Report(WithdrawnReport));
        db.Remove(Council.Report("CANARY withdrawn draft"));
        db.Remove(Council.Person(WithdrawnPerson));
        await db.SaveChangesAsync();
    }

    public QuorumDbContext Open() => QuorumDatabase.CreateContext(Database, Clock);

    public async Task<JsonObject> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}
