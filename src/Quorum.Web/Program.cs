using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using NodaTime;
using Quorum.Application;
using Quorum.Application.Agendas;
using Quorum.Application.Documents;
using Quorum.Application.Mail;
using Quorum.Application.Participation;
using Quorum.Application.Reports;
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
using Quorum.Web.Pages.Meetings;
using Quorum.Web.Pages.Search;
using Quorum.Web.Pages.Sitemap;
using Quorum.Web.Security;
using Quorum.Web.Site;

var builder = WebApplication.CreateBuilder(args);

// A long search (up to the index's 1,000 characters, percent-encoded) must reach the page and get a message, not a 414.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);

var database = SiteData.Settings(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSiteData(database);
builder.Services.AddApiDocs();

builder.Services.AddSingleton<SiteClock>();
// Harrow's procedure rules are the defaults until councils' own settings are stored; a deployment's choices
// come from configuration ("Procedure:PublishDraftMinutes").
var publishDraftMinutes = builder.Configuration.GetValue<bool>("Procedure:PublishDraftMinutes");
builder.Services.TryAddSingleton(ProcedureRulebook.Harrow.WithCouncilSettings(s => s with { PublishDraftMinutes = publishDraftMinutes }));
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
// Enclosures live in Documents:Store (the demo council's are drawn there on first use), packs in Documents:Packs.
builder.Services.AddQuorumApplication(
    new DocumentPaths(
        Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Documents:Store"] ?? "documents")),
        Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Documents:Packs"] ?? "packs")),
        string.IsNullOrWhiteSpace(builder.Configuration["OpenData:DocumentRoot"]) ? null : Path.GetFullPath(builder.Configuration["OpenData:DocumentRoot"]!, builder.Environment.ContentRootPath)),
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
builder.Services.AddScoped<CurrentCouncil>();
builder.Services.AddSingleton<PublicSiteCache>();
// Whatever publishes tells PublicationEvents after it commits; the cache hears it and evicts the public pages.
builder.Services.AddSingleton<IPublicationListener>(services => services.GetRequiredService<PublicSiteCache>());
// The search index hears publications after the cache, so pages are fresh while a meeting is re-indexed.
builder.Services.AddSiteSearch(database, builder.Configuration);
builder.Services.AddMemoryCache();
builder.Services.AddOutputCache(PublicSiteCache.AddPolicies);
builder.Services.AddStaffSide(builder.Configuration);
builder.Services.AddTransportSecurity(builder.Configuration);
builder.Services.AddAbuseLimits(builder.Configuration);
builder.Services.AddRazorPages(StaffSide.ProtectAdminPages)
    .AddMvcOptions(options => options.Filters.Add(new BadQueryFilter()));
// Council text is full of dashes, accents and pound signs: write them as characters, not entities.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);

var app = builder.Build();

await QuorumDatabase.MigrateAsync(database, app.Services.GetRequiredService<IClock>());
await DemoData.SeedWhenEmptyAsync(app, database);
await SiteSearch.BuildWhenEmptyAsync(app);
await DemoAccounts.EnsureAsync(app);

// Links in mail need the public address; without Mail:SiteAddress, the one Kestrel listens on.
app.Lifetime.ApplicationStarted.Register(() => mail.SiteAddress ??= app.Urls.FirstOrDefault()?.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal));

app.UseSecurityHeaders();
app.UseServerTiming();
app.UseExceptionHandler("/errors/500");
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/oparl"),
    site => site.UseStatusCodePagesWithReExecute("/errors/{0}"));
app.UseUploadLimit(app.Services.GetRequiredService<EnclosureRules>().MaxBytes);
app.UseStaticFiles();
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
app.MapExports();
app.MapSearchApi();
app.MapApiDocs();
app.MapSitemap();
app.MapAgendaPacks();
app.MapRazorPages();

app.Run();

public partial class Program;
