using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;
using Quorum.Publishing.Packs;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Site;

/// <summary>
/// The public site on a real Kestrel socket over its own SQLite file, seeded with <see cref="Harrow"/> and a fixed
/// clock (<see cref="HarrowNow"/>). One per test class; subclasses seed other data (<see cref="DemoSite"/>) or add
/// records (e.g. canaries) before it starts.
/// </summary>
public class SiteHost : IAsyncLifetime
{
    /// <summary>When the Harrow site is seen: 25 September 2017, 09:00.</summary>
    public static readonly Instant HarrowNow = Instant.FromUtc(2017, 9, 25, 9, 0);

    /// <summary>The Overview and Scrutiny meeting held on 19 September 2017, with published minutes and a Part II item.</summary>
    public static readonly LocalDate HeldOn = new(2017, 9, 19);

    private const string Scrutiny = "Overview and Scrutiny Committee";

    /// <summary>PBKDF2 rounds for the accounts of test hosts (see <see cref="InitializeAsync"/>).</summary>
    public const int PasswordRounds = 1_000;

    private static readonly WarmChromium SharedPrinter = new();

    private WebApplicationFactory<Program>? _factory;

    public SiteHost()
        : this(HarrowNow)
    {
    }

    protected SiteHost(Instant now, string? databasePath = null)
    {
        Clock = new(now);
        DatabasePath = databasePath ?? TestDatabases.NewSqlitePath("site");
    }

    public string DatabasePath { get; }

    public TestClock Clock { get; }

    /// <summary>The database the site runs on, for tests that read what it stored.</summary>
    public DatabaseSettings Database { get; private set; } = null!;

