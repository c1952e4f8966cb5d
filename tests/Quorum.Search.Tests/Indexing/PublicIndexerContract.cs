using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Data.Search;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Imports;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Domain.Publication;
using Quorum.Domain.Rules;
using Quorum.Search.Indexing;
using Quorum.TestSupport;

namespace Quorum.Search.Tests.Indexing;

/// <summary>
/// The indexer over a real store and a real index on the same engine: only what the public site shows is
/// searchable, and a publication replaces the meeting's documents. Each record that must stay private carries a
/// canary word that no search may find.
/// </summary>
public abstract class PublicIndexerContract : IAsyncLifetime
{
    private static readonly string[] Canaries =
    [
        "canarypartiireport", "canaryexemptappendix", "canaryunpublishedagenda", "canarydraftreport",
        "canarydraftminute", "canarydraftresolution", "canarypartiiminute", "canarypartiiitem",
        "canaryexemptpackpage", "canarysupersededpackpage",
    ];

    private static readonly LocalDate HeldOn = new(2017, 9, 19);
    private static readonly LocalDate NextOn = new(2017, 10, 17);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected TestClock Clock { get; } = new(Instant.FromUtc(2017, 9, 25, 9, 0));

    protected DatabaseSettings Database { get; set; } = null!;

    protected ISearchIndex Index { get; set; } = null!;

    private PublicIndexer indexer = null!;
    private SearchOutbox outbox = null!;
    private Guid councilId;
    private Guid heldId;
    private Guid nextId;

    /// <summary>Sets <see cref="Database"/> and <see cref="Index"/> to fresh, empty ones.</summary>
    protected abstract Task CreateDatabaseAndIndexAsync();

    /// <summary>The same index opened again, as another process (<c>quorum reindex</c>) opens it.</summary>
    protected abstract ISearchIndex OpenIndexAgain();

