using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using NodaTime;
using Quorum.Application;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Application.Imports;
using Quorum.Application.Mail;
using Quorum.Application.Participation;
using Quorum.Application.Publication;
using Quorum.Application.Reports;
using Quorum.Application.Setup;
using Quorum.Data;
using Quorum.Demo;
using Quorum.Domain.Participation;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.Web.Api.Docs;
using Quorum.Web.Api.Export;
using Quorum.Web.Api.Feeds;
using Quorum.Web.Api.OParl;
using Quorum.Web.Api.Search;
using Quorum.Web.Pages.Admin.Staff;
using Quorum.Web.Pages.Calendar;
using Quorum.Web.Pages.Meetings;
using Quorum.Web.Pages.Search;
using Quorum.Web.Pages.Sitemap;
using Quorum.Web.Security;
using Quorum.Web.Site;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Published, the site's static files are beside the program: found whatever folder it is started in. From the
    // source tree (dotnet run, the tests) the project folder stays the content root.
    ContentRootPath = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null,
});

// A long search (up to the index's 1,000 characters, percent-encoded) must reach the page and get a message, not a 414.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);

var database = SiteData.Settings(builder.Configuration);
builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSiteData(database);
builder.Services.AddApiDocs();

builder.Services.AddSingleton<SiteClock>();
// Each council's procedure rules are its administrators' settings (/admin/settings); a council that has stored
// none (the demo) has Harrow's, with the deployment's choice on draft minutes ("Procedure:PublishDraftMinutes").
var publishDraftMinutes = builder.Configuration.GetValue<bool>("Procedure:PublishDraftMinutes");
builder.Services.TryAddSingleton(new CouncilRulebooks(
    ProcedureRulebook.Harrow.WithCouncilSettings(s => s with { PublishDraftMinutes = publishDraftMinutes }), builder.Configuration["Site:Council"]));
// A request's rules are those of the council its host name serves (Site:Hosts), found before any page runs.
builder.Services.TryAddScoped(services =>
{
    var rulebooks = services.GetRequiredService<CouncilRulebooks>();
    var db = services.GetRequiredService<QuorumDbContext>();
    return services.GetRequiredService<CurrentCouncil>().Resolved is { } council ? rulebooks.For(db, council.Id) : rulebooks.ForSite(db);
});
// The council's SMTP relay (Mail:*); the outbox worker sends what the application services queue.
var mail = MailSettings.FromConfiguration(builder.Configuration);
builder.Services.AddSingleton(mail);
builder.Services.AddHostedService<MailOutboxWorker>();
// Residents' contact details are erased after the periods in Retention:* (the privacy notice names them).
builder.Services.AddSingleton(new RetentionPeriods(
    builder.Configuration.GetValue("Retention:QuestionContactDays", RetentionPeriods.Default.QuestionContactDays),
    builder.Configuration.GetValue("Retention:AlertDays", RetentionPeriods.Default.AlertDays),
    builder.Configuration.GetValue("Retention:SentMailDays", RetentionPeriods.Default.SentMailDays),
    builder.Configuration.GetValue("Retention:PetitionContactDays", RetentionPeriods.Default.PetitionContactDays)));
builder.Services.AddHostedService<PersonalDataRetention.Worker>();
// The council's petition scheme (Petitions:*); Harrow's debate threshold is the default.
builder.Services.AddSingleton(new PetitionThresholds(
    builder.Configuration.GetValue("Petitions:DebateThreshold", PetitionThresholds.Default.Debate),
    builder.Configuration.GetValue("Petitions:EvidenceThreshold", PetitionThresholds.Default.Evidence),
    builder.Configuration.GetValue("Petitions:ResponseDays", PetitionThresholds.Default.ResponseDays)));
// Past papers uploaded on the staff page wait in Documents:Store until the clerk confirms them (Imports:MaxPackMegabytes).
var packUploads = PackUploadRules.From(builder.Configuration);
builder.Services.AddSingleton(packUploads);
// Enclosures live in Documents:Store (a folder every node shares when several run; the demo council's are drawn there on first use), packs in Documents:Packs.
builder.Services.AddQuorumApplication(
    new DocumentPaths(
        DataFolder.PathFor(builder.Configuration, "Documents:Store", "documents"),
        DataFolder.PathFor(builder.Configuration, "Documents:Packs", "packs"),
        DataFolder.OptionalPathFor(builder.Configuration, "OpenData:DocumentRoot")),
    EnclosureRules.From(builder.Configuration));
