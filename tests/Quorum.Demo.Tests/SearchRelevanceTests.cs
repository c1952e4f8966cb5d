using System.Globalization;
using System.Text;
using NodaTime;
using Quorum.Data;
using Quorum.Search;
using Quorum.Search.Indexing;
using Quorum.Search.Postgres;
using Quorum.Search.Sqlite;
using Quorum.TestSupport;

namespace Quorum.Demo.Tests;

/// <summary>
/// Search quality over the demo council's index, on each engine: what a resident types and the paper they expect
/// among the first three results (any of the titles given, separated by "|"). At least 90% must be there; the
/// table of every query and its top three is printed either way.
/// </summary>
public abstract class SearchRelevanceTests
{
    public static readonly (string Query, string Expected)[] Queries =
    [
        ("parking", "Controlled Parking Zone|Petitions on Traffic and Parking"),
        ("controlled parking zone", "Controlled Parking Zone Review"),
        ("council tax", "Council Tax"),
        ("revenue budget", "Revenue Budget"),
        ("capital programme", "Capital Programme"),
        ("treasury management", "Treasury Management Strategy Statement"),
        ("pay policy", "Pay Policy Statement"),
        ("allocation of seats", "Allocation of Seats"),
        ("remuneration panel", "Independent Remuneration Panel"),
        ("local plan", "Local Plan"),
        ("housing revenue account", "Housing Revenue Account"),
        ("reablement", "Adult Social Care Performance"),
        ("school places", "School Place Planning Strategy"),
        ("violence reduction", "Violence Reduction"),
        ("ofsted inspection", "Ofsted Inspection"),
        ("youth justice", "Youth Justice"),
        ("health visiting", "Health Visiting"),
        ("business rates", "Business Rates"),
        ("adult social care", "Adult Social Care"),
        ("kodak", "Kodak Works"),
        ("licensing policy", "Licensing Policy"),
        ("street trading", "Street Trading"),
        ("gambling", "Gambling Act"),
        ("greenhill tavern", "Greenhill Tavern"),
        ("shisha", "Shisha Lounge"),
        ("internal audit opinion", "Internal Audit Annual Report"),
        ("risk register", "Corporate Risk Register"),
        ("governance statement", "Annual Governance Statement"),
        ("counter fraud", "Counter Fraud"),
        ("corporate parenting", "Corporate Parenting"),
        ("pharmaceutical", "Pharmaceutical Needs Assessment"),
        ("better care fund", "Better Care Fund"),
        ("funding strategy", "Funding Strategy Statement"),
        ("responsible investment", "Responsible Investment Policy"),
        ("school streets", "School Streets"),
        ("road safety", "Road Safety"),
        ("pension fund", "Pension Fund"),
        ("safeguarding adults", "Safeguarding Adults Board"),
        ("premises licences", "Premises Licence"),
        ("two storey extension", "Two-Storey Extension"),
        // Words from the text, not the title.
        ("blue badge", "Counter Fraud"),
        ("prudential code", "Treasury Management"),
        ("actuarial valuation", "Triennial Valuation"),
        ("delayed transfers", "Adult Social Care"),
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A new store holding the demo council (seed 1) and an empty index, on the engine under test.</summary>
    protected abstract Task<(DatabaseSettings Store, ISearchIndex Index)> CreateAsync();

    [Fact]
    public async Task The_expected_paper_is_in_the_top_three_for_at_least_nine_queries_in_ten_and_misspellings_get_a_suggestion()
    {
        var (store, index) = await CreateAsync();
        var clock = new TestClock(DemoCouncil.DefaultReferenceDate.At(new LocalTime(9, 0)).InUtc().ToInstant());
        await new PublicIndexer(index, store, clock).RebuildAsync(cancellationToken: Cancel);

        var table = new StringBuilder("| query | expected | top three | found |\n|---|---|---|---|\n");
        var found = 0;
        foreach (var (query, expected) in Queries)
        {
            var results = await index.SearchAsync(new SearchRequest { Text = query, PageSize = 10 }, Cancel);
            var top = results.Hits.Take(3).Select(h => h.Title.PlainText).ToList();
            var hit = top.Any(t => expected.Split('|').Any(e => t.Contains(e, StringComparison.OrdinalIgnoreCase)));
            found += hit ? 1 : 0;
            table.Append(CultureInfo.InvariantCulture, $"| {query} | {expected} | {string.Join("; ", top)} | {(hit ? "yes" : "NO")} |\n");
        }
        var share = (double)found / Queries.Length;
        table.Append(CultureInfo.InvariantCulture, $"\n{found} of {Queries.Length} ({share:P0}) with the expected paper in the top three.\n");
        TestContext.Current.TestOutputHelper?.WriteLine(table.ToString());

        Assert.True(Queries.Length >= 30);
        Assert.True(share >= 0.9, table.ToString());

        // The word typed, in a title, before a title that only shares its stem ("Stanmore Park Primary School").
        var parking = (await index.SearchAsync(new SearchRequest { Text = "parking", PageSize = 50 }, Cancel)).Hits.Select(h => h.Title.PlainText).ToList();
        var school = parking.FindIndex(t => t.Contains("Stanmore Park", StringComparison.Ordinal));
        Assert.True(school < 0 || parking.FindIndex(t => t.Contains("Controlled Parking Zone", StringComparison.Ordinal)) < school, string.Join("\n", parking));

        // The same report at many meetings does not fill the first page: each title once, with the count of its
        // near-duplicates, before any of them.
        var budget = await index.SearchAsync(new SearchRequest { Text = "budget", PageSize = 10 }, Cancel);
        var titles = budget.Hits.Select(h => Grouped(h.Title.PlainText)).ToList();
        var firstRepeat = Enumerable.Range(0, titles.Count).FirstOrDefault(i => titles.IndexOf(titles[i]) < i, -1);
        Assert.True(firstRepeat is < 0 or >= 3, string.Join("\n", titles));
        Assert.All(titles.Skip(firstRepeat < 0 ? titles.Count : firstRepeat), t => Assert.Contains(t, titles.Take(firstRepeat)));
        Assert.Contains(budget.Hits.Take(firstRepeat < 0 ? titles.Count : firstRepeat), h => h.SimilarCount > 0);

        // The demo has no library papers, so "libary" is tried in the search contract tests; here its own words.
        var misspelt = await index.SearchAsync(new SearchRequest { Text = "pharmacutical" }, Cancel);
        Assert.Equal(0, misspelt.Total);
        Assert.Equal("pharmaceutical", misspelt.DidYouMean);
        Assert.True((await index.SearchAsync(new SearchRequest { Text = misspelt.DidYouMean }, Cancel)).Total > 0);
        Assert.Equal("housing revenue", (await index.SearchAsync(new SearchRequest { Text = "housng revenue" }, Cancel)).DidYouMean);
        Assert.Equal("ofsted inspection", (await index.SearchAsync(new SearchRequest { Text = "ofstead inspection" }, Cancel)).DidYouMean);
        Assert.Null((await index.SearchAsync(new SearchRequest { Text = "zzyzzxq" }, Cancel)).DidYouMean);
    }

    /// <summary>A title without numbers, punctuation or case, as the search groups near-duplicates.</summary>
    private static string Grouped(string title) =>
        string.Join(' ', new string([.. title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(char.IsDigit)));
}

public sealed class SqliteSearchRelevanceTests : SearchRelevanceTests
{
    protected override async Task<(DatabaseSettings Store, ISearchIndex Index)> CreateAsync()
    {
        var store = await SeededDemo.CopyAsync("demo");
        return (store, new SqliteSearchIndex(Path.ChangeExtension(store.SqlitePath!, ".search.db")));
    }
}

public sealed class PostgresSearchRelevanceTests : SearchRelevanceTests
{
    protected override async Task<(DatabaseSettings Store, ISearchIndex Index)> CreateAsync()
    {
        var connection = TestDatabases.NewPostgresConnectionStringOrSkip();
        var store = DatabaseSettings.ForPostgres(connection);
        await DemoSeeder.SeedAsync(store, seed: 1, cancellationToken: TestContext.Current.CancellationToken);
        return (store, new PostgresSearchIndex(connection));
    }
}
