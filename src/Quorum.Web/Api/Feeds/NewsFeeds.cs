using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Application.OpenData;
using Quorum.Publishing.Documents;
using Quorum.Web.Api.OParl;

namespace Quorum.Web.Api.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds of what re-publishers watch: newly published documents, decisions, and everything
/// about one committee. Each feed is at <c>.rss</c> and <c>.atom</c>.
/// </summary>
public static class NewsFeeds
{
    private const int Size = 50;

    public static IEndpointRouteBuilder MapNewsFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/documents.{format:regex(^(rss|atom)$)}", Documents).WithName("DocumentsFeed").WithSummary("Newly published reports and their public enclosures (format: rss or atom).");
        feeds.MapGet("/decisions.{format:regex(^(rss|atom)$)}", Decisions).WithName("DecisionsFeed").WithSummary("Decisions from published minutes (format: rss or atom).");
        feeds.MapGet("/committees/{id}.{format:regex(^(rss|atom)$)}", Committee).WithName("CommitteeFeed").WithSummary("A committee's agendas, documents and decisions (format: rss or atom).");
        return app;
    }

    /// <summary>One item; <paramref name="SummaryHtml"/> is always safe HTML, since feed readers render a summary as HTML.</summary>
    internal sealed record Entry(Guid Id, string Title, string SummaryHtml, string Link, Instant Updated, string Category);

    internal static string Encoded(string text) => System.Net.WebUtility.HtmlEncode(text).ReplaceLineEndings("<br>");

    private static async Task<ContentHttpResult> Documents(HttpRequest request, PublicRecords records, string format, CancellationToken cancellationToken)
    {
        var urls = OParlUrls.For(request);
        var entries = await DocumentEntriesAsync(records.Reports, urls, cancellationToken);
        return Render(request, format, "New documents", "Reports published for council meetings.", urls.Base + "/feeds/documents." + format, entries);
    }

    private static async Task<ContentHttpResult> Decisions(HttpRequest request, PublicRecords records, string format, CancellationToken cancellationToken)
    {
        var urls = OParlUrls.For(request);
        var entries = await DecisionEntriesAsync(records.Minutes, urls, cancellationToken);
        return Render(request, format, "Decisions", "Decisions recorded in published minutes.", urls.Base + "/feeds/decisions." + format, entries);
    }

    private static async Task<Results<ContentHttpResult, JsonHttpResult<OParlError>>> Committee(HttpRequest request, PublicRecords records, string id, string format, CancellationToken cancellationToken)
    {
        var urls = OParlUrls.For(request);
        var name = Guid.TryParse(id, out var guid) ? await records.Committees.Where(c => c.Id == guid).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) : null;
        if (name is null)
        {
            return OParlError.NotFound($"There is no committee '{id}'.");
        }
        var agendas = await records.Meetings.Where(m => m.CommitteeId == guid && m.AgendaPublishedOn != null)
            .OrderByDescending(m => m.Date).Take(Size).ToListAsync(cancellationToken);
        var entries = agendas.Select(m => new Entry(m.Id, $"Agenda published: {name}, {m.Date.ToString("d MMMM uuuu", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}",
            Encoded(m.Venue ?? m.VirtualLink ?? ""), urls.Meeting(m.Id), m.Modified, "Agenda")).ToList();
        entries.AddRange(await DocumentEntriesAsync(records.Reports.Where(r => r.AgendaItem!.Meeting!.CommitteeId == guid), urls, cancellationToken));
        entries.AddRange(await DecisionEntriesAsync(records.Minutes.Where(m => m.CommitteeId == guid), urls, cancellationToken));
        return Render(request, format, name, $"Agendas, documents and decisions of {name}.", urls.Base + $"/feeds/committees/{guid}.{format}", entries);
    }

    private static async Task<List<Entry>> DocumentEntriesAsync(IQueryable<Domain.Reports.Report> reports, OParlUrls urls, CancellationToken cancellationToken)
    {
        var rows = await reports.OrderByDescending(r => r.Created).Take(Size)
            .Select(r => new { r.Id, r.Subject, r.Summary, r.ReportFor, r.Modified }).ToListAsync(cancellationToken);
        return rows.Select(r => new Entry(r.Id, r.Subject, $"<p>{Encoded($"Report to {r.ReportFor}.")}</p>{ReportMarkdown.ToSafeHtml(r.Summary)}", urls.Paper(r.Id), r.Modified, "Document")).ToList();
    }

    private static async Task<List<Entry>> DecisionEntriesAsync(IQueryable<Domain.Outcomes.Minute> minutes, OParlUrls urls, CancellationToken cancellationToken)
    {
        var rows = await minutes.Where(m => m.Resolutions.Any()).OrderByDescending(m => m.Modified).Take(Size)
            .Include(m => m.Resolutions).ToListAsync(cancellationToken);
        return rows.Select(m => new Entry(
            m.Id,
            $"Minute {m.Number}: {m.Title}",
            Encoded(string.Join("\n", m.Resolutions.Where(r => !r.IsDeleted).OrderBy(r => r.Order).Select(r => r.ToMinuteText()))),
            m.AgendaItemId is { } item ? urls.AgendaItem(item) : urls.Meeting(m.MeetingId),
            m.Modified,
            "Decision")).ToList();
    }

    internal static ContentHttpResult Render(HttpRequest request, string format, string title, string description, string self, List<Entry> entries)
    {
        var ordered = entries.OrderByDescending(e => e.Updated).Take(Size).ToList();
        var feed = new SyndicationFeed(title, description, new Uri(OParlUrls.For(request).Base + "/"))
        {
            Id = self,
            LastUpdatedTime = ordered.Count == 0 ? DateTimeOffset.UnixEpoch : ordered[0].Updated.ToDateTimeOffset(),
            Generator = "Quorum",
            Items = ordered.Select(e =>
            {
                var item = new SyndicationItem
                {
                    Id = e.Link,
                    Title = new TextSyndicationContent(e.Title),
                    Summary = new TextSyndicationContent(e.SummaryHtml, TextSyndicationContentKind.Html),
                    LastUpdatedTime = e.Updated.ToDateTimeOffset(),
                    PublishDate = e.Updated.ToDateTimeOffset(),
                };
                item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(e.Link)));
                item.Categories.Add(new SyndicationCategory(e.Category));
                return item;
            }).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(self)) { RelationshipType = "self" });
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            SyndicationFeedFormatter formatter = format == "rss" ? new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false) : new Atom10FeedFormatter(feed);
            formatter.WriteTo(writer);
        }
        // StringBuilder output declares utf-16; the body is sent as UTF-8.
        var xml = output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return TypedResults.Text(xml, format == "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8");
    }
}
