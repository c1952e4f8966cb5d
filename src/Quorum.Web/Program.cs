using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Outcomes;
using Quorum.Data.Publication;
using Quorum.Domain.Rules;
using Quorum.Publishing.Documents;
using Quorum.Publishing.Minutes;
using Quorum.Publishing.Packs;
using Quorum.Web.Api;
using Quorum.Web.Api.Docs;
using Quorum.Web.Api.Export;
using Quorum.Web.Api.Feeds;
using Quorum.Web.Api.OParl;
using Quorum.Web.Api.Search;
using Quorum.Web.Pages.Admin.Staff;
using Quorum.Web.Pages.Meetings;
using Quorum.Web.Pages.Search;
using Quorum.Web.Pages.Sitemap;
using Quorum.Web.Site;

var builder = WebApplication.CreateBuilder(args);

// A long search (up to the index's 1,000 characters, percent-encoded) must reach the page and get a message, not a 414.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);

var database = SiteData.Settings(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSiteData(database);
builder.Services.AddOpenData(builder.Configuration, builder.Environment);
builder.Services.AddApiDocs();

builder.Services.AddSingleton<SiteClock>();
// Harrow's procedure rules are the defaults until councils' own settings are stored; a deployment's choices
// come from configuration ("Procedure:PublishDraftMinutes").
var publishDraftMinutes = builder.Configuration.GetValue<bool>("Procedure:PublishDraftMinutes");
builder.Services.TryAddSingleton(ProcedureRulebook.Harrow.WithCouncilSettings(s => s with { PublishDraftMinutes = publishDraftMinutes }));
builder.Services.AddSingleton<PackFiles>();
// One warm browser for the packs; it starts with the first pack printed. Enclosures live in Documents:Store; the
// demo council's are drawn there on first use.
builder.Services.AddSingleton<WarmChromium>();
builder.Services.AddSingleton(services => new AgendaPackBuilder(
    services.GetRequiredService<WarmChromium>(),
    new DocumentStore(
        Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Documents:Store"] ?? "documents"),
        drawDemoEnclosures: builder.Configuration.GetValue("Demo:DrawEnclosures", true)),
    new PackFolder(PackFiles.Folder(builder.Configuration, builder.Environment))));
// Published agendas without a pack file (the demo council) get their packs in the background, never on a public request.
builder.Services.AddSingleton<MissingPacks>();
if (builder.Configuration.GetValue("Documents:BuildMissingPacks", true))
{
    builder.Services.AddHostedService<MissingPacks.AtStart>();
}
builder.Services.AddSingleton(services => new MinutesPdf(services.GetRequiredService<WarmChromium>(), PackFiles.Folder(builder.Configuration, builder.Environment)));
builder.Services.AddScoped<CurrentCouncil>();
builder.Services.AddScoped<AttendanceStatistics>();
builder.Services.AddScoped<InterestsRegister>();
builder.Services.AddScoped(services => new ActionTracker(services.GetRequiredService<QuorumDbContext>()));
builder.Services.AddSingleton<PublicSiteCache>();
// Whatever publishes tells PublicationEvents after it commits; the cache hears it and evicts the public pages.
builder.Services.AddSingleton<IPublicationListener>(services => services.GetRequiredService<PublicSiteCache>());
builder.Services.TryAddScoped<PublicationEvents>();
// The search index hears publications after the cache, so pages are fresh while a meeting is re-indexed.
builder.Services.AddSiteSearch(database, builder.Configuration);
builder.Services.AddMemoryCache();
builder.Services.AddOutputCache(PublicSiteCache.AddPolicies);
builder.Services.AddStaffSide(builder.Configuration);
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

app.UseServerTiming();
app.UseExceptionHandler("/errors/500");
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/oparl"),
    site => site.UseStatusCodePagesWithReExecute("/errors/{0}"));
app.UseStaticFiles();
app.UseRouting();
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
