using NodaTime;
using Quorum.Data;
using Quorum.Domain.Rules;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Outcomes;

/// <summary>
/// A migrated database, on the provider a subclass chooses, holding a small council for recording meetings: an
/// Overview and Scrutiny Committee (quorum 4) of nine councillors in two groups, an education co-optee, a
/// non-voting youth representative, a reserve list per group, the July meeting whose minutes ran 224–227, the
/// meeting of 17 September 2024 to record, and the November meeting to come.
/// </summary>
public abstract class OutcomesDatabase : IAsyncLifetime
{
    protected const string Scrutiny = "Overview and Scrutiny Committee";

    protected static readonly LocalDate July = new(2024, 7, 9);

    protected static readonly LocalDate September = new(2024, 9, 17);

    protected static readonly LocalDate November = new(2024, 11, 12);

    private DatabaseSettings? settings;

    protected TestClock Clock { get; } = new(Instant.FromUtc(2024, 9, 18, 9, 0));

    protected BuiltCouncil Council { get; } = TestCouncil.Named("London Borough of Demoford")
        .WithYear(new LocalDate(2024, 5, 15), new LocalDate(2025, 5, 14))
        .WithCouncillors("Labour", "Priya Shah", "Tom Adams", "Ruth Baker", "Sam Clarke", "Alan Dunn")
        .WithCouncillors("Conservative", "Grace Evans", "Henry Foster", "Mary Green", "Omar Hughes")
        .WithCouncillors("Labour", "Karen Lowe", "Ian Mills")
        .WithCouncillors("Conservative", "Nina Patel")
        .WithPerson("Jo Frost")
        .WithCommittee(Scrutiny, c => c
            .Slug("overview-and-scrutiny")
            .Quorum(4)
            .Chair("Priya Shah")
            .Members("Tom Adams", "Ruth Baker", "Sam Clarke", "Alan Dunn", "Grace Evans", "Henry Foster", "Mary Green", "Omar Hughes")
            .CoOptee("Mr Neville Ransley")
            .Adviser("Youth Representative")
            .Reserves("Labour", "Karen Lowe", "Ian Mills")
            .Reserves("Conservative", "Nina Patel")
            .SeatsEndWithTheYear())
        .WithMeeting(Scrutiny, July, m => m
            .Items("Attendance by Reserve Members", "Declarations of Interest", "Minutes", "Budget Monitoring")
            .Held(new LocalTime(21, 0))
            .MinuteEachItem(224))
        .WithMeeting(Scrutiny, September, m => m
            .Items("Attendance by Reserve Members", "Declarations of Interest", "Minutes", "Public Questions", "Library Strategy")
            .Item("School Places Planning", i => i.Education())
            .Item("Any Other Business")
            .Held(new LocalTime(21, 40)))
        .WithMeeting(Scrutiny, November, m => m.Items("Attendance by Reserve Members", "Declarations of Interest", "Corporate Plan"))
        .Build();

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected static ProcedureRulebook Rules => ProcedureRulebook.Harrow;

    protected abstract DatabaseSettings CreateSettings();

    public async ValueTask InitializeAsync()
    {
        settings = CreateSettings();
        await TestDatabases.MigrateAsync(settings, Clock, Cancel);
        await using var db = Open();
        await Council.SaveAsync(db, Cancel);
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected QuorumDbContext Open() => QuorumDatabase.CreateContext(settings ?? throw new InvalidOperationException("Not initialised."), Clock);
}
