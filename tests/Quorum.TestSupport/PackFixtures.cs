using System.Globalization;
using System.Text;
using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Publishing.Packs;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Quorum.TestSupport;

/// <summary>Meetings written for the tests in the shape of a Harrow scrutiny agenda, with generated enclosure PDFs.</summary>
public static class PackFixtures
{
    /// <summary>Text only the Part II papers carry; it must never appear in a public pack.</summary>
    public const string PartIICanary = "ZEPHYRCANARY contract value of £4.2m";

    private static readonly string[] Words =
    [
        "council", "residents", "budget", "services", "review", "housing", "scrutiny", "performance", "borough",
        "schools", "transport", "planning", "consultation", "savings", "investment", "children", "social", "care",
        "delivery", "partners", "strategy", "outcomes", "quarter", "targets", "libraries", "parks", "waste",
        "recycling", "procurement", "contract", "officers", "members", "committee", "improvement", "community",
    ];

    public static AgendaPack Meeting(string directory, int reports = 3, int paragraphsPerReport = 10, int enclosurePages = 3, int enclosuresPerReport = 1)
    {
        var date = new LocalDate(2026, 3, 17);
        var items = new List<PackItem>
        {
            new() { Number = 1, Title = "Attendance by Reserve Members", Description = "To note the attendance at this meeting of any duly appointed Reserve Members." },
            new() { Number = 2, Title = "Declarations of Interest", Description = "To receive declarations of disclosable pecuniary or non pecuniary interests, arising from business to be transacted at this meeting." },
            new() { Number = 3, Title = "Minutes", ToFollow = true, Description = "That the minutes of the meeting held on 10 February 2026 be taken as read and signed as a correct record." },
            new() { Number = 4, Title = "Public Questions", Description = "To receive any public questions received in accordance with Committee Procedure Rule 17." },
            new() { Number = 5, Title = "Petitions", Description = "To receive petitions (if any) submitted by members of the public or Councillors." },
            new() { Number = 6, Title = "Deputations", Description = "To receive deputations (if any)." },
            new() { Number = 7, Title = "References from Council and other Committees/Panels", Description = "(if any)" },
        };
        var subjects = new[]
        {
            "Housing Repairs Performance", "Libraries Strategy Refresh", "Children's Services Improvement Plan",
            "Waste and Recycling Contract", "Quarterly Budget Monitoring", "Parks and Open Spaces Review",
            "School Places Planning", "Transport Infrastructure Programme", "Adult Social Care Charging", "Community Safety Plan",
        };
        var number = 8;
        for (var r = 0; r < reports; r++)
        {
            var subject = subjects[r % subjects.Length] + (r >= subjects.Length ? $" {r / subjects.Length + 1}" : "");
            var enclosures = Enumerable.Range(1, enclosuresPerReport)
                .Select(e => new PackEnclosure($"Appendix {e}: {subject} data {e}", EnclosurePdf(directory, $"{subject} appendix {e}", enclosurePages)))
                .ToList();
            items.Add(new PackItem
            {
                Number = number,
                Title = subject,
                ReportOf = "Corporate Director, People",
                Report = Report(subject, date, paragraphsPerReport, r, enclosures),
            });
            number++;
        }
        items.Add(new PackItem
        {
            Number = number++,
            Title = "Scrutiny Review of Highways Maintenance",
            ToFollow = true,
            ReportOf = "Chair of the Review Group",
            Report = Report("Scrutiny Review of Highways Maintenance", date, 4, 99, []),
        });
        items.Add(new PackItem { Number = number++, Title = "Any Other Urgent Business", Description = "Which cannot otherwise be dealt with." });
        items.Add(new PackItem { Number = number++, Title = "Exclusion of the Press and Public", Description = "To resolve that the press and public be excluded from the meeting for the following item of business, for the reason set out below." });
        var exempt = new PackItem
        {
            Number = number,
            Title = "Award of the Leisure Centres Contract",
            ReportOf = "Corporate Director, Resources",
            Report = Report("Award of the Leisure Centres Contract", date, 3, 7, [new PackEnclosure("Appendix A: Tender evaluation", EnclosurePdf(directory, "Tender evaluation " + PartIICanary, 2), new Schedule12AParagraph(3))])
                with
            { Body = PartIICanary + ". The preferred bidder and the price are set out in the confidential appendix." },
        };
        exempt = TakenInPrivate(exempt, new Schedule12AParagraph(3));
        items.Add(exempt);

        return new AgendaPack
        {
            Committee = "Overview and Scrutiny Committee",
            Date = date,
            Time = new LocalTime(19, 30),
            Venue = "Committee Rooms 1 & 2, Harrow Civic Centre",
            Quorum = 4,
            PublishedOn = new LocalDate(2026, 3, 9),
            PublicQuestionDeadline = new LocalDateTime(2026, 3, 12, 15, 0),
            Contact = new PackContact("Una Sullivan", "Democratic & Electoral Services Officer", "020 8424 1785", "una.sullivan@harrow.gov.uk"),
            Members =
            [
                new PackMember("Jerry Miles", PackSeat.Chair, "Labour"),
                new PackMember("Ghazanfar Ali", PackSeat.Member, "Labour"),
                new PackMember("Jeff Anderson", PackSeat.Member, "Labour"),
                new PackMember("Michael Borio", PackSeat.Member, "Labour"),
                new PackMember("Richard Almond", PackSeat.Member, "Conservative"),
                new PackMember("Kam Chana", PackSeat.Member, "Conservative"),
                new PackMember("Paul Osborn", PackSeat.ViceChair, "Conservative"),
            ],
            Reserves =
            [
                new PackReserveList("Labour", ["Adam Swersky", "Jo Dooley", "Antonio Weiss"]),
                new PackReserveList("Conservative", ["Susan Hall", "Stephen Wright"]),
            ],
            Items = items,
        };
    }