    /// <summary>The document store (uploaded enclosures) beside the database.</summary>
    public string DocumentsPath => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "documents");

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Creates the site's database at <see cref="DatabasePath"/>.</summary>
    protected virtual async Task CreateDatabaseAsync(DatabaseSettings settings)
    {
        await TestDatabases.MigrateAsync(settings, Clock);
        await using var db = QuorumDatabase.CreateContext(settings, Clock);
        await Harrow().SaveAsync(db);
    }

    /// <summary>
    /// A small council shaped like the Harrow packs, seen on 25 September 2017: meetings past (with minutes) and to
    /// come, one cancelled and one postponed, a Part II item, reserves standing in, a co-optee and declarations.
    /// </summary>
    public static TestCouncil Harrow() => TestCouncil.Named("London Borough of Harrow")
        .WithYear(new LocalDate(2017, 5, 18), new LocalDate(2018, 5, 16))
        .MeetingsIn("Committee Rooms 1 & 2, Harrow Civic Centre")
        .WithCouncillor("Phillip O'Dell", "Labour", "Greenhill")
        .WithCouncillor("Jerry Miles", "Labour", "Greenhill")
        .WithCouncillor("Sachin Shah", "Labour", "Pinner")
        .WithCouncillor("Jeff Anderson", "Labour", "Greenhill")
        .WithCouncillor("Barry Macleod-Cullinane", "Conservative", "Pinner")
        .WithCouncillor("Richard Almond", "Conservative", "Pinner")
        .WithCouncillor("Christine Robson", "Labour", "Greenhill")
        .WithCommittee(Scrutiny, c => c
            .Slug("overview-and-scrutiny")
            .Quorum(4)
            .Purpose("Scrutinises the decisions of the Cabinet and reviews council policy and the performance of services.")
            .Chair("Phillip O'Dell")
            .ViceChair("Barry Macleod-Cullinane")
            .Members("Jerry Miles", "Sachin Shah", "Richard Almond")
            .CoOptee("Reverend P Reece", "Church of England diocesan education authority")
            .Reserves("Labour", "Jeff Anderson", "Christine Robson"))
        .WithCommittee("Cabinet", c => c
            .Purpose("Takes executive decisions.")
            .Chair("Christine Robson")
            .Members("Phillip O'Dell")
            .Seat("Jerry Miles", MembershipRole.Member, from: new LocalDate(2016, 5, 19), to: new LocalDate(2017, 5, 17)))
        .WithCommittee("Corporate Parenting Panel", c => c
            .Within("Cabinet")
            .Purpose("Champions the interests of children in the council's care.")
            .Chair("Christine Robson")
            .Members("Jerry Miles")
            .Adviser("Jenny Hall", "Foster Carer"))
        // Overview and Scrutiny, 19 September 2017: held, agenda and minutes published.
        .WithMeeting(Scrutiny, HeldOn, m => m
            .AgendaPublished(new LocalDate(2017, 9, 11))
            .MinutesPublished(new LocalDate(2017, 9, 28))
            .Held(new LocalTime(21, 50))
            .Item(1, "Attendance by Reserve Members")
            .Item(2, "Declarations of Interests")
            .Item(3, "Community Safety Strategy", i => i
                .Pages(5, 12)
                .ReportOf("Report of the Corporate Director, Community")
                .Report("Community Safety Strategy 2017-2020", r => HarrowReport(r)
                    .Summary("This report sets out the draft Community Safety Strategy for scrutiny before it goes to Cabinet.")
                    .Body("Section 2 – Report\n\n1. Background\n\nThe Safer Harrow partnership reviews its strategy every three years.\n\nCrime type\tIncidents 2015/16\tIncidents 2016/17\nBurglary\t1,820\t1,640\nVehicle crime\t2,310\t2,205\n\n• Reduce burglary\n• Reduce anti-social behaviour\n\n2. Options considered\n\nThe partnership considered keeping the current priorities.")
                    .Enclosure("Appendix 1 - Draft strategy", "appendix-1.pdf", 6)))
            .PartII(4, "Contract for Leisure Services", paragraph: 3)
            .Present("Phillip O'Dell", "Barry Macleod-Cullinane", "Jerry Miles", "Richard Almond")
            .Apologies("Sachin Shah")
            .Reserve("Jeff Anderson", forMember: "Sachin Shah", category: 1)
            .InAttendance("Paul Hewitt", "Corporate Director, Community")
            .Declaration("Jerry Miles", 3, InterestKind.NonRegistrable, "He is a governor of a local primary school.")
            .Minute(225, "Attendance by Reserve Members", n => n
                .OnItem(1)
                .Resolved(ResolutionKind.Noted, "The attendance of Councillor Jeff Anderson for Councillor Sachin Shah."))
            .Minute(226, "Community Safety Strategy", n => n
                .OnItem(3)
                .Body("The Corporate Director introduced the report.\n\nMembers asked about burglary rates in Pinner.")
                .Resolved(ResolutionKind.Recommend, "That Cabinet", "adopt the Community Safety Strategy 2017-2020", "report progress to this committee in six months")))
        // Overview and Scrutiny, 11 July 2017: held, for attendance history.
        .WithMeeting(Scrutiny, new LocalDate(2017, 7, 11), m => m
            .AgendaPublished(new LocalDate(2017, 7, 3))
            .MinutesPublished(new LocalDate(2017, 7, 20))
            .Held(new LocalTime(21, 15))
            .Present("Phillip O'Dell")
            .Apologies("Jerry Miles")
            .Minute(210, "Scrutiny Work Programme 2017/18", n => n.Resolved(ResolutionKind.Resolved, "That the work programme be agreed.")))
        // To come: one routine, one cancelled.
        .WithMeeting(Scrutiny, new LocalDate(2017, 10, 17))
        .WithMeeting(Scrutiny, new LocalDate(2017, 11, 14), m => m.Cancelled("There is no business for the meeting."))
        // Cabinet: one held (minutes not yet published), one postponed.
        .WithMeeting("Cabinet", new LocalDate(2017, 9, 21), m => m
            .AgendaPublished(new LocalDate(2017, 9, 13))
            .Held(new LocalTime(20, 10))
            .Item(1, "Revenue and Capital Monitoring, Quarter 1"))
        .WithMeeting("Cabinet", new LocalDate(2017, 10, 19), m => m.Postponed("Postponed to allow the budget consultation to close."))
        // Corporate Parenting Panel: agenda published, meeting to come, online as well.
        .WithMeeting("Corporate Parenting Panel", new LocalDate(2017, 10, 4), m => m
            .At(new LocalTime(18, 30))
            .Online("https://example.org/harrow/live")
            .AgendaPublished(new LocalDate(2017, 9, 22))
            .Item(1, "Children Looked After: Annual Report", i => i.Report("Children Looked After Annual Report", r => HarrowReport(r)
                .Summary("The annual report of the service.")
                .Body("1. Introduction\n\nThe number of children looked after fell this year."))));

    /// <summary>The officer and recommendation of the Harrow reports.</summary>
    public static ReportBuilder HarrowReport(ReportBuilder report) => report
        .Officer("Paul Hewitt, Corporate Director, Community")
        .Recommendations("That the committee comments on the draft strategy.");

    protected virtual Task SeedMoreAsync(QuorumDbContext db) => Task.CompletedTask;

    /// <summary>The site's database: the SQLite file at <see cref="DatabasePath"/> unless a host chooses PostgreSQL.</summary>
    protected virtual DatabaseSettings CreateSettings() => DatabaseSettings.ForSqliteFile(DatabasePath);

    /// <summary>Configuration a host sets on top of the defaults (a council's procedure choices, say).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Extra services for the host (a test's publication listener, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        var settings = Database = CreateSettings();
        await CreateDatabaseAsync(settings);
        await using (var db = QuorumDatabase.CreateContext(settings, Clock))
        {
            await SeedMoreAsync(db);
        }
        var packs = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "packs");
        Directory.CreateDirectory(packs);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Quorum", settings.SqlitePath ?? settings.ConnectionString);
            web.UseSetting("Documents:Packs", packs);
            web.UseSetting("Documents:Store", DocumentsPath);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // Hosts that need the packs of agendas published without one build them themselves (see PackSite).
            web.UseSetting("Documents:BuildMissingPacks", "false");
            // Every test client comes from 127.0.0.1; the per-address limits are tested on hosts of their own.
            web.UseSetting("RateLimits:SearchPerMinute", "0");
            web.UseSetting("RateLimits:QuestionsPerMinute", "0");
            web.UseSetting("RateLimits:AlertsPerMinute", "0");
            web.UseSetting("RateLimits:PetitionsPerMinute", "0");
            web.UseSetting("RateLimits:ApiPerMinute", "0");
            foreach (var (key, value) in Settings)
            {
                web.UseSetting(key, value);
            }
            web.UseEnvironment("Production");
            // A free port per host, so test classes run side by side.
            web.UseUrls("http://127.0.0.1:0");
            web.ConfigureServices(services =>
            {
                services.AddSingleton<IClock>(Clock);
                // The real hasher at a test's cost: the product's 100,000 rounds cost tens of milliseconds of CPU per
                // sign-in, and the demo template, every host's accounts and every sign-in paid them (3% of the web
                // tests' CPU). What is tested (hash, verify, lockout, equal time for unknown names) is the same.
                services.Configure<PasswordHasherOptions>(hashing => hashing.IterationCount = PasswordRounds);
                // One warm Chromium prints for every test host in the process instead of one each (a browser and its
                // Playwright driver cost seconds of CPU to start). Given as an instance, so no host disposes it.
                services.AddSingleton(SharedPrinter);
                ConfigureServices(services);
            });
        });
        _factory.UseKestrel();
        _factory.StartServer();
        await CreateAccountsAsync(_factory.Services);
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>
    /// The demo's staff accounts (admin, clerk, author, clearing, councillor) on this council too, so that tests sign
    /// in with the same names everywhere. The site itself creates them only for the demo council.
    /// </summary>
    private static async Task CreateAccountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.Staff.StaffUser>>();
        if (!users.Users.Any())
        {
            await Demo.DemoAccounts.CreateAsync(scope.ServiceProvider);
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