    /// <summary>Makes the index itself refuse (or accept again) every document added or removed, as a full or broken index does.</summary>
    protected abstract Task RefuseIndexWritesAsync(bool refuse);

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAndIndexAsync();
        await TestDatabases.MigrateAsync(Database, Clock, Ct);
        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            await SeedAsync(db);
        }
        indexer = new PublicIndexer(Index, Database, Clock);
        outbox = new SearchOutbox(indexer, Database, Clock);
    }

    public virtual ValueTask DisposeAsync()
    {
        outbox.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_rebuild_indexes_public_items_reports_minutes_resolutions_people_and_committees()
    {
        var update = await indexer.RebuildAsync(cancellationToken: Ct);

        Assert.Equal(["item", "minute", "report", "resolution"], Kinds(await Search("allotments")));
        var report = (await Search("allotments", r => r with { Kinds = [SearchDocumentKind.ReportPage] })).Hits.Single();
        Assert.Equal(21, report.PageNumber);
        Assert.Equal("Allotment Strategy", report.Title.PlainText);
        Assert.StartsWith("/meetings/2017-09-19/overview-and-scrutiny/items/3#report-", report.Url, StringComparison.Ordinal);
        var minute = (await Search("allotment waiting", r => r with { Kinds = [SearchDocumentKind.Minute] })).Hits.Single();
        Assert.Equal("/meetings/2017-09-19/overview-and-scrutiny#minute-225", minute.Url);
        Assert.Equal("225. Allotment Strategy", minute.Title.PlainText);
        var resolution = (await Search("waiting list halved")).Hits.Single();
        Assert.Equal(SearchDocumentKind.Resolution, resolution.Kind);
        Assert.Equal("/meetings/2017-09-19/overview-and-scrutiny#item-3", (await Search("allotments", r => r with { Kinds = [SearchDocumentKind.AgendaItem] })).Hits.Single().Url);
        Assert.Equal("/people/jerry-miles", (await Search("Jerry Miles", r => r with { Kinds = [SearchDocumentKind.Person] })).Hits.Single().Url);
        Assert.Equal("/committees/overview-and-scrutiny", (await Search("scrutiny", r => r with { Kinds = [SearchDocumentKind.Committee] })).Hits.Single().Url);
        // Two private items, three private reports, two private minutes with their resolutions, an exempt pack page.
        Assert.Equal(10, update.Withheld);
    }

    [Fact]
    public async Task Exempt_draft_and_unpublished_material_is_in_no_result_count_facet_or_snippet()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);

        foreach (var canary in Canaries)
        {
            var results = await Search(canary);
            Assert.True(results.IsValid);
            Assert.Equal(0, results.Total);
            Assert.Empty(results.Hits);
        }
        // Filters alone list everything a committee has in the index: no hit or facet carries private text.
        var all = await Index.SearchAsync(new SearchRequest { Committees = ["overview-and-scrutiny"], PageSize = 100 }, Ct);
        Assert.True(all.Total > 5);
        var shown = string.Join(' ', all.Hits.SelectMany(h => new[] { h.Title.PlainText, h.Snippet.PlainText, h.Url }))
            + string.Join(' ', new[] { all.Facets.Committees, all.Facets.Kinds, all.Facets.People, all.Facets.Years }.SelectMany(f => f).Select(f => f.Key + f.Label));
        Assert.DoesNotContain(Canaries, canary => shown.Contains(canary, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(all.Hits, h => h.Title.PlainText.Contains("Leisure", StringComparison.Ordinal));
        Assert.Equal(all.Total, all.Facets.Kinds.Sum(k => k.Count));
    }

    [Fact]
    public async Task Papers_name_the_councillors_they_mention_so_a_search_can_be_narrowed_to_one()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);

        var results = await Search("allotments", r => r with { People = ["jerry-miles"] });
        Assert.Equal(["report"], Kinds(results));
        Assert.Contains(results.Facets.People, p => p.Key == "jerry-miles");
    }

    [Fact]
    public async Task Publishing_an_agenda_indexes_the_meeting_and_replaces_its_stale_documents()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);
        Assert.Equal(0, (await Search("canaryunpublishedagenda")).Total);
        var events = new PublicationEvents([new SearchIndexUpdater(outbox)]);

        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == nextId, Ct);
            meeting.AgendaPublishedOn = new LocalDate(2017, 10, 9);
            var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == nextId, Ct);
            item.Title = "Library opening hours";
            await db.SaveChangesAsync(Ct);
        }
        await events.PublishedAsync(new PublishedChange(councilId, nextId, PublishedContent.Agenda), Ct);

        var hits = (await Search("library opening")).Hits;
        Assert.Equal("/meetings/2017-10-17/overview-and-scrutiny#item-1", Assert.Single(hits, h => h.Kind == SearchDocumentKind.AgendaItem).Url);
        Assert.Equal(0, (await Search("canaryunpublishedagenda")).Total);
        // The report published too early is now public with its agenda, and its draft sibling still is not.
        Assert.Equal(1, (await Search("canaryunpublishedreport")).Total);
        Assert.Equal(0, (await Search("canarydraftreport")).Total);
    }

    [Fact]
    public async Task A_republished_meeting_loses_documents_that_were_withdrawn_or_made_exempt()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);
        Assert.Equal(1, (await Search("waiting list halved")).Total);
        Assert.Equal(1, (await Search("cycle lanes", r => r with { Kinds = [SearchDocumentKind.ReportPage] })).Total);

        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            var minute = await db.Minutes.Include(m => m.Resolutions).SingleAsync(m => m.Number == new MinuteNumber(225), Ct);
            db.Remove(minute.Resolutions.Single());
            var cycling = await db.AgendaItems.SingleAsync(i => i.MeetingId == heldId && i.Number == 4, Ct);
            cycling.TakeInPrivate(new Schedule12AParagraph(3));
            await db.SaveChangesAsync(Ct);
        }
        var update = await indexer.IndexMeetingAsync(heldId, Ct);

        Assert.Equal(0, (await Search("waiting list halved")).Total);
        Assert.Equal(0, (await Search("cycle lanes")).Total);
        Assert.True(update.Removed >= 1);
        Assert.Equal(1, (await Search("allotments", r => r with { Kinds = [SearchDocumentKind.ReportPage] })).Total);
    }

    [Fact]
    public async Task A_deleted_meeting_is_removed_from_the_index_when_its_withdrawal_is_published()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);
        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            db.Remove(await db.Meetings.SingleAsync(m => m.Id == heldId, Ct));
            await db.SaveChangesAsync(Ct);
        }
        await new SearchIndexUpdater(outbox).OnPublishedAsync(new PublishedChange(councilId, heldId, PublishedContent.Agenda), Ct);

        Assert.Equal(0, (await Search("allotments")).Total);
        Assert.Equal(1, (await Search("Jerry Miles", r => r with { Kinds = [SearchDocumentKind.Person] })).Total);
    }

    [Fact]
    public async Task An_imported_pack_indexes_its_meeting_and_the_members_it_brought()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);
        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            db.Add(new Person { CouncilId = councilId, GivenName = "Ajay", FamilyName = "Maru", Slug = new Slug("ajay-maru"), IsCouncillor = true });
            var minute = await db.Minutes.SingleAsync(m => m.Number == new MinuteNumber(225), Ct);
            minute.Body += " Councillor Ajay Maru asked about plot sizes.";
            await db.SaveChangesAsync(Ct);
        }
        await new SearchIndexUpdater(outbox).OnPublishedAsync(new PublishedChange(councilId, heldId, PublishedContent.ImportedPack), Ct);

        Assert.Equal("/people/ajay-maru", (await Search("maru", r => r with { Kinds = [SearchDocumentKind.Person] })).Hits.Single().Url);
        Assert.Equal("/meetings/2017-09-19/overview-and-scrutiny#minute-225", (await Search("plot sizes", r => r with { People = ["ajay-maru"] })).Hits.Single().Url);
    }

    [Fact]
    public async Task Pages_of_an_imported_pack_are_found_by_page_and_exempt_pages_are_not()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);

        var hit = (await Search("hedgerow")).Hits.Single();
        Assert.Equal(SearchDocumentKind.ReportPage, hit.Kind);
        Assert.Equal(34, hit.PageNumber);
        Assert.Equal("Overview and Scrutiny Committee agenda pack, page 34", hit.Title.PlainText);
        Assert.Equal("/meetings/2017-09-19/overview-and-scrutiny#agenda", hit.Url);
        Assert.Contains("jerry-miles", hit.PersonSlugs);
    }

    [Fact]
    public async Task An_executive_decision_is_found_once_its_notice_is_published_and_not_before()
    {
        Guid decisionId;
        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            var cabinet = new Committee { CouncilId = councilId, Name = "Cabinet", Slug = new Slug("cabinet"), BodyType = BodyType.Cabinet, Purpose = "The executive." };
            var decision = new ExecutiveDecision
            {
                CommitteeId = cabinet.Id,
                DecisionMaker = "Cabinet",
                Title = "Pavilion Lease at Canons Park",
                Decision = "The lease of the cricket pavilion is granted for ten years.",
                DecidedOn = new LocalDate(2017, 9, 21),
                KeyDecision = true,
            };
            decision.Explain("The club has run the pavilion well for years.", "Selling the pavilion was rejected.");
            db.AddRange(cabinet, decision);
            await db.SaveChangesAsync(Ct);
            decisionId = decision.Id;
        }
        await indexer.RebuildAsync(cancellationToken: Ct);
        Assert.Equal(0, (await Search("pavilion")).Total);

        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            var decision = await db.ExecutiveDecisions.SingleAsync(d => d.Id == decisionId, Ct);
            decision.Publish(new LocalDate(2017, 9, 22), new Deadlines(ProcedureSettings.Harrow));
            await db.SaveChangesAsync(Ct);
        }
        await new PublicationEvents([new SearchIndexUpdater(outbox)]).PublishedAsync(new PublishedChange(councilId, null, PublishedContent.Decision), Ct);

        var hit = Assert.Single((await Search("pavilion club", r => r with { Kinds = [SearchDocumentKind.ExecutiveDecision] })).Hits);
        Assert.Equal(($"/decisions/executive/{decisionId}", "Pavilion Lease at Canons Park", "cabinet", new LocalDate(2017, 9, 21)),
            (hit.Url, hit.Title.PlainText, hit.Committee!.Slug, hit.MeetingDate!.Value));
        Assert.Equal(1, (await Search("selling rejected")).Total);
    }

    [Fact]
    public async Task A_published_decision_notice_taken_on_Part_II_business_is_never_found()
    {
        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            var cabinet = new Committee { CouncilId = councilId, Name = "Cabinet", Slug = new Slug("cabinet"), BodyType = BodyType.Cabinet, Purpose = "The executive." };
            var partTwo = await db.Minutes.SingleAsync(m => m.AgendaItem!.Part == AgendaPart.PartII, Ct);
            // Its notice goes to members alone (the public register leaves it out), whatever its status.
            var decision = new ExecutiveDecision
            {
                CommitteeId = cabinet.Id,
                MinuteId = partTwo.Id,
                DecisionMaker = "Cabinet",
                Title = "Leisure contract award canarypartiidecision",
                Decision = "The contract is awarded to the lowest bidder canarypartiidecision.",
                DecidedOn = HeldOn,
            };
            decision.Explain("canarypartiidecision bidder prices.", "None.");
            decision.Publish(HeldOn.PlusDays(2), new Deadlines(ProcedureSettings.Harrow));
            db.AddRange(cabinet, decision);
            await db.SaveChangesAsync(Ct);
        }
        await indexer.RebuildAsync(cancellationToken: Ct);

        Assert.Equal(0, (await Search("canarypartiidecision")).Total);
        Assert.Equal(0, (await Search("leisure", r => r with { Kinds = [SearchDocumentKind.ExecutiveDecision] })).Total);
    }

    [Fact]
    public async Task A_failed_index_write_stays_in_the_outbox_and_is_retried_until_it_succeeds()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);
        await RetitleAsync(nextId, "Library opening hours", publish: true);
        await RefuseIndexWritesAsync(true);

        // The publication is not held up by the index: the update is kept, not thrown or lost.
        await new PublicationEvents([new SearchIndexUpdater(outbox)]).PublishedAsync(new PublishedChange(councilId, nextId, PublishedContent.Agenda), Ct);
        Assert.Equal(0, (await Search("library opening")).Total);
        var kept = Assert.Single(await PendingAsync());
        Assert.Equal((1, Clock.Now + Duration.FromSeconds(5)), (kept.Attempts, kept.NextAttemptAt));
        Assert.Contains("refused", kept.LastError, StringComparison.Ordinal);

        // Not due yet: a pass leaves it. Due and still refused: tried again, and put off twice as long.
        Assert.Equal(new OutboxPass(0, 0, 1, kept.NextAttemptAt), await outbox.ApplyPendingAsync(cancellationToken: Ct));
        Clock.Advance(Duration.FromSeconds(5));
        Assert.Equal(1, (await outbox.ApplyPendingAsync(cancellationToken: Ct)).Failed);
        Assert.Equal((2, Clock.Now + Duration.FromSeconds(10)), (await PendingAsync()).Select(u => (u.Attempts, u.NextAttemptAt)).Single());

        await RefuseIndexWritesAsync(false);
        Clock.Advance(Duration.FromSeconds(10));
        Assert.Equal(new OutboxPass(1, 0, 0, null), await outbox.ApplyPendingAsync(cancellationToken: Ct));
        Assert.Equal("/meetings/2017-10-17/overview-and-scrutiny#item-1",
            Assert.Single((await Search("library opening")).Hits, h => h.Kind == SearchDocumentKind.AgendaItem).Url);
        Assert.Empty(await PendingAsync());
    }

    [Fact]
    public async Task A_withdrawal_that_fails_is_retried_so_withdrawn_text_does_not_stay_searchable()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);
        await using (var db = QuorumDatabase.CreateContext(Database, Clock))
        {
            db.Remove(await db.Meetings.SingleAsync(m => m.Id == heldId, Ct));
            await db.SaveChangesAsync(Ct);
        }
        await RefuseIndexWritesAsync(true);
        await new SearchIndexUpdater(outbox).OnPublishedAsync(new PublishedChange(councilId, heldId, PublishedContent.Agenda), Ct);
        Assert.Equal(1, (await Search("waiting list halved")).Total);

        await RefuseIndexWritesAsync(false);
        var pass = await outbox.ApplyPendingAsync(includeNotDue: true, Ct);

        Assert.Equal((1, 0), (pass.Applied, pass.Pending));
        Assert.Equal(0, (await Search("waiting list halved")).Total);
        Assert.Equal(0, (await Search("allotments")).Total);
    }

    [Fact]
    public async Task Updates_waiting_when_a_rebuild_starts_are_in_the_rebuilt_index_and_leave_the_outbox()
    {
        await RetitleAsync(nextId, "Library opening hours", publish: true);
        await new SearchIndexUpdater(outbox, applyAtOnce: false).OnPublishedAsync(new PublishedChange(councilId, nextId, PublishedContent.Agenda), Ct);
        Assert.Single(await PendingAsync());

        await outbox.RebuildAsync(cancellationToken: Ct);

        Assert.Empty(await PendingAsync());
        Assert.Equal(1, (await Search("library opening", r => r with { Kinds = [SearchDocumentKind.AgendaItem] })).Total);
    }

    [Fact]
    public async Task Publications_made_while_another_process_rebuilds_are_neither_lost_nor_overwritten_by_older_copies()
    {
        await indexer.RebuildAsync(cancellationToken: Ct);
        // The site publishes through its outbox; `quorum reindex` rebuilds, again and again, through its own.
        using var reindex = new SearchOutbox(new PublicIndexer(OpenIndexAgain(), Database, Clock), Database, Clock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var rebuilds = 0;
        var rebuilding = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested || rebuilds < 2)
            {
                await reindex.RebuildAsync(cancellationToken: Ct);
                rebuilds++;
            }
        }, Ct);
        var events = new PublicationEvents([new SearchIndexUpdater(outbox)]);
        for (var revision = 1; revision <= 25; revision++)
        {
            await RetitleAsync(heldId, $"Cycle lanes {Revision(revision)}", publish: false, item: 4);
            await events.PublishedAsync(new PublishedChange(councilId, heldId, PublishedContent.Agenda), Ct);
        }
        await stop.CancelAsync();
        await rebuilding;
        await outbox.ApplyPendingAsync(includeNotDue: true, Ct);

        Assert.True(rebuilds >= 2);
        Assert.Empty(await PendingAsync());
        Assert.Equal("4. Cycle lanes " + Revision(25), Assert.Single((await Search(Revision(25))).Hits, h => h.Kind == SearchDocumentKind.AgendaItem).Title.PlainText);
        Assert.Equal(0, (await Search(Revision(24))).Total);
        Assert.Equal(1, (await Search("waiting list halved")).Total);
    }

    /// <summary>A word for a revision, letters only, so the stemmer leaves it whole: 12 gives "revisionbcq".</summary>
    private static string Revision(int number) => "revision" + string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))) + "q";

    private async Task RetitleAsync(Guid meetingId, string title, bool publish, int? item = null)
    {
        await using var db = QuorumDatabase.CreateContext(Database, Clock);
        if (publish)
        {
            (await db.Meetings.SingleAsync(m => m.Id == meetingId, Ct)).AgendaPublishedOn ??= new LocalDate(2017, 10, 9);
        }
        var agendaItem = await db.AgendaItems.Where(i => i.MeetingId == meetingId && (item == null || i.Number == item)).OrderBy(i => i.Number).FirstAsync(Ct);
        agendaItem.Title = title;
        await db.SaveChangesAsync(Ct);
    }

    private async Task<List<PendingSearchUpdate>> PendingAsync()
    {
        await using var db = QuorumDatabase.CreateContext(Database, Clock);
        return await db.PendingSearchUpdates.AsNoTracking().OrderBy(u => u.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task A_new_index_is_empty_until_built()
    {
        await Index.EnsureCreatedAsync(Ct);
        Assert.True(await Index.IsEmptyAsync(Ct));
        await indexer.RebuildAsync(cancellationToken: Ct);
        Assert.False(await Index.IsEmptyAsync(Ct));
    }

    private Task<SearchResults> Search(string text, Func<SearchRequest, SearchRequest>? refine = null)
    {
        var request = new SearchRequest { Text = text, PageSize = 50 };
        return Index.SearchAsync(refine is null ? request : refine(request), Ct);
    }

    private static string[] Kinds(SearchResults results)
    {
        Assert.True(results.IsValid, string.Join("; ", results.Problems.Select(p => p.Message)));
        return [.. results.Hits.Select(h => h.Id.Split('/')[0]).Order(StringComparer.Ordinal)];
    }

    private async Task SeedAsync(QuorumDbContext db)
    {
        const string scrutiny = "Overview and Scrutiny Committee";
        var harrow = await TestCouncil.Named("London Borough of Harrow")
            .MeetingsIn("Committee Rooms 1 & 2, Harrow Civic Centre")
            .WithCouncillor("Jerry Miles")
            .WithCommittee(scrutiny, c => c.Slug("overview-and-scrutiny").Purpose("Holds the Cabinet to account."))
            .WithMeeting(scrutiny, HeldOn, m => m
                .AgendaPublished(new LocalDate(2017, 9, 11))
                .MinutesPublished(new LocalDate(2017, 9, 22))
                .Item(3, "Allotments", i => i
                    .Pages(21, 40)
                    .Report("Allotment Strategy", r => r
                        .Summary("Allotments across the borough. Scrutiny lead member area: Cllr Jerry Miles.")
                        .Enclosure("Site valuations canaryexemptappendix", "appendix-2.pdf", 2, new string('b', 64), exemptParagraph: 3)
                        .Enclosure("Map of sites", "appendix-1.pdf"))
                    .Report("Allotment fees", r => r.Summary("canarydraftreport fee table").Draft()))
                .Item(4, "Cycle lanes", i => i.Pages(41, 50).Report("Cycle lanes review", r => r.Summary("New cycle lanes on Station Road.")))
                .PartII(5, "Contract for Leisure Services canarypartiiitem", paragraph: 3, i => i.Report("Leisure contract", r => r.Summary("canarypartiireport bidder prices")))
                .Minute(225, "Allotment Strategy", n => n
                    .OnItem(3)
                    .Body("Members discussed the allotment waiting list.")
                    .Resolved(ResolutionKind.Resolved, "That the waiting list be halved by 2019."))
                .Minute(226, "Contract for Leisure Services", n => n
                    .OnItem(5)
                    .Body("canarypartiiminute")
                    .Resolved(ResolutionKind.Resolved, "canarypartiiminute award")))
            // Agenda not yet published (an early-published report stays private with it); minutes of the held
            // meeting's sibling still in draft.
            .WithMeeting(scrutiny, NextOn, m => m.Item("canaryunpublishedagenda", i => i.Report("Libraries", r => r.Summary("canaryunpublishedreport"))))
            .WithMeeting(scrutiny, new LocalDate(2017, 9, 5), m => m
                .AgendaPublished(new LocalDate(2017, 8, 25))
                .Minute(220, "canarydraftminute", n => n.Body("canarydraftminute").Resolved(ResolutionKind.Resolved, "canarydraftresolution")))
            .SaveAsync(db, Ct);
        councilId = harrow.Council.Id;
        heldId = harrow.Meeting(HeldOn).Id;
        nextId = harrow.Meeting(NextOn).Id;

        // An imported pack of the held meeting: a public page and an exempt one, and an older version's page.
        var committeeId = harrow.Committee(scrutiny).Id;
        var pack = new ImportedPack { CouncilId = councilId, CommitteeId = committeeId, MeetingId = heldId, FileName = "os-2017-09-19.pdf", ContentHash = new string('c', 64), SizeBytes = 1000, Format = "pdf", Version = 2, PageCount = 40 };
        var old = new ImportedPack { CouncilId = councilId, CommitteeId = committeeId, MeetingId = heldId, FileName = "os-2017-09-19-v1.pdf", ContentHash = new string('d', 64), SizeBytes = 1000, Format = "pdf", SupersededById = pack.Id, PageCount = 40 };
        db.AddRange(pack, old,
            new ImportedPage { PackId = pack.Id, Number = 34, FirstLine = 2000, LastLine = 2060, Text = "Hedgerow planting along the cemetery boundary, proposed by Councillor Jerry Miles." },
            new ImportedPage { PackId = pack.Id, Number = 35, FirstLine = 2061, LastLine = 2120, Text = "canaryexemptpackpage land values", IsExempt = true },
            new ImportedPage { PackId = old.Id, Number = 34, FirstLine = 2000, LastLine = 2060, Text = "canarysupersededpackpage" });
        await db.SaveChangesAsync(Ct);
    }
}
