using NodaTime;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;

namespace Quorum.TestSupport;

/// <summary>
/// A report: cover sheet, text, clearances and enclosures. It is published (submitted, cleared, published) once
/// configured unless <see cref="Draft"/> is called, and exempt under its item's Schedule 12A paragraph, if any.
/// </summary>
public sealed class ReportBuilder
{
    /// <summary>The SHA-256 given to enclosures whose file a test does not store.</summary>
    public static readonly string UnstoredSha256 = new('a', 64);

    private bool draft;

    private ReportBuilder(Report report)
    {
        Report = report;
    }

    public Report Report { get; }

    internal static Report Make(Guid councilId, AgendaItem? item, string subject, Action<ReportBuilder>? configure)
    {
        var meeting = item?.Meeting;
        var builder = new ReportBuilder(new Report
        {
            CouncilId = councilId,
            AgendaItemId = item?.Id,
            ReportFor = meeting?.Committee?.Name ?? "",
            DateOfMeeting = meeting?.Date ?? default,
            Subject = subject,
            ResponsibleOfficer = "Corporate Director, Resources",
            Recommendations = "That the report be noted.",
            ExemptionParagraph = item?.ExemptionParagraph,
        });
        configure?.Invoke(builder);
        var report = builder.Report;
        if (report.ReportFor.Length == 0 || report.DateOfMeeting == default)
        {
            throw new InvalidOperationException($"Report '{subject}': say whom and when it is for with {nameof(For)}(…).");
        }
        if (!builder.draft)
        {
            report.Submit();
            report.Clear();
            report.Publish();
        }
        return report;
    }

    /// <summary>The body and meeting date on the cover sheet ("Report for: Cabinet, Date of Meeting: …").</summary>
    public ReportBuilder For(string reportFor, LocalDate dateOfMeeting)
    {
        (Report.ReportFor, Report.DateOfMeeting) = (reportFor, dateOfMeeting);
        return this;
    }

    public ReportBuilder Officer(string responsibleOfficer)
    {
        Report.ResponsibleOfficer = responsibleOfficer;
        return this;
    }

    public ReportBuilder Summary(string summary)
    {
        Report.Summary = summary;
        return this;
    }

    public ReportBuilder Recommendations(string recommendations)
    {
        Report.Recommendations = recommendations;
        return this;
    }

    public ReportBuilder Body(string body)
    {
        Report.Body = body;
        return this;
    }

    public ReportBuilder Exempt(int paragraph)
    {
        Report.ExemptionParagraph = new Schedule12AParagraph(paragraph);
        return this;
    }

    public ReportBuilder KeyDecision()
    {
        Report.KeyDecision = true;
        return this;
    }

    public ReportBuilder Clearance(ClearanceRole role, string name, LocalDate? on, string? onBehalfOf = null)
    {
        Report.AddClearance(role, name, on, onBehalfOf);
        return this;
    }

    /// <summary>An enclosure (appendix); exempt under <paramref name="exemptParagraph"/> if given.</summary>
    public ReportBuilder Enclosure(string title, string fileName, int pages = 1, string? sha256 = null, int? exemptParagraph = null, string? storagePath = null)
    {
        var enclosure = Report.AddEnclosure(title, fileName, pages, sha256 ?? UnstoredSha256);
        enclosure.ExemptionParagraph = exemptParagraph is { } paragraph ? new Schedule12AParagraph(paragraph) : null;
        enclosure.StoragePath = storagePath;
        return this;
    }

    /// <summary>Left as a draft: never submitted, cleared or published.</summary>
    public ReportBuilder Draft()
    {
        draft = true;
        return this;
    }

    public ReportBuilder Edit(Action<Report> edit)
    {
        edit(Report);
        return this;
    }
}
