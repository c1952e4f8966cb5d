using Microsoft.EntityFrameworkCore;
using Quorum.Cli.Tests.Database;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Setup;

/// <summary><c>quorum init</c> then <c>quorum setup import</c> from docs/setup-example (or a spoilt copy of it), run as the real CLI on a SQLite file.</summary>
public class SetupImportCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Setup_import_of_the_example_folder_gives_its_council()
    {
        var path = await SetupFolders.InitAsync();

        var run = await CliRunner.RunProcessAsync("setup", "import", SetupFolders.Example, "--db", path);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Contains("Set up Fernbridge District Council (slug fernbridge-district-council)", run.Stdout);
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(path), new TestClock());
        Assert.Equal(["Conservative", "Labour"], await db.PartyGroups.OrderBy(g => g.Name).Select(g => g.Name).ToListAsync(Cancel));
        Assert.Equal(4, await db.Wards.CountAsync(Cancel));
        var people = await db.People.ToListAsync(Cancel);
        Assert.Equal((12, 10), (people.Count, people.Count(p => p.IsCouncillor)));
        var lloyd = Assert.Single(people, p => p.FamilyName == "Lloyd");
        Assert.Equal(("Reverend", "karen-lloyd", null), (lloyd.Title, lloyd.Slug.Value, lloyd.PartyGroupId));
        var bodies = await db.Committees.ToDictionaryAsync(c => c.Name, Cancel);
        Assert.Equal(BodyType.Council, bodies["Council"].BodyType);
        Assert.Equal(BodyType.Cabinet, bodies["Cabinet"].BodyType);
        Assert.Equal(BodyType.Committee, bodies["Overview and Scrutiny Committee"].BodyType);
        Assert.Equal(3, bodies["Cabinet"].Quorum);
        var scrutiny = bodies["Overview and Scrutiny Committee"];
        var seats = await db.Memberships.Include(m => m.Person).Where(m => m.CommitteeId == scrutiny.Id).ToListAsync(Cancel);
        Assert.Equal("Frank Green", Assert.Single(seats, s => s.Role == MembershipRole.Chair).Person!.FullName);
        Assert.Equal("Emma Fox", Assert.Single(seats, s => s.Role == MembershipRole.ViceChair).Person!.FullName);
        var cooptees = seats.Where(s => s.Role == MembershipRole.CoOpted).OrderBy(s => s.Person!.FamilyName).ToList();
        Assert.Equal([("Lloyd", VotingRight.EducationItemsOnly), ("Moss", VotingRight.None)], cooptees.Select(s => (s.Person!.FamilyName, s.VotingRight)));
        Assert.Equal("Church of England Diocese of Fernbridge", cooptees[0].OrganisationRepresented);
        Assert.Equal(new NodaTime.LocalDate(2027, 5, 19), cooptees[1].To);
        Assert.Equal(19, await db.Memberships.CountAsync(Cancel));
        var year = await db.MunicipalYears.SingleAsync(Cancel);
        var conservative = await db.PartyGroups.SingleAsync(g => g.Name == "Conservative", Cancel);
        var list = await db.ReserveLists.Include(l => l.Entries).ThenInclude(e => e.Person)
            .SingleAsync(l => l.CommitteeId == scrutiny.Id && l.PartyGroupId == conservative.Id, Cancel);
        Assert.Equal(year.Id, list.MunicipalYearId);
        Assert.Equal(["1 Harry Irwin", "2 Isla James"], list.InOrder().Select(e => $"{e.Position} {e.Person!.FullName}"));
        // Audited as one change by the command, in the same transaction.
        Assert.Contains(await db.AuditEntries.Select(a => a.Actor).Distinct().ToListAsync(Cancel), a => a.StartsWith("quorum setup import", StringComparison.Ordinal));
        Assert.Equal(0, (await CliRunner.RunAsync("audit", "verify", "--db", path)).ExitCode);
    }

    [Fact]
    public async Task Running_the_same_folder_again_changes_nothing()
    {
        var path = await SetupFolders.InitAsync();
        Assert.Equal(0, (await CliRunner.RunAsync("setup", "import", SetupFolders.Example, "--db", path)).ExitCode);
        var before = await SqliteSnapshot.TakeAsync(path);

        var run = await CliRunner.RunAsync("setup", "import", SetupFolders.Example, "--db", path);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.StartsWith("Nothing to change", run.Stdout);
        Assert.Equal(before, await SqliteSnapshot.TakeAsync(path));
    }

    [Fact]
    public async Task A_corrected_folder_updates_what_it_names_and_reserve_places_can_be_taken_off_and_filled_again()
    {
        var path = await SetupFolders.InitAsync();
        Assert.Equal(0, (await CliRunner.RunAsync("setup", "import", SetupFolders.Example, "--db", path)).ExitCode);
        const string Reserves = "body,group,order,person\n";
        var shorter = SetupFolders.CopyOfExample("reserves.csv", _ => Reserves + "Overview and Scrutiny Committee,Conservative,1,Isla James\n");
        var longer = SetupFolders.CopyOfExample("reserves.csv", _ => Reserves + "Overview and Scrutiny Committee,Conservative,1,Isla James\nOverview and Scrutiny Committee,Conservative,5,Harry Irwin\n");
        var ended = SetupFolders.CopyOfExample("memberships.csv", text => text.Replace("Grace Hill,Overview and Scrutiny Committee,member,,2026-05-21,,,", "Grace Hill,Overview and Scrutiny Committee,member,,2026-05-21,2026-12-31,,"));

        var runs = new[] { await CliRunner.RunAsync("setup", "import", shorter, "--db", path), await CliRunner.RunAsync("setup", "import", longer, "--db", path) };

        Assert.All(runs, r => Assert.Equal((0, ""), (r.ExitCode, r.Stderr)));
        Assert.Equal("1 Isla James,2 Harry Irwin", ConservativeReserves(path));
        Assert.Equal("1", SqliteSnapshot.Scalar(path, "SELECT COUNT(*) FROM ReserveListEntries WHERE Deleted IS NOT NULL"));

        var run = await CliRunner.RunAsync("setup", "import", ended, "--db", path);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal("1 Harry Irwin,2 Isla James", ConservativeReserves(path));
        Assert.Equal("2026-12-31", SqliteSnapshot.Scalar(path, "SELECT m.\"To\" FROM Memberships m JOIN People p ON p.Id = m.PersonId JOIN Committees c ON c.Id = m.CommitteeId WHERE p.FamilyName = 'Hill' AND c.Name LIKE 'Overview%'"));
        Assert.Equal("19", SqliteSnapshot.Scalar(path, "SELECT COUNT(*) FROM Memberships"));
    }

    private static string ConservativeReserves(string path) => SqliteSnapshot.Scalar(path, """
        SELECT group_concat(e.Position || ' ' || p.GivenName || ' ' || p.FamilyName, ',') FROM (SELECT * FROM ReserveListEntries WHERE Deleted IS NULL ORDER BY Position) e
        JOIN People p ON p.Id = e.PersonId JOIN ReserveLists l ON l.Id = e.ReserveListId JOIN PartyGroups g ON g.Id = l.PartyGroupId WHERE g.Name = 'Conservative'
        """);

    public static TheoryData<string, string, string, string> BadFolders => new()
    {
        {
            "a missing column", "people.csv", "title,given name,family name,councillor|title,given name,councillor",
            "people.csv, row 1, column family name: missing column: the header row must name given name, family name, councillor"
        },
        {
            "a membership ending before it starts", "memberships.csv", "Grace Hill,Overview and Scrutiny Committee,member,,2026-05-21,,,|Grace Hill,Overview and Scrutiny Committee,member,,2026-05-21,2026-05-20,,",
            "memberships.csv, row 18, column end: the membership ends (2026-05-20) before it starts (2026-05-21)"
        },
        {
            "a second chair", "memberships.csv", "Emma Fox,Overview and Scrutiny Committee,vice-chair|Emma Fox,Overview and Scrutiny Committee,chair",
            "memberships.csv, row 16, column role: a second chair of Overview and Scrutiny Committee at the same time: Frank Green is chair from 2026-05-21 (row 15)"
        },
        {
            "a reserve from another group", "reserves.csv", "Labour,1,Priya Patel|Labour,1,Grace Hill",
            "reserves.csv, row 2, column person: Grace Hill is not in the Labour group (their group is Conservative), so cannot be one of its reserves"
        },
        {
            "an unknown person", "memberships.csv", "Daniel Evans,Overview|Dan Evens,Overview",
            "memberships.csv, row 17, column person: unknown person 'Dan Evens': they are neither in people.csv nor in the database"
        },
        {
            "an unknown body", "memberships.csv", "Ann Ashworth,Cabinet,chair|Ann Ashworth,The Cabinet,chair",
            "memberships.csv, row 12, column body: unknown body 'The Cabinet': it is neither in bodies.csv nor in the database"
        },
        {
            "an unknown group", "people.csv", ",Frank,Green,yes,Conservative|,Frank,Green,yes,Tory",
            "people.csv, row 8, column group: unknown group 'Tory': it is neither in groups.csv nor in the database"
        },
        {
            "a bad date", "memberships.csv", "Frank Green,Overview and Scrutiny Committee,chair,,2026-05-21|Frank Green,Overview and Scrutiny Committee,chair,,31/05/26",
            "memberships.csv, row 15, column start: '31/05/26' is not a date: write it as 2026-05-21 or 21/05/2026"
        },
        {
            "a co-optee without a voting right", "memberships.csv", "co-optee,none,|co-optee,,",
            "memberships.csv, row 20, column voting: say whether the co-optee votes: full, education (on education items only) or none"
        },
    };

    [Theory]
    [MemberData(nameof(BadFolders))]
    public async Task A_folder_with_a_mistake_is_refused_row_and_column_named_and_nothing_is_written(string mistake, string file, string replace, string error)
    {
        var path = await SetupFolders.InitAsync();
        var (from, to) = (replace.Split('|')[0], replace.Split('|')[1]);
        var folder = SetupFolders.CopyOfExample(file, text =>
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"{file} should contain '{from}' to show {mistake}");
            return text.Replace(from, to, StringComparison.Ordinal);
        });
        var before = await SqliteSnapshot.TakeAsync(path);

        var run = await CliRunner.RunAsync("setup", "import", folder, "--db", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"error: {error}", $"Nothing was written: 1 problem in {folder}."], run.Stderr.Trim().Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.Equal("", run.Stdout);
        Assert.Equal(before, await SqliteSnapshot.TakeAsync(path));
    }

    [Fact]
    public async Task Setup_import_without_a_council_says_to_run_init_first()
    {
        var path = TestDatabases.NewSqlitePath();
        Assert.Equal(0, (await CliRunner.RunAsync("migrate", "--db", path)).ExitCode);

        var run = await CliRunner.RunAsync("setup", "import", SetupFolders.Example, "--db", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: The SQLite file '{path}' holds no council: create it with 'quorum init --council NAME' first.", run.Stderr.Trim());
        Assert.Equal("0", SqliteSnapshot.Scalar(path, "SELECT COUNT(*) FROM People"));
    }
}
