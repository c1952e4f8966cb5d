using NodaTime;
using Quorum.Data;
using Quorum.Domain.Committees;
using Quorum.Domain.Outcomes;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Site;

/// <summary>
/// Two councils in one database, each served at its own host name (<c>Site:Hosts</c>) by one Kestrel: Harrow with
/// Harrow's procedure (questions by 15:00 three working days before, five working days' call-in) and Wendlow with the
/// statutory minimum (17:00 the working day before, three days' call-in). Both have an Overview and Scrutiny
/// Committee (the same address) meeting on the same dates, and a Cabinet.
/// </summary>
public class TwoCouncilsSite : SiteHost
{
    public const string HarrowHost = "harrow.example";
    public const string WendlowHost = "wendlow.example";

    /// <summary>The upcoming meeting both scrutiny committees hold: 17 October 2017.</summary>
    public static readonly LocalDate NextMeeting = new(2017, 10, 17);

    /// <summary>Words found only in Harrow's public record, and only in Wendlow's.</summary>
    public static readonly string[] HarrowOnly = ["London Borough of Harrow", "Macleod-Cullinane", "Community Safety Strategy", "Harrow Civic Centre"];

    public static readonly string[] WendlowOnly = ["Wendlow District Council", "Quillfeather", "Wendlow Guildhall", "Marshwick", "CANARY-WENDLOW-7c1e"];

    private const string Scrutiny = "Overview and Scrutiny Committee";

    public BuiltCouncil HarrowCouncil { get; private set; } = null!;

    public BuiltCouncil WendlowCouncil { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Site:Hosts:{HarrowHost}"] = "harrow",
        [$"Site:Hosts:{WendlowHost}"] = "wendlow",
    };

    protected override async Task CreateDatabaseAsync(DatabaseSettings settings)
    {
        await TestDatabases.MigrateAsync(settings, Clock);
        await using var db = QuorumDatabase.CreateContext(settings, Clock);
        HarrowCouncil = await Harrow().SaveAsync(db);
        WendlowCouncil = await TestCouncil.Named("Wendlow District Council", "wendlow")
            .WithYear(new LocalDate(2017, 5, 18), new LocalDate(2018, 5, 16))
            .MeetingsIn("Council Chamber, Wendlow Guildhall")
            .WithCouncillor("Ada Quillfeather", "Independent", "Abbey")
            .WithCouncillor("Tomas Reedbank", "Independent", "Abbey")
            .WithCouncillor("Nell Ashcombe", "Green", "Marshwick")
            .WithCommittee(Scrutiny, c => c
                .Slug("overview-and-scrutiny")
                .Purpose("Scrutinises the Marshwick flood defence programme.")
                .Chair("Ada Quillfeather")
                .Members("Tomas Reedbank", "Nell Ashcombe"))
            .WithCommittee("Cabinet", c => c.Purpose("Takes executive decisions for Wendlow.").Chair("Nell Ashcombe").Members("Tomas Reedbank"))
            .WithMeeting(Scrutiny, HeldOn, m => m
                .AgendaPublished(new LocalDate(2017, 9, 11))
                .MinutesPublished(new LocalDate(2017, 9, 28))
                .Held(new LocalTime(20, 30))
                .Item(1, "Marshwick Flood Defences", i => i
                    .ReportOf("Report of the Director of Place")
                    .Report("Marshwick Flood Defence Programme", r => r
                        .Officer("Hal Fenwright, Director of Place")
                        .Summary("Progress on the Marshwick flood defences. CANARY-WENDLOW-7c1e")
                        .Body("The Marshwick embankment is complete.")))
                .Present("Ada Quillfeather", "Tomas Reedbank", "Nell Ashcombe")
                .Minute(14, "Marshwick Flood Defences", n => n
                    .OnItem(1)
                    .Resolved(ResolutionKind.Noted, "The progress on the Marshwick flood defences. CANARY-WENDLOW-7c1e")))
            .WithMeeting(Scrutiny, NextMeeting)
            .SaveAsync(db);
        db.Add(CouncilProcedure.HarrowExample(HarrowCouncil.Council.Id, CouncilProcedure.FromTheStart));
        db.Add(CouncilProcedure.StatutoryMinimum(WendlowCouncil.Council.Id, CouncilProcedure.FromTheStart));
        await db.SaveChangesAsync();
    }

    /// <summary>A client of the public site as seen at one host name.</summary>
    public HttpClient ClientFor(string host)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Host = host;
        return client;
    }
}

/// <summary>The same two councils on PostgreSQL.</summary>
public sealed class PostgresTwoCouncilsSite : TwoCouncilsSite
{
    protected override DatabaseSettings CreateSettings() => DatabaseSettings.ForPostgres(TestDatabases.NewPostgresConnectionStringOrSkip());
}
