using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Quorum.Application.Agendas;
using Quorum.Application.Outcomes;
using Quorum.Data;
using Quorum.Domain;
using Quorum.Domain.Committees;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Domain.People;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Import.Reading;
using Quorum.Publishing.Packs;
using Quorum.TestSupport;

namespace Quorum.Application.Tests.Outcomes;

/// <summary>
/// Minutes generated from meetings rebuilt out of a sample's ground truth, re-imported by the importer and scored
/// with the shared scorer (../shared/tools/score-import) against the same ground truth.
/// </summary>
public sealed class MinutesRoundTripTests : IAsyncLifetime
{
    private readonly TestClock clock = new();
    private readonly DatabaseSettings settings = DatabaseSettings.ForSqliteFile(TestDatabases.NewSqlitePath());

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await TestDatabases.MigrateAsync(settings, clock, Cancel);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("000_3e448eb3eb3f3234")]
    [InlineData("003_c501b68c03b2d938")]
    public async Task Generated_minutes_re_import_at_the_ground_truths_accuracy(string sample)
    {
        var truthPath = Path.Combine(RepoPaths.SamplesOrSkip(), "groundtruth", sample + ".json");
        var truth = JsonNode.Parse(await File.ReadAllTextAsync(truthPath, Cancel))!.AsObject();
        var minutesTruth = truth["minutes"]!.AsArray();

        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var built = new GroundTruthMeetings(truth);
        await built.SaveAsync(db, Cancel);
        var service = new MinutesService(db, ProcedureRulebookFor(built), Publications.Unheard);
        var text = new List<string>();
        foreach (var meeting in built.Meetings)
        {
            await built.RecordAsync(db, meeting, ProcedureRulebookFor(built), Cancel);
            text.Add((await service.DraftAsync(meeting.Meeting.Id, Cancel)).Text);
        }

        var pack = PackExtractor.Extract(PackReader.ReadText(new StringReader(string.Join("\n\n", text))), sample + "-minutes.txt");
        var accuracy = Score(new JsonObject { ["source"] = sample, ["minutes"] = minutesTruth.DeepClone() }, pack);

        Assert.True(accuracy >= 0.98, $"{sample}: minutes re-imported at {accuracy:0.000}, below 0.98");
    }

    [Theory]
    [InlineData("000_3e448eb3eb3f3234")]
    [InlineData("003_c501b68c03b2d938")]
    public async Task Generated_minutes_printed_as_PDF_read_back_with_every_paragraph_in_order(string sample)
    {
        var truthPath = Path.Combine(RepoPaths.SamplesOrSkip(), "groundtruth", sample + ".json");
        var truth = JsonNode.Parse(await File.ReadAllTextAsync(truthPath, Cancel))!.AsObject();

        await using var db = QuorumDatabase.CreateContext(settings, clock);
        var built = new GroundTruthMeetings(truth);
        await built.SaveAsync(db, Cancel);
        var service = new MinutesService(db, ProcedureRulebookFor(built), Publications.Unheard);
        var texts = new List<string>();
        foreach (var meeting in built.Meetings)
        {
            await built.RecordAsync(db, meeting, ProcedureRulebookFor(built), Cancel);
            texts.Add((await service.DraftAsync(meeting.Meeting.Id, Cancel)).Text);
        }
        await using var printer = await ChromiumPrinter.StartAsync();
        var pdf = await new MinutesPdf(_ => Task.FromResult(printer), new PackFolder(Path.GetTempPath())).PrintAsync(texts, sample + " minutes", Cancel);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            // Every page carries its number (Chromium draws the page's margin box, and so it reads, first).
            Assert.Matches($@"^\s*Page {i + 1}\n", pages[i]);
            pages[i] = System.Text.RegularExpressions.Regex.Replace(pages[i], @"^\s*Page \d+\n", "");
        }
        // Each meeting starts a page; every paragraph of the minutes is there, in order, whatever the line wrapping.
        Assert.Equal(texts.Count, pages.Count(p => p.Contains(" MINUTES", StringComparison.Ordinal) && p.TrimStart().StartsWith(built.Committee.Name.ToUpperInvariant(), StringComparison.Ordinal)));
        var printed = Words(string.Join(" ", pages));
        var at = 0;
        foreach (var paragraph in texts.SelectMany(t => t.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)).Select(Words).Where(p => p.Length > 0))
        {
            var found = printed.IndexOf(paragraph, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Not printed (or out of order): {paragraph}");
            at = found + paragraph.Length;
        }
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Quorum.Domain.Rules.ProcedureRulebook ProcedureRulebookFor(GroundTruthMeetings built)
        => new([new(new LocalDate(1974, 1, 1), Quorum.Domain.Rules.ProcedureSettings.Harrow)], [new(built.Committee.Name, new LocalDate(1974, 1, 1), new() { Quorum = built.Committee.Quorum })]);

    private static double Score(JsonObject truth, ExtractedPack pack)
    {
        var predicted = JsonNode.Parse(PackJson.Serialize(pack))!.AsObject();
        var minutesOnly = new JsonObject { ["minutes"] = predicted["minutes"]?.DeepClone() };
        var dir = Path.Combine(Path.GetTempPath(), "quorum-roundtrip-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var truthFile = Path.Combine(dir, "truth.json");
        var predictedFile = Path.Combine(dir, "predicted.json");
        File.WriteAllText(truthFile, truth.ToJsonString());
        File.WriteAllText(predictedFile, minutesOnly.ToJsonString());
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.SamplesOrSkip(), "..", "tools", "score-import"));
        start.ArgumentList.Add(truthFile);
        start.ArgumentList.Add(predictedFile);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start; test.sh installs it.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("import accuracy:", last);
        return double.Parse(last.Split(' ')[2], CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// Stored records rebuilt from a ground truth's minutes: the body, a person for every name, seats by the roles the
/// pack prints, reserve lists that put each reserve at their printed category, and each meeting's attendance,
/// items and decisions, recorded through the <see cref="MeetingRecorder"/> like a clerk would.
/// </summary>
internal sealed class GroundTruthMeetings
{
    private readonly JsonObject truth;
    private readonly Council council = new() { Name = "London Borough of Harrow", Slug = new Slug("harrow") };
    private readonly Dictionary<string, Person> people = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Entity> records = [];

    public GroundTruthMeetings(JsonObject truth)
    {
        this.truth = truth;
        var first = truth["minutes"]!.AsArray()[0]!;
        var name = (string)first["committee"]!;
        Committee = new Committee { CouncilId = council.Id, Name = name, Slug = new Slug("body"), BodyType = BodyType.Committee, Quorum = (int?)truth["meeting"]?["quorum"] ?? 3 };
        var group = new PartyGroup { CouncilId = council.Id, Name = "Group", Slug = new Slug("group") };
        records.Add(group);
        foreach (var m in truth["minutes"]!.AsArray())
        {
            Meetings.Add(new Built(m!.AsObject(), group, this));
        }
    }

    public Committee Committee { get; }

    public List<Built> Meetings { get; } = [];

    public async Task SaveAsync(QuorumDbContext db, CancellationToken cancellationToken)
    {
        db.Add(council);
        db.Add(Committee);
        db.AddRange(people.Values);
        db.AddRange(records);
        db.AddRange(Meetings.Select(m => m.Meeting));
        // The body's earlier minutes, so that generated numbering starts where the ground truth's does.
        var firstNumber = Meetings[0].Items[0].Number;
        if (firstNumber > 1)
        {
            var earlier = new Meeting { CommitteeId = Committee.Id, Date = Meetings[0].Meeting.Date.PlusDays(-14), StartTime = new LocalTime(19, 30) };
            earlier.SetPlace("Civic Centre", null);
            var item = new AgendaItem { MeetingId = earlier.Id, Number = 1, Title = "Earlier business" };
            earlier.AgendaItems.Add(item);
            db.Add(earlier);
            db.Add(new Minute { MeetingId = earlier.Id, CommitteeId = Committee.Id, AgendaItemId = item.Id, Number = new MinuteNumber(firstNumber - 1), Title = item.Title });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordAsync(QuorumDbContext db, Built built, Quorum.Domain.Rules.ProcedureRulebook rulebook, CancellationToken cancellationToken)
    {
        var recorder = new MeetingRecorder(db, rulebook);
        var id = built.Meeting.Id;
        foreach (var (name, mark) in built.Marks)
        {
            await recorder.RecordAttendanceAsync(id, people[name].Id, mark, cancellationToken: cancellationToken);
        }
        foreach (var (ordinary, reserve) in built.Reserves)
        {
            await recorder.RecordReserveAsync(id, people[reserve].Id, people[ordinary].Id, cancellationToken: cancellationToken);
        }
        foreach (var (name, note) in built.InAttendance)
        {
            await recorder.RecordAttendanceAsync(id, people[name].Id, AttendanceMark.InAttendance, capacity: note, cancellationToken: cancellationToken);
        }
        for (var i = 0; i < built.Items.Count; i++)
        {
            var item = built.Items[i];
            foreach (var recommended in item.Recommended)
            {
                await recorder.ResolveAsync(id, i + 1, ResolutionKind.Recommend, recommended, null, MotionOutcome.WithoutVote, cancellationToken);
            }
            if (item.Resolutions.Count == 1)
            {
                await recorder.ResolveAsync(id, i + 1, ResolutionKind.Resolved, item.Resolutions[0], null, MotionOutcome.WithoutVote, cancellationToken);
            }
            else if (item.Resolutions.Count > 1)
            {
                // The ground truth keeps the printed separators ("…; and"); the record holds the parts without them.
                var parts = item.Resolutions.Select(p => p.TrimEnd().TrimEnd('.').Replace("; and", "", StringComparison.Ordinal).TrimEnd(';').TrimEnd()).ToList();
                await recorder.ResolveAsync(id, i + 1, ResolutionKind.Resolved, "That", parts, MotionOutcome.WithoutVote, cancellationToken);
            }
        }
    }

    private Person PersonNamed(string name, string? title, bool councillor)
    {
        if (people.TryGetValue(name, out var known))
        {
            return known;
        }
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var person = new Person
        {
            CouncilId = council.Id,
            Title = councillor ? null : title,
            GivenName = string.Join(' ', words[..^1]),
            FamilyName = words[^1],
            Slug = new Slug("p-" + people.Count.ToString(CultureInfo.InvariantCulture)),
            IsCouncillor = councillor,
        };
        people[name] = person;
        return person;
    }

    private JsonObject? MemberEntry(string name)
        => truth["members"]?.AsArray().Select(m => m!.AsObject()).FirstOrDefault(m => string.Equals((string?)m["name"], name, StringComparison.OrdinalIgnoreCase)
            || (m["name"] is null && name.StartsWith((string?)m["organisation"] ?? "\u0000", StringComparison.OrdinalIgnoreCase)));

    private static readonly LocalTimePattern ClockTime = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    internal sealed record ItemTruth(int Number, string Title, List<string> Resolutions, List<string> Recommended);

    internal sealed class Built
    {
        public Built(JsonObject m, PartyGroup group, GroundTruthMeetings all)
        {
            static List<string> Names(JsonNode? node) => node is JsonArray a ? [.. a.Select(n => (string)n!)] : [];
            var date = LocalDatePattern.Iso.Parse((string)m["date"]!).Value;
            var start = ClockTime.Parse((string?)m["start"] ?? "19:30").Value;
            Meeting = new Meeting { CommitteeId = all.Committee.Id, Date = date, StartTime = start, IsSpecial = (string?)m["meetingType"] == "special" };
            Meeting.SetPlace("Civic Centre", null);
            if ((string?)m["close"] is { } close)
            {
                Meeting.MarkHeld(ClockTime.Parse(close).Value);
            }
            var signed = (string?)m["signed"] ?? "";
            foreach (var item in m["items"]!.AsArray().Select(i => i!.AsObject()))
            {
                var ti = new ItemTruth((int)item["number"]!, (string)item["title"]!, Names(item["resolutions"]), Names(item["recommended"]));
                Items.Add(ti);
                Meeting.AgendaItems.Add(new AgendaItem { MeetingId = Meeting.Id, Number = Items.Count, Title = ti.Title });
            }

            var reserves = m["reserveAttendance"] is JsonArray ra ? ra.Select(r => r!.AsObject()).ToList() : [];
            var reserveNames = reserves.Select(r => (string)r["reserveMember"]!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            void Seat(string name, AttendanceMark? mark)
            {
                var entry = all.MemberEntry(name);
                var role = (string?)entry?["role"];
                var councillor = role is null or "chair" or "vice-chair" or "member" or "reserve" || (string?)entry?["title"] == "Councillor";
                var person = all.PersonNamed(name, (string?)entry?["title"], councillor);
                person.PartyGroupId = group.Id;
                var seatRole = signed.Contains(name, StringComparison.OrdinalIgnoreCase) ? MembershipRole.Chair
                    : role switch
                    {
                        "co-opted-voting" => MembershipRole.CoOpted,
                        "co-opted-non-voting" or "advisory" or "representative" => MembershipRole.Advisory,
                        _ => MembershipRole.Member,
                    };
                var right = seatRole == MembershipRole.Advisory ? VotingRight.None : seatRole == MembershipRole.CoOpted ? VotingRight.EducationItemsOnly : VotingRight.Full;
                if (!all.Committee.Memberships.Any(s => s.PersonId == person.Id))
                {
                    all.Committee.Memberships.Add(new Membership { CommitteeId = all.Committee.Id, PersonId = person.Id, Role = seatRole, VotingRight = right, From = new LocalDate(2010, 1, 1) });
                }
                if (mark is { } given)
                {
                    Marks.Add((name, given));
                }
            }
            foreach (var name in Names(m["present"]).Where(n => !reserveNames.Contains(n)))
            {
                Seat(name, AttendanceMark.Present);
            }
            foreach (var name in Names(m["apologies"]))
            {
                Seat(name, AttendanceMark.Apologies);
            }
            foreach (var name in Names(m["absent"]))
            {
                Seat(name, AttendanceMark.Absent);
            }
            foreach (var r in reserves)
            {
                var ordinary = (string)r["ordinaryMember"]!;
                var reserve = (string)r["reserveMember"]!;
                Seat(ordinary, null);
                all.PersonNamed(reserve, null, councillor: true).PartyGroupId = group.Id;
                Reserves.Add((ordinary, reserve));
                // A reserve list for the year that puts the reserve at their printed category.
                var year = new MunicipalYear(all.council.Id, date.PlusDays(-30), date.PlusDays(30));
                var list = new ReserveList { CommitteeId = all.Committee.Id, PartyGroupId = group.Id, MunicipalYearId = year.Id };
                var category = int.Parse((string?)r["reserveCategory"] ?? "1", CultureInfo.InvariantCulture);
                for (var n = 1; n < category; n++)
                {
                    list.Add(all.PersonNamed($"Listed Reserve{n} {date:uuuuMMdd}", null, true).Id);
                }
                list.Add(all.people[reserve].Id);
                all.records.Add(year);
                all.records.Add(list);
            }
            foreach (var name in Names(m["inAttendance"]))
            {
                all.PersonNamed(name, null, councillor: true);
                InAttendance.Add((name, null));
            }
        }

        public Meeting Meeting { get; }

        public List<ItemTruth> Items { get; } = [];

        public List<(string Name, AttendanceMark Mark)> Marks { get; } = [];

        public List<(string Ordinary, string Reserve)> Reserves { get; } = [];

        public List<(string Name, string? Note)> InAttendance { get; } = [];
    }
}