    /// <summary>An agenda item moved into Part II, as the fixture needs it (records are immutable).</summary>
    private static PackItem TakenInPrivate(PackItem item, Schedule12AParagraph paragraph) =>
        item with { Part = AgendaPart.PartII, ExemptionParagraph = paragraph };

    private static PackReport Report(string subject, LocalDate date, int paragraphs, int seed, IReadOnlyList<PackEnclosure> enclosures)
    {
        var random = new Random(seed);
        var body = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            body.Append(Sentence(random, 60 + random.Next(60))).Append("\n\n");
        }
        return new PackReport
        {
            ReportFor = "Overview and Scrutiny Committee",
            DateOfMeeting = date,
            Subject = subject,
            ResponsibleOfficer = "Paul Hewitt, Corporate Director, People",
            ScrutinyLeadMember = "Cllr Jerry Miles",
            WardsAffected = "All",
            Summary = $"This report sets out {subject.ToLowerInvariant()} for the committee's consideration. " + Sentence(random, 30),
            Recommendations = "The Committee is requested to note the report and comment on the proposals.",
            Body = body.ToString(),
            Clearances =
            [
                new PackClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", date.PlusDays(-20), true),
                new PackClearance(ClearanceRole.MonitoringOfficer, "Sarah Wilson", date.PlusDays(-19), true),
            ],
            WardCouncillorsNotified = "NO",
            Contact = "Paul Hewitt, Corporate Director, People, 020 8736 6978",
            BackgroundPapers = "None",
            Enclosures = enclosures,
        };
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = Words[random.Next(Words.Length)];
            text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            text.Append(w == words - 1 ? "." : w % 13 == 12 ? ", " : " ");
        }
        return text.ToString();
    }

    /// <summary>An uploaded appendix: a plain PDF of <paramref name="pages"/> pages, as a scanner or Word would make it.</summary>
    public static string EnclosurePdf(string directory, string title, int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(PackAssemblerFont));
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(title, 14, new PdfPoint(60, 760), font);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Appendix sheet {p} of {pages}"), 11, new PdfPoint(60, 730), font);
        }
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    public const string PackAssemblerFont = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";
}