if (builder.Configuration.GetValue("Demo:DrawEnclosures", true))
{
    builder.Services.AddSingleton<IMissingEnclosureSource, DemoEnclosures>();
}
// Published agendas without a pack file (the demo council) get their packs in the background, never on a public request.
if (builder.Configuration.GetValue("Documents:BuildMissingPacks", true))
{
    builder.Services.AddHostedService<MissingPacks.AtStart>();
}
builder.Services.AddSingleton(services => new SiteHosts(services.GetRequiredService<IConfiguration>()));
builder.Services.AddScoped<CurrentCouncil>();
// Open data (OParl, feeds, exports) shows every council's records, or only the host's when host names choose the council.
builder.Services.AddScoped(services =>
{
    var current = services.GetRequiredService<CurrentCouncil>();
    return new Quorum.Application.OpenData.PublicRecords(services.GetRequiredService<QuorumDbContext>(), current.HostMapped ? current.Resolved?.Id ?? Guid.Empty : null);
});
builder.Services.AddSingleton<PublicSiteCache>();
// Whatever publishes tells PublicationEvents after it commits; the cache hears it and evicts the public pages.
builder.Services.AddSingleton<IPublicationListener>(services => services.GetRequiredService<PublicSiteCache>());
// The search index hears publications after the cache, so pages are fresh while a meeting is re-indexed.
builder.Services.AddSiteSearch(database, builder.Configuration);
// Several nodes on one PostgreSQL database: each publication is told to the others, whose caches evict (last, so the
// others hear of it once this node's index has it).
builder.Services.AddSingleton<INodeLocalCopy>(services => services.GetRequiredService<PublicSiteCache>());
builder.Services.AddSingleton<INodeLocalCopy>(services => services.GetRequiredService<CouncilRulebooks>());
builder.Services.AddNodeBroadcast(database);
// The keys that sign staff cookies and antiforgery tokens, in the database: a sign-in on one node holds on every
// other, and survives a restart.
builder.Services.AddDataProtection().SetApplicationName("Quorum").PersistKeysToDbContext<QuorumDbContext>();
builder.Services.AddMemoryCache();
builder.Services.AddOutputCache(PublicSiteCache.AddPolicies);
builder.Services.AddStaffSide(builder.Configuration);
builder.Services.AddTransportSecurity(builder.Configuration);
builder.Services.AddAbuseLimits(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddRazorPages(StaffSide.ProtectAdminPages)
    .AddMvcOptions(options => options.Filters.Add(new BadQueryFilter()));
// Council text is full of dashes, accents and pound signs: write them as characters, not entities.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

var app = builder.Build();

await QuorumDatabase.MigrateAsync(database, app.Services.GetRequiredService<IClock>());
// Nodes started together on a fresh database take turns: the second finds the council, index and accounts there.
await OneNodeAtATime.RunAsync(database, OneNodeAtATime.FirstStart, async () =>
{
    await DemoData.SeedWhenEmptyAsync(app, database);
    await SiteSearch.BuildWhenEmptyAsync(app);
    await DemoAccounts.EnsureAsync(app);
});

// Links in mail need the public address; without Mail:SiteAddress, the one Kestrel listens on.
app.Lifetime.ApplicationStarted.Register(() => mail.SiteAddress ??= app.Urls.FirstOrDefault()?.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal));

app.UseSecurityHeaders();
app.UseServerTiming();
app.UseExceptionHandler("/errors/500");
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/oparl"),
    site => site.UseStatusCodePagesWithReExecute("/errors/{0}"));
app.UseUploadLimit(Math.Max(app.Services.GetRequiredService<EnclosureRules>().MaxBytes, packUploads.MaxBytes));
app.UseStaticFiles();
app.UseSiteHosts();
app.UseApiReaderLanguage();
app.UseRouting();
app.UseRateLimiter();
// Before the output cache, which must know whether a request is signed in (signed-in requests are never cached).
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();

app.MapHealth();
app.MapOParl();
app.MapCalendarFeeds();
app.MapNewsFeeds();
app.MapForwardPlanFeeds();
app.MapExports();
app.MapSearchApi();
app.MapApiDocs();
app.MapSitemap();
app.MapAgendaPacks();
app.MapMeetingsAddress();
app.MapRazorPages();

app.Run();

public partial class Program;
