using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Reports;

namespace Quorum.Search.Indexing;

/// <summary>Whether a meeting's agenda pack PDF is published on the site, so hits can open it at their page.</summary>
public delegate bool PackIsPublished(LocalDate meetingDate, Slug committee);

/// <summary>How far a rebuild has got: sources (meetings, then each council's people and committees) read.</summary>
public readonly record struct IndexingProgress(int Done, int Total);

/// <summary>
/// Turns the stored record into search documents: agenda items, reports (at their page of the pack), the pages of
/// imported packs, minutes, resolutions, committees and people. Whether each is public is decided by the store's <see cref="Visibility"/>
/// queries, the ones the public site uses; anything else is handed over marked exempt, draft or unpublished, and
/// the index withholds it (so the counts say how much was kept back). One source per meeting, so publishing a
/// meeting's agenda or minutes replaces exactly that meeting's documents.
/// </summary>
public sealed class PublicIndexer(ISearchIndex index, DatabaseSettings database, IClock clock, PackIsPublished? packIsPublished = null)
{
    /// <summary>Meetings read at once by a rebuild: about 100 packs' pages, tens of megabytes.</summary>
    private const int MeetingsPerRead = 200;

    public ISearchIndex Index { get; } = index;

    public static string MeetingSource(Guid meetingId) => $"meeting/{meetingId:N}";

    public static string DirectorySource(Guid councilId) => $"council/{councilId:N}/people-and-committees";

