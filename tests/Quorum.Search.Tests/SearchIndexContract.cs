using NodaTime;
using static Quorum.Search.Tests.CouncilDocuments;

namespace Quorum.Search.Tests;

/// <summary>
/// What every <see cref="ISearchIndex"/> must do. Each engine's test class runs this whole suite against a real
/// database of its own.
/// </summary>
public abstract class SearchIndexContract : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected ISearchIndex Index { get; private set; } = null!;

    protected abstract Task<ISearchIndex> CreateIndexAsync();

    public async ValueTask InitializeAsync()
    {
        Index = await CreateIndexAsync();
        await Index.EnsureCreatedAsync();
        await LoadAsync(Index);
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private Task<SearchResults> Search(string text, Func<SearchRequest, SearchRequest>? refine = null)
    {
        var request = new SearchRequest { Text = text };
        return Index.SearchAsync(refine is null ? request : refine(request), Ct);
    }

    private static string[] Ids(SearchResults results)
    {
        Assert.True(results.IsValid, string.Join("; ", results.Problems.Select(p => p.Message)));
        return [.. results.Hits.Select(h => h.Id)];
    }

    // Ranking and text matching

    [Fact]
    public async Task Exact_title_match_ranks_above_a_page_that_repeats_the_words_in_its_body()
    {
        var results = await Search("parking enforcement review");
        Assert.Equal("planning/2025-03-04/item-5", Ids(results)[0]);

        var twoWords = await Search("parking enforcement");
        Assert.Equal("planning/2025-03-04/item-5", Ids(twoWords)[0]);
        Assert.Contains("report/hw-2025-07/page/12", Ids(twoWords));
    }

    [Fact]
    public async Task The_word_typed_ranks_above_words_that_only_share_its_stem()
    {
        var date = new LocalDate(2025, 1, 14);
        await Index.ReplaceSourceAsync("meeting/cabinet/2025-01-14",
        [
            Item("cabinet/2025-01-14/item-5", "Park Road Primary School: expansion",
                "Expansion of Park Road Primary School by one form of entry, with a new park entrance and parking for staff.", Cabinet, date),
            Item("cabinet/2025-01-14/item-6", "Kenton controlled parking zone", "Results of the statutory consultation.", Cabinet, date),
        ], Ct);

        var ids = Ids(await Search("parking"));

        Assert.True(Array.IndexOf(ids, "cabinet/2025-01-14/item-6") < Array.IndexOf(ids, "cabinet/2025-01-14/item-5"), string.Join(", ", ids));
        // Every hit with "parking" itself in its title comes before the school, which has "park" there.
        Assert.All(ids[..Array.IndexOf(ids, "cabinet/2025-01-14/item-5")], id => Assert.NotEqual("cabinet/2025-01-14/item-5", id));
    }

    [Fact]
    public async Task Near_duplicate_titles_are_grouped_behind_the_best_of_them()
    {
        var date = new LocalDate(2025, 1, 14);
        await Index.ReplaceSourceAsync("meeting/cabinet/2025-01-14",
            [.. Enumerable.Range(1, 12).Select(n => Page("report/parking-2025", n, "Parking Services Annual Report 2025", $"Parking permits and parking income, page {n}.", Cabinet, date))], Ct);

        var results = await Search("parking");

        // One of the twelve pages among the other parking papers, saying how many more there are; the rest after them.
        const string Report = "Parking Services Annual Report 2025";
        var titles = results.Hits.Select(h => h.Title.PlainText).ToList();
        var leader = titles.IndexOf(Report);
        var second = titles.IndexOf(Report, leader + 1);
        Assert.Equal(11, results.Hits[leader].SimilarCount);
        Assert.True(second > leader + 3, string.Join("\n", titles));
        Assert.All(titles.Skip(second), t => Assert.Equal(Report, t));
    }

    [Fact]
    public async Task A_misspelt_word_that_finds_nothing_gets_the_closest_word_of_the_index()
    {
        await Index.ReplaceSourceAsync("meeting/cabinet/2025-01-14",
        [
            Item("cabinet/2025-01-14/item-4", "Library service review",
                "Proposals for the borough's libraries, with longer opening hours at the central library.", Cabinet, new LocalDate(2025, 1, 14)),
        ], Ct);

        var misspelt = await Search("libary");

        Assert.Equal(0, misspelt.Total);
        Assert.Equal("library", misspelt.DidYouMean);
        Assert.Equal("parking strategy", (await Search("parkng strategy")).DidYouMean);
        Assert.Equal("\"parking enforcement\" -strategy", (await Search("\"parking enforcemnt\" -strategy")).DidYouMean);
        Assert.Null((await Search("zzqxvw")).DidYouMean);
        Assert.Null((await Search("parking")).DidYouMean);
        // The canary is only in withheld documents, so it is never offered, however close the typing.
        Assert.Null((await Search(Canary[..^1] + "x")).DidYouMean);
    }

    [Fact]
    public async Task Quoted_words_must_appear_together()
    {
        var phrase = Ids(await Search("\"station road\""));
        Assert.Contains("planning/2025-03-04/item-5", phrase);
        Assert.DoesNotContain("report/hw-2025-07/page/13", phrase);

        var words = Ids(await Search("station road"));
        Assert.Contains("report/hw-2025-07/page/13", words);
    }

    [Fact]
    public async Task A_word_ending_in_a_star_matches_any_ending()
    {
        Assert.Contains("cabinet/2024-11-12/item-4", Ids(await Search("inspec*")));
        Assert.Contains("person/cllr-jane-ashworth", Ids(await Search("ashw*")));
        Assert.Empty(Ids(await Search("ashw")));
    }

    [Fact]
    public async Task A_short_prefix_goes_with_words_filters_and_exclusions_and_marks_the_whole_word()
    {
        // Prefixes of up to five letters are read from each document's kept prefixes on PostgreSQL, longer ones
        // from its words: both engines must agree either way.
        Assert.Equal(["cabinet/2024-11-12/item-4"], Ids(await Search("insp* whitm*")));
        Assert.Equal(["cabinet/2024-11-12/item-4"], Ids(await Search("ofst*", r => r with { Committees = [Cabinet.Slug] })));
        Assert.Empty(Ids(await Search("ofst*", r => r with { Committees = [Planning.Slug] })));
        Assert.Empty(Ids(await Search("ofst* -whitm*")));
        Assert.Contains("Ofsted", Assert.Single((await Search("ofst*")).Hits).Title.Matches);
    }

    [Fact]
    public async Task Inspections_finds_a_page_that_says_inspection()
    {
        var hits = Ids(await Search("inspections whitmore"));
        Assert.Equal(["cabinet/2024-11-12/item-4"], hits);
        Assert.Contains("cabinet/2024-11-12/item-4", Ids(await Search("inspected")));
    }

    [Fact]
    public async Task Accents_are_ignored_both_ways()
    {
        var plain = Ids(await Search("cafe"));
        var accented = Ids(await Search("Café"));
        string[] both = ["cabinet/2024-11-12/resolution-4", "planning/2025-03-04/item-6"];
        Assert.Equal(both, plain.Order());
        Assert.Equal(both, accented.Order());
    }

    [Fact]
    public async Task Curly_and_straight_quotes_are_the_same()
    {
        string[] both = ["cabinet/2024-11-12/resolution-4", "planning/2025-03-04/item-6"];
        Assert.Equal(both, Ids(await Search("\u201Cpinner\u2019s heritage\u201D")).Order());
        Assert.Equal(both, Ids(await Search("\"pinner's heritage\"")).Order());
    }

    [Fact]
    public async Task A_minus_leaves_out_pages_with_that_word()
    {
        var hits = Ids(await Search("parking -enforcement"));
        Assert.Contains("cabinet/2019-06-20/item-3", hits);
        Assert.DoesNotContain("planning/2025-03-04/item-5", hits);
        Assert.DoesNotContain("report/hw-2025-07/page/12", hits);
    }

    [Fact]
    public async Task Snippets_highlight_the_matched_words_and_hits_link_to_the_page()
    {
        var results = await Search("resurfaced");
        var hit = Assert.Single(results.Hits);
        Assert.Equal("report/hw-2025-07/page/13", hit.Id);
        Assert.Equal(13, hit.PageNumber);
        Assert.Equal("/packs/report/hw-2025-07.pdf#page=13", hit.Url);
        Assert.Equal(SearchDocumentKind.ReportPage, hit.Kind);
        Assert.Equal(Planning, hit.Committee);
        Assert.Equal(PlanningDate, hit.MeetingDate);
        Assert.Contains("resurfaced", hit.Snippet.Matches.Select(m => m.ToLowerInvariant()));
        Assert.Contains("<mark>resurfaced</mark>", hit.Snippet.ToHtml());

        var titled = await Search("ofsted");
        Assert.Contains("Ofsted", Assert.Single(titled.Hits).Title.Matches);
    }

    [Fact]
    public async Task Highlighted_html_is_encoded()
    {
        await Index.ReplaceSourceAsync("meeting/x", [Item("x/item-1", "Markup <script>alert(1)</script> test",
            "Body with <b>tags</b> & ampersands about xylophones.", Cabinet, CabinetDate)], Ct);
        var hit = Assert.Single((await Search("xylophones")).Hits);
        Assert.DoesNotContain("<script>", hit.Title.ToHtml());
        Assert.DoesNotContain("<b>", hit.Snippet.ToHtml());
        Assert.Contains("&amp;", hit.Snippet.ToHtml());
    }

    // Filters, facets, sorting and paging

    [Fact]
    public async Task Filters_narrow_by_committee_kind_person_and_date()
    {
        Assert.Equal(["cabinet/2019-06-20/item-3", "cabinet/2024-11-12/item-7"],
            Ids(await Search("parking", r => r with { Committees = [Cabinet.Slug] })).Order());
        Assert.Equal(["report/hw-2025-07/page/12"],
            Ids(await Search("parking", r => r with { Kinds = [SearchDocumentKind.ReportPage] })));
        Assert.Equal(["planning/2025-03-04/item-5", "planning/2025-03-04/item-6"],
            Ids(await Search("", r => r with { People = ["cllr-jane-ashworth"], Kinds = [SearchDocumentKind.AgendaItem] })).Order());
        Assert.Equal(["cabinet/2024-11-12/item-7"],
            Ids(await Search("parking", r => r with { From = new LocalDate(2024, 11, 12), To = new LocalDate(2024, 11, 12) })));
        Assert.Equal(["cabinet/2019-06-20/item-3"],
            Ids(await Search("parking", r => r with { To = new LocalDate(2024, 11, 11) })));
        Assert.Equal(3, Ids(await Search("parking", r => r with { From = new LocalDate(2024, 11, 13) })).Length);
        Assert.Empty(Ids(await Search("parking", r => r with { Committees = ["no-such-committee"] })));
    }

    [Fact]
    public async Task Facets_count_the_matches_by_committee_kind_person_and_year()
    {
        var results = await Search("parking");
        Assert.Equal(5, results.Total);
        Assert.False(results.TotalIsLowerBound);
        Assert.Equal([new FacetValue("planning-committee", "Planning Committee", 3), new FacetValue("cabinet", "Cabinet", 2)],
            results.Facets.Committees);
        Assert.Equal([new FacetValue("agenda-item", "Agenda item", 4), new FacetValue("report-page", "Report page", 1)],
            results.Facets.Kinds);
        Assert.Equal([new FacetValue("cllr-jane-ashworth", "cllr-jane-ashworth", 2)], results.Facets.People);
        Assert.Equal(["2025", "2024", "2019"], results.Facets.Years.Select(y => y.Key));
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_meeting_first()
    {
        var hits = Ids(await Search("parking", r => r with { Sort = SearchSort.Date }));
        Assert.Equal("cabinet/2019-06-20/item-3", hits[^1]);
        Assert.StartsWith("planning/", hits[0], StringComparison.Ordinal);
        var highlighted = (await Search("parking", r => r with { Sort = SearchSort.Date })).Hits[^1];
        Assert.Contains("parking", highlighted.Snippet.Matches.Select(m => m.ToLowerInvariant()));
    }

    [Fact]
    public async Task Pages_split_the_results_without_overlap()
    {
        var pages = Enumerable.Range(1, 25).Select(n => Page("report/big", n, "Waste collection contract",
            $"Recycling page {n} about the kerbside collection round.", Cabinet, CabinetDate)).ToList();
        await Index.ReplaceSourceAsync("meeting/big", pages, Ct);

        var seen = new List<string>();
        foreach (var page in new[] { 1, 2, 3 })
        {
            var results = await Search("kerbside", r => r with { Page = page, PageSize = 10 });
            Assert.Equal(25, results.Total);
            Assert.Equal(3, results.PageCount);
            Assert.Equal(page == 3 ? 5 : 10, results.Hits.Count);
            seen.AddRange(Ids(results));
        }
        Assert.Equal(25, seen.Distinct().Count());
        Assert.Empty(Ids(await Search("kerbside", r => r with { Page = 4, PageSize = 10 })));
    }

    // Only public material

    [Fact]
    public async Task Exempt_draft_and_unpublished_material_never_appears_in_results_counts_facets_or_snippets()
    {
        Assert.Equal(0, (await Search(Canary)).Total);
        Assert.Empty((await Search(Canary)).Facets.Committees);
        Assert.Empty(await Index.FindNamesAsync(Canary, cancellationToken: Ct));
        Assert.Equal(0, (await Search("acquisition")).Total);
        Assert.Equal(0, (await Search("heads of terms")).Total);

        // "parking" is in the exempt and draft items too: they must not add to counts or facets.
        var parking = await Search("parking", r => r with { PageSize = 100 });
        Assert.Equal(5, parking.Total);
        Assert.Equal(3, parking.Facets.Committees.Single(c => c.Key == Planning.Slug).Count);
        Assert.All(parking.Hits, h => Assert.DoesNotContain(Canary, h.Snippet.PlainText + h.Title.PlainText, StringComparison.OrdinalIgnoreCase));

        var browse = await Search("", r => r with { Committees = [Planning.Slug], PageSize = 100 });
        Assert.Equal(4, browse.Total);
        Assert.DoesNotContain(browse.Hits, h => h.Id.EndsWith("item-9", StringComparison.Ordinal) || h.Id.EndsWith("item-10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Material_made_exempt_after_publication_leaves_the_index()
    {
        var update = await Index.ReplaceSourceAsync(OldCabinetPack, [.. OldCabinetMeeting().Select(d => d with { Visibility = DocumentVisibility.Exempt })], Ct);
        Assert.Equal(new IndexUpdate(0, 1, 1), update);
        Assert.Empty(Ids(await Search("strategy")));
    }

    [Fact]
    public async Task Withheld_documents_are_counted_in_the_update()
    {
        var update = await Index.ReplaceSourceAsync(PlanningPack, PlanningMeeting(), Ct);
        Assert.Equal(new IndexUpdate(4, 2, 0), update);
    }

    // Incremental updates and rebuild

    [Fact]
    public async Task Replacing_a_pack_drops_its_old_pages_and_keeps_other_packs()
    {
        var update = await Index.ReplaceSourceAsync(CabinetPack, [Item("cabinet/2024-11-12/item-4", "School places planning",
            "Forecast of primary school places.", Cabinet, CabinetDate)], Ct);
        Assert.Equal(new IndexUpdate(1, 0, 2), update);
        Assert.Empty(Ids(await Search("ofsted")));
        Assert.Equal(["cabinet/2024-11-12/item-4"], Ids(await Search("forecast")));
        Assert.Contains("planning/2025-03-04/item-5", Ids(await Search("parking")));

        Assert.Equal(1, await Index.RemoveSourceAsync(CabinetPack, Ct));
        Assert.Empty(Ids(await Search("forecast")));
    }

    [Fact]
    public async Task A_pack_with_a_malformed_document_changes_nothing_and_names_the_document()
    {
        var bad = Page("report/bad", 3, "Bad page", "text about quinoa", Cabinet, CabinetDate) with { Url = "/packs/report/bad.pdf" };
        var error = await Assert.ThrowsAsync<SearchDocumentException>(() =>
            Index.ReplaceSourceAsync(CabinetPack, [Item("cabinet/new", "Quinoa", "quinoa", Cabinet, CabinetDate), bad], Ct));
        Assert.Contains("report/bad/page/3", error.Message, StringComparison.Ordinal);
        Assert.Contains("#page=3", error.Message, StringComparison.Ordinal);
        Assert.Empty(Ids(await Search("quinoa")));
        Assert.Contains("cabinet/2024-11-12/item-4", Ids(await Search("ofsted")));
    }

    [Fact]
    public async Task A_rebuild_replaces_the_whole_index_and_still_withholds_exempt_material()
    {
        static async IAsyncEnumerable<IndexedSource> Sources()
        {
            await Task.Yield();
            yield return new IndexedSource(OldCabinetPack, OldCabinetMeeting());
            yield return new IndexedSource(PlanningPack, PlanningMeeting());
        }
        var progress = new List<long>();
        var update = await Index.RebuildAsync(Sources(), new SyncProgress(progress.Add), Ct);

        Assert.Equal(new IndexUpdate(5, 2, 0), update);
        Assert.NotEmpty(progress);
        Assert.Empty(Ids(await Search("ofsted")));
        Assert.Equal(0, (await Search(Canary)).Total);
        Assert.Equal(4, (await Search("parking")).Total);

        // Incremental writes keep working on the rebuilt index.
        await Index.ReplaceSourceAsync(CabinetPack, CabinetMeeting(), Ct);
        Assert.Equal(["cabinet/2024-11-12/item-4"], Ids(await Search("ofsted")));
    }

    [Fact]
    public async Task Part_of_a_name_finds_people_and_committees()
    {
        var ct = TestContext.Current.CancellationToken;
        var worth = await Index.FindNamesAsync("worth", cancellationToken: ct);
        Assert.Equal("Councillor Jane Ashworth", Assert.Single(worth).Title);
        Assert.Equal("/people/cllr-jane-ashworth", worth[0].Url);
        Assert.Contains(await Index.FindNamesAsync("ENFORCEMENT REV", cancellationToken: ct), n => n.Id == "planning/2025-03-04/item-5");
        Assert.Empty(await Index.FindNamesAsync("wo", cancellationToken: ct));
        Assert.Empty(await Index.FindNamesAsync("\"' OR 1=1 --", cancellationToken: ct));
    }

    // Hostile and awkward input

    public static TheoryData<string> HostileQueries =>
    [
        "\" * ( ) NEAR AND -",
        "\"",
        "*",
        "-",
        "---parking",
        "parking AND",
        "NEAR(parking enforcement, 2)",
        "title: parking",
        "{title body}: parking",
        "parking OR 1=1",
        "'; DROP TABLE docs; --",
        "parking' --",
        "\\x00 \0 parking",
        "\u0002parking\u0003",
        "%_ parking %",
        "(((((",
        "parking*** enforcement**",
        "🚗 parking 🚲",
        "ﬁnance",
        new string('a', 1000),
        string.Join(' ', Enumerable.Repeat("parking", 32)),
        "the",
        "a* b* c*",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_input_gives_results_or_a_clear_message_and_never_breaks_the_index(string text)
    {
        var results = await Search(text);
        if (!results.IsValid)
        {
            Assert.All(results.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            Assert.Empty(results.Hits);
        }
        Assert.Equal(5, (await Search("parking")).Total);
    }

    [Fact]
    public async Task Empty_long_and_only_excluding_queries_get_a_message()
    {
        Assert.Equal("Enter words to search for.", Assert.Single((await Search("")).Problems).Message);
        Assert.Equal("Enter words to search for.", Assert.Single((await Search("   ")).Problems).Message);
        Assert.Equal("Enter words to search for.", Assert.Single((await Search("\" * ( ) -")).Problems).Message);
        Assert.Contains("1,000 characters or fewer; it has 10,000", Assert.Single((await Search(new string('x', 10_000))).Problems).Message, StringComparison.Ordinal);
        Assert.Contains("not only words to leave out", Assert.Single((await Search("-parking")).Problems).Message, StringComparison.Ordinal);
        Assert.Equal("Use 32 words or fewer.", Assert.Single((await Search(string.Join(' ', Enumerable.Repeat("parking", 33)))).Problems).Message);
    }

    [Fact]
    public async Task Bad_paging_dates_and_filters_get_messages_naming_the_field()
    {
        var results = await Search("parking", r => r with
        {
            Page = 0,
            PageSize = 1000,
            From = new LocalDate(2025, 1, 1),
            To = new LocalDate(2024, 1, 1),
            Committees = ["Robert'); DROP TABLE docs;--"],
            Kinds = [(SearchDocumentKind)99],
        });
        Assert.Equal(["page", "pageSize", "from", "committee", "kind"], results.Problems.Select(p => p.Field));
        Assert.Empty(results.Hits);
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