    /// <summary>Re-reads one meeting and replaces its documents; a deleted meeting's documents are removed.</summary>
    public async Task<IndexUpdate> IndexMeetingAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        var documents = (await ReadMeetingsAsync(db, new MeetingScope(Id: meetingId), null, cancellationToken)).SingleOrDefault();
        return await Index.ReplaceSourceAsync(MeetingSource(meetingId), documents?.Documents ?? [], cancellationToken);
    }

    /// <summary>Re-reads a council's executive decision notices (after one is published, called in or implemented).</summary>
    public async Task<IndexUpdate> IndexDecisionsAsync(Guid councilId, CancellationToken cancellationToken = default)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        var source = await DecisionDocuments.ReadAsync(db, councilId, cancellationToken);
        return await Index.ReplaceSourceAsync(source.SourceKey, source.Documents, cancellationToken);
    }

    /// <summary>Re-reads a council's people and committees (after membership changes).</summary>
    public async Task<IndexUpdate> IndexDirectoryAsync(Guid councilId, CancellationToken cancellationToken = default)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        var source = await ReadDirectoryAsync(db, councilId, cancellationToken);
        return await Index.ReplaceSourceAsync(source.SourceKey, source.Documents, cancellationToken);
    }

    /// <summary>
    /// Re-reads every meeting of a council, its executive decisions and its directory, source by source, for changes
    /// that touch many meetings at once (an import of several packs). Meetings deleted since they were indexed are
    /// removed.
    /// </summary>
    public async Task<IndexUpdate> IndexCouncilAsync(Guid councilId, CancellationToken cancellationToken = default)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        var sources = await ReadMeetingsAsync(db, new MeetingScope(CouncilId: councilId), null, cancellationToken);
        var deleted = await db.Meetings.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.Deleted != null && m.Committee!.CouncilId == councilId)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        var total = new IndexUpdate(0, 0, 0);
        foreach (var id in deleted)
        {
            total = Add(total, new IndexUpdate(0, 0, await Index.RemoveSourceAsync(MeetingSource(id), cancellationToken)));
        }
        sources.Add(await DecisionDocuments.ReadAsync(db, councilId, cancellationToken));
        sources.Add(await ReadDirectoryAsync(db, councilId, cancellationToken));
        foreach (var source in sources)
        {
            total = Add(total, await Index.ReplaceSourceAsync(source.SourceKey, source.Documents, cancellationToken));
        }
        return total;
    }

    /// <summary>Rebuilds the whole index from the store; searches see the old index until the new one is complete.</summary>
    public async Task<IndexUpdate> RebuildAsync(IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        return await Index.RebuildAsync(SourcesAsync(progress, cancellationToken), cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Every source, oldest meeting first, then each council's executive decisions and directory: the index favours
    /// the most recently added matches of a broad query, which should be recent papers, and notices, people and
    /// committees, of which there are few.
    /// </summary>
    public async IAsyncEnumerable<IndexedSource> SourcesAsync(IProgress<IndexingProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = QuorumDatabase.CreateContext(database, clock);
        // Read a batch of meetings at a time: read whole, 10,000 imported packs held 7 GB of page text at once.
        var meetingIds = await InDateOrder(db.Meetings.AsNoTracking().WherePublic()).Select(m => m.Id).ToListAsync(cancellationToken);
        var councils = await db.Councils.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Id).ToListAsync(cancellationToken);
        var people = await PersonMentions.LoadAsync(db, cancellationToken);
        var total = meetingIds.Count + (2 * councils.Count);
        var done = 0;
        foreach (var batch in meetingIds.Chunk(MeetingsPerRead))
        {
            foreach (var source in await ReadMeetingsAsync(db, new MeetingScope(Ids: batch), people, cancellationToken))
            {
                yield return source;
                progress?.Report(new IndexingProgress(++done, total));
            }
        }
        foreach (var councilId in councils)
        {
            yield return await DecisionDocuments.ReadAsync(db, councilId, cancellationToken);
            progress?.Report(new IndexingProgress(++done, total));
            yield return await ReadDirectoryAsync(db, councilId, cancellationToken);
            progress?.Report(new IndexingProgress(++done, total));
        }
    }

    private sealed record ImportedPageText(Guid Id, Guid PackId, Guid MeetingId, int Number, string Text, bool IsExempt);

    private static IndexUpdate Add(IndexUpdate a, IndexUpdate b) => new(a.Indexed + b.Indexed, a.Withheld + b.Withheld, a.Removed + b.Removed);

    /// <summary>Meetings in the order the index takes them: oldest first.</summary>
    private static IQueryable<Meeting> InDateOrder(IQueryable<Meeting> meetings) =>
        meetings.OrderBy(m => m.Date).ThenBy(m => m.StartTime).ThenBy(m => m.Id);

    /// <summary>The meetings to read: one, one council's, or a batch of a rebuild's.</summary>
    private sealed record MeetingScope(Guid? Id = null, Guid? CouncilId = null, Guid[]? Ids = null);

    /// <summary>The sources of the meetings in <paramref name="scope"/>, each a meeting's documents, in date order.</summary>
    private async Task<List<IndexedSource>> ReadMeetingsAsync(QuorumDbContext db, MeetingScope scope, PersonMentions? people, CancellationToken ct)
    {
        var (meetingId, councilId, meetingIds) = (scope.Id, scope.CouncilId, scope.Ids);
        var meetings = await InDateOrder(db.Meetings.AsNoTracking().WherePublic()
            .Include(m => m.Committee)
            .Where(m => (meetingId == null || m.Id == meetingId) && (councilId == null || m.Committee!.CouncilId == councilId)
                && (meetingIds == null || meetingIds.Contains(m.Id))))
            .ToListAsync(ct);
        if (meetings.Count == 0)
        {
            return [];
        }

        // Everything of those meetings, public or not; the public sets come from the Visibility queries alone.
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => (meetingId == null || i.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(i.MeetingId)) && (councilId == null || i.Meeting!.Committee!.CouncilId == councilId))
            .ToListAsync(ct);
        var publicItems = await db.AgendaItems.WherePublic()
            .Where(i => (meetingId == null || i.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(i.MeetingId)) && (councilId == null || i.Meeting!.Committee!.CouncilId == councilId))
            .Select(i => i.Id).ToHashSetAsync(ct);
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.AgendaItemId != null
                && (meetingId == null || r.AgendaItem!.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(r.AgendaItem!.MeetingId)) && (councilId == null || r.CouncilId == councilId))
            .ToListAsync(ct);
        var publicReports = await db.Reports.WherePublic()
            .Where(r => r.AgendaItemId != null
                && (meetingId == null || r.AgendaItem!.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(r.AgendaItem!.MeetingId)) && (councilId == null || r.CouncilId == councilId))
            .Select(r => r.Id).ToHashSetAsync(ct);
        var publicEnclosures = (await db.Enclosures.AsNoTracking().WherePublic()
                .Where(e => e.Report!.AgendaItemId != null
                    && (meetingId == null || e.Report.AgendaItem!.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(e.Report.AgendaItem!.MeetingId)) && (councilId == null || e.Report.CouncilId == councilId))
                .OrderBy(e => e.Number)
                .Select(e => new { e.ReportId, e.Title })
                .ToListAsync(ct))
            .ToLookup(e => e.ReportId, e => e.Title);
        var minutes = await db.Minutes.AsNoTracking().Include(m => m.Resolutions)
            .Where(m => (meetingId == null || m.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(m.MeetingId)) && (councilId == null || m.Meeting!.Committee!.CouncilId == councilId))
            .OrderBy(m => m.Number)
            .ToListAsync(ct);
        var publicMinutes = await db.Minutes.WherePublic()
            .Where(m => (meetingId == null || m.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(m.MeetingId)) && (councilId == null || m.Meeting!.Committee!.CouncilId == councilId))
            .Select(m => m.Id).ToHashSetAsync(ct);
        // The page-by-page text of imported packs (current versions only: a superseded pack is history, not the record).
        var importedPages = (await db.ImportedPages.AsNoTracking()
                .Where(p => p.Pack!.SupersededById == null
                    && (meetingId == null || p.Pack.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(p.Pack.MeetingId)) && (councilId == null || p.Pack.CouncilId == councilId))
                .OrderBy(p => p.Number)
                .Select(p => new ImportedPageText(p.Id, p.PackId, p.Pack!.MeetingId, p.Number, p.Text, p.IsExempt))
                .ToListAsync(ct))
            .ToLookup(p => p.MeetingId);
        var publicPages = await db.ImportedPages.WherePublic()
            .Where(p => (meetingId == null || p.Pack!.MeetingId == meetingId) && (meetingIds == null || meetingIds.Contains(p.Pack!.MeetingId)) && (councilId == null || p.Pack!.CouncilId == councilId))
            .Select(p => p.Id).ToHashSetAsync(ct);
        people ??= await PersonMentions.LoadAsync(db, ct);

        var itemsByMeeting = items.ToLookup(i => i.MeetingId);
        var reportsByItem = reports.ToLookup(r => r.AgendaItemId!.Value);
        var minutesByMeeting = minutes.ToLookup(m => m.MeetingId);
        var sources = new List<IndexedSource>(meetings.Count);
        foreach (var meeting in meetings)
        {
            var context = new MeetingContext(meeting, packIsPublished is not null && meeting.AgendaPublishedOn is not null
                && packIsPublished(meeting.Date, meeting.Committee!.Slug), people);
            var documents = new List<SearchDocument>();
            foreach (var item in itemsByMeeting[meeting.Id].OrderBy(i => i.Number))
            {
                var itemReports = reportsByItem[item.Id].OrderBy(r => r.Subject).ToList();
                documents.Add(context.Item(item, ItemVisibility(item, publicItems),
                    itemReports.Where(r => publicReports.Contains(r.Id)).Select(r => r.Subject)));
                foreach (var report in itemReports)
                {
                    documents.Add(context.Report(item, report, ReportVisibility(report, item, publicReports), publicEnclosures[report.Id]));
                }
            }
            foreach (var minute in minutesByMeeting[meeting.Id])
            {
                var visibility = publicMinutes.Contains(minute.Id) ? DocumentVisibility.Public
                    : meeting.MinutesPublishedOn is null ? DocumentVisibility.Draft
                    : DocumentVisibility.Exempt;
                documents.Add(context.Minute(minute, visibility));
                documents.AddRange(minute.Resolutions.OrderBy(r => r.Order).Select(r => context.Resolution(minute, r, visibility)));
            }
            foreach (var page in importedPages[meeting.Id])
            {
                var visibility = !publicPages.Contains(page.Id) ? (page.IsExempt ? DocumentVisibility.Exempt : DocumentVisibility.Unpublished)
                    : meeting.AgendaPublishedOn is null ? DocumentVisibility.Unpublished
                    : DocumentVisibility.Public;
                documents.Add(context.ImportedPage(page, visibility));
            }
            sources.Add(new IndexedSource(MeetingSource(meeting.Id), documents));
        }
        return sources;
    }

    /// <summary>
    /// Part II items are withheld whole: the site shows their titles on the agenda, but search results, counts and
    /// facets hold no exempt business at all.
    /// </summary>
    private static DocumentVisibility ItemVisibility(AgendaItem item, HashSet<Guid> publicItems) =>
        !publicItems.Contains(item.Id) ? DocumentVisibility.Unpublished
        : item.Part is AgendaPart.PartII ? DocumentVisibility.Exempt
        : DocumentVisibility.Public;

    private static DocumentVisibility ReportVisibility(Report report, AgendaItem item, HashSet<Guid> publicReports) =>
        publicReports.Contains(report.Id) ? DocumentVisibility.Public
        : report.State != PublicationState.Published ? DocumentVisibility.Draft
        : report.IsExempt || item.Part is AgendaPart.PartII ? DocumentVisibility.Exempt
        : DocumentVisibility.Unpublished;

    private static async Task<IndexedSource> ReadDirectoryAsync(QuorumDbContext db, Guid councilId, CancellationToken ct)
    {
        var committees = await db.Committees.AsNoTracking().Where(c => c.CouncilId == councilId).OrderBy(c => c.Name).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.CouncilId == councilId).OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ToListAsync(ct);
        var groups = await db.PartyGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var wards = await db.Wards.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        var seats = (await db.Memberships.AsNoTracking()
                .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m.PersonId, c.Name })
                .ToListAsync(ct))
            .ToLookup(s => s.PersonId, s => s.Name);

        var documents = new List<SearchDocument>();
        foreach (var committee in committees)
        {
            documents.Add(new SearchDocument
            {
                Id = $"committee/{committee.Id:N}",
                Kind = SearchDocumentKind.Committee,
                Title = committee.Name,
                Body = committee.Purpose,
                Committee = new CommitteeRef(committee.Slug.Value, committee.Name),
                Url = PublicLinks.Committee(committee.Slug),
                Visibility = DocumentVisibility.Public,
                CouncilId = councilId,
            });
        }
        foreach (var person in people)
        {
            var lines = new List<string>();
            if (person.WardId is { } ward && wards.TryGetValue(ward, out var wardName))
            {
                lines.Add($"Councillor for {wardName} ward.");
            }
            if (person.PartyGroupId is { } group && groups.TryGetValue(group, out var groupName))
            {
                lines.Add(groupName + ".");
            }
            var bodies = seats[person.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (bodies.Count > 0)
            {
                lines.Add("Member of " + string.Join(", ", bodies) + ".");
            }
            if (person.Aliases.Count > 0)
            {
                lines.Add("Also printed as " + string.Join(", ", person.Aliases) + ".");
            }
            documents.Add(new SearchDocument
            {
                Id = $"person/{person.Id:N}",
                Kind = SearchDocumentKind.Person,
                Title = person.DisplayName,
                Body = string.Join('\n', lines),
                PersonSlugs = [person.Slug.Value],
                Url = PublicLinks.Person(person.Slug),
                Visibility = DocumentVisibility.Public,
                CouncilId = councilId,
            });
        }
        return new IndexedSource(DirectorySource(councilId), documents);
    }

    /// <summary>Builds the documents of one meeting.</summary>
    private sealed class MeetingContext(Meeting meeting, bool packPublished, PersonMentions people)
    {
        private readonly Slug slug = meeting.Committee!.Slug;
        private readonly CommitteeRef committee = new(meeting.Committee!.Slug.Value, meeting.Committee.Name);
        private readonly string meetingUrl = PublicLinks.Meeting(meeting.Date, meeting.Committee!.Slug);

        public SearchDocument Item(AgendaItem item, DocumentVisibility visibility, IEnumerable<string> reportSubjects)
        {
            var body = Join(item.ReportOf, item.Description, Join([.. reportSubjects]));
            var document = Document($"item/{item.Id:N}", SearchDocumentKind.AgendaItem, $"{item.Number}. {item.Title}", body,
                DeepLink.Anchor(meetingUrl, $"item-{item.Label}"), visibility);
            return document with { PageNumber = item.Pages?.First };
        }

        /// <summary>
        /// A report as one unit at its first page of the pack ("page 21 of the pack"): the store keeps a report's
        /// text whole, not page by page. The link opens the pack at that page once the pack PDF is published, and the
        /// report in the HTML document view before then.
        /// </summary>
        public SearchDocument Report(AgendaItem item, Report report, DocumentVisibility visibility, IEnumerable<string> enclosures)
        {
            var page = item.Pages?.First;
            var url = packPublished && page is { } first
                ? DeepLink.PdfPage(PublicLinks.Pack(meeting.Date, slug), first)
                : DeepLink.Anchor(PublicLinks.Item(meeting.Date, slug, item.Number, item.Suffix), $"report-{report.Id}");
            var enclosureList = enclosures.ToList();
            var body = Join(
                report.Summary, report.Recommendations, report.Body,
                $"Report for {report.ReportFor}. Responsible officer: {report.ResponsibleOfficer}.",
                report.PortfolioHolder is null ? null : $"Portfolio holder: {report.PortfolioHolder}.",
                report.ScrutinyLeadMember is null ? null : $"Scrutiny lead member: {report.ScrutinyLeadMember}.",
                enclosureList.Count == 0 ? null : "Enclosures: " + string.Join("; ", enclosureList) + ".");
            var id = page is { } p ? $"report/{report.Id:N}/page/{p}" : $"report/{report.Id:N}";
            return Document(id, SearchDocumentKind.ReportPage, report.Subject, body, url, visibility) with { PageNumber = page };
        }

        /// <summary>
        /// One page of an imported pack, numbered as in the pack file. The site does not serve imported originals, so
        /// the hit opens the meeting's agenda and names the page.
        /// </summary>
        public SearchDocument ImportedPage(ImportedPageText page, DocumentVisibility visibility)
        {
            var document = Document($"pack/{page.PackId:N}/page/{page.Number}", SearchDocumentKind.ReportPage,
                $"{committee.Name} agenda pack, page {page.Number}", page.Text, DeepLink.Anchor(meetingUrl, "agenda"), visibility);
            return document with { PageNumber = page.Number };
        }

        public SearchDocument Minute(Minute minute, DocumentVisibility visibility) =>
            Document($"minute/{minute.Id:N}", SearchDocumentKind.Minute, $"{minute.Number}. {minute.Title}", minute.Body,
                DeepLink.Anchor(meetingUrl, $"minute-{minute.Number}"), visibility);

        public SearchDocument Resolution(Minute minute, Resolution resolution, DocumentVisibility visibility) =>
            Document($"resolution/{resolution.Id:N}", SearchDocumentKind.Resolution, $"{minute.Number}. {minute.Title}", resolution.ToMinuteText(),
                DeepLink.Anchor(meetingUrl, $"minute-{minute.Number}"), visibility);

        private SearchDocument Document(string id, SearchDocumentKind kind, string title, string body, string url, DocumentVisibility visibility) => new()
        {
            Id = id,
            Kind = kind,
            Title = title,
            Body = body,
            Committee = committee,
            MeetingDate = meeting.Date,
            // Only public text is read for names, so a mention in exempt text cannot surface as a facet.
            PersonSlugs = visibility == DocumentVisibility.Public ? people.In(meeting.Committee!.CouncilId, title, body) : [],
            Url = url,
            Visibility = visibility,
            CouncilId = meeting.Committee!.CouncilId,
        };

        private static string Join(params string?[] parts) => string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
