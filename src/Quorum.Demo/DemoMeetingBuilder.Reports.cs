using NodaTime;
using Quorum.Domain;
using Quorum.Domain.Meetings;
using Quorum.Domain.People;
using Quorum.Domain.Reports;

namespace Quorum.Demo;

internal sealed partial class DemoMeetingBuilder
{
    private (Person Person, string Post) OfficerFor(string reportOf) =>
        builder.Officers.FirstOrDefault(o => reportOf.Contains(o.Post, StringComparison.Ordinal)) is { Person: not null } match
            ? match
            : builder.Officers[reportOf.Length % 5];

    private Report WriteReport(Meeting meeting, DemoBody spec, BodyYear bodyYear, AgendaItem item, DemoSubject subject)
    {
        var (officer, post) = OfficerFor(subject.ReportOf);
        var key = spec.Style == BodyStyle.Cabinet && item.Title.StartsWith("Key Decision", StringComparison.Ordinal);
        var information = spec.Style is BodyStyle.Scrutiny or BodyStyle.CorporateParenting or BodyStyle.Audit or BodyStyle.Pension or BodyStyle.Partnership
            && !subject.Title.Contains("Strategy", StringComparison.Ordinal);
        var holder = bodyYear.Seats.Skip(1).FirstOrDefault(s => s.Position?.StartsWith("Portfolio Holder", StringComparison.Ordinal) == true);
        var leadMember = bodyYear.Seats.Where(s => s.Person!.IsCouncillor).Skip(2).FirstOrDefault();
        var report = new Report
        {
            Id = random.NextGuid(),
            CouncilId = builder.Borough.Id,
            AgendaItemId = item.Id,
            AgendaItem = item,
            ReportFor = spec.Name,
            DateOfMeeting = meeting.Date,
            Subject = subject.Title,
            KeyDecision = key,
            ResponsibleOfficer = $"{officer.FullName}, {post}",
            PortfolioHolder = spec.Style is BodyStyle.Cabinet or BodyStyle.CorporateParenting or BodyStyle.Advisory
                ? $"Councillor {(holder?.Person ?? bodyYear.Chair.Person!).FullName}, {holder?.Position ?? $"Portfolio Holder for {DemoPortfolios.Name(2)}"}"
                : null,
            ScrutinyLeadMember = spec.Style == BodyStyle.Scrutiny && leadMember is not null ? $"Councillor {leadMember.Person!.FullName}" : null,
            ExemptionParagraph = item.ExemptionParagraph,
            DecisionSubjectToCallIn = key,
            WardsAffected = spec.Style is BodyStyle.Planning or BodyStyle.LicensingHearing ? random.Pick(DemoNames.Wards)
                : information ? "None - This is an Information report" : "All",
            Summary = $"This report {subject.Summary}.",
            Recommendations = Recommendations(spec, subject, post, information),
            Body = ReportBody(spec, subject, information),
            ContactOfficer = $"{officer.FullName}, {post}, Tel: 020 8424 {random.Next(1000, 9999)}, E-mail: {officer.Email}",
            // Derived rather than drawn, so that adding them left the rest of the demo unchanged.
            BackgroundPapers = information ? "None" : $"{spec.Name} report of {meeting.Date.PlusMonths(-3):d MMMM uuuu} on the {subject.Title}; consultation responses held by the contact officer",
            WardCouncillorsNotified = spec.Style is BodyStyle.Planning or BodyStyle.LicensingHearing ? "YES" : "NO, as it impacts on all Wards",
        };
        AddEnclosures(report, meeting.Date, subject);
        var cleared = meeting.Date.PlusDays(-random.Next(10, 16));
        var cfo = random.Chance(0.6) ? ("Jo Frost", "the Chief Financial Officer") : ("Dawn Calvert", (string?)null);
        report.AddClearance(ClearanceRole.ChiefFinancialOfficer, cfo.Item1, cleared, cfo.Item2, random.NextGuid());
        if (!information || random.Chance(0.5))
        {
            var mo = random.Chance(0.7) ? ("Sarah Wilson", "the Monitoring Officer") : ("Hugh Peart", (string?)null);
            report.AddClearance(ClearanceRole.MonitoringOfficer, mo.Item1, cleared.PlusDays(1), mo.Item2, random.NextGuid());
        }
        if (spec.Style is BodyStyle.Cabinet or BodyStyle.CorporateParenting)
        {
            report.AddClearance(ClearanceRole.CorporateDirector, officer.FullName, cleared.PlusDays(2), null, random.NextGuid());
        }

        var progress = meeting.AgendaPublishedOn is not null ? 3 : random.Next(0, 3);
        if (progress >= 1)
        {
            report.Submit();
        }
        if (progress >= 2)
        {
            report.Clear();
        }
        if (progress >= 3)
        {
            report.Publish();
        }
        foreach (var record in report.Clearances.Cast<Entity>().Concat(report.Enclosures).Append(report))
        {
            Stamp(record, meeting.Date.PlusDays(-28));
        }
        council.Reports.Add(report);
        return report;
    }

    private void AddEnclosures(Report report, LocalDate date, DemoSubject subject)
    {
        var count = random.Next(0, 4);
        foreach (var title in random.Take(DemoText.AppendixTitles, count))
        {
            var number = report.Enclosures.Count + 1;
            var fileName = $"{date:uuuuMMdd}-{Slug.From(subject.Title).Value}-appendix-{number}.pdf";
            var enclosure = report.AddEnclosure($"Appendix {number} - {title}", fileName, random.Next(2, 26), random.FileHash(fileName), random.NextGuid());
            enclosure.StoragePath = $"demo/{date:uuuu}/{fileName}";
            if (title == "Financial Summary" && report.ExemptionParagraph is null && random.Chance(0.3))
            {
                enclosure.ExemptionParagraph = new Schedule12AParagraph(3);
                enclosure.Title += " (exempt)";
            }
        }
    }

    private static string Recommendations(DemoBody spec, DemoSubject subject, string post, bool information)
    {
        if (information)
        {
            return "That the report be noted.";
        }
        return spec.Style switch
        {
            BodyStyle.Cabinet => $"Cabinet is requested to:\n1. approve the {subject.Title};\n2. delegate authority to the {post}, following consultation with the Portfolio Holder, to finalise and implement the proposals.",
            BodyStyle.FullCouncil => $"That Council adopt the recommendations of Cabinet in respect of the {subject.Title}.",
            BodyStyle.Planning => "That planning permission be granted, subject to the conditions and informatives set out in Appendix 1 and the completion of a section 106 agreement.",
            BodyStyle.LicensingHearing => "That the Panel determine the application, having regard to the licensing objectives and the representations received.",
            BodyStyle.Advisory => "That the Panel recommend the proposals to the Portfolio Holder for approval.",
            _ => $"That the {subject.Title} be approved.",
        };
    }

    private string ReportBody(DemoBody spec, DemoSubject subject, bool information)
    {
        var points = random.Take(DemoText.DiscussionPoints, 2);
        return string.Join("\n\n",
        [
            "Section 1 – Summary and Recommendations",
            $"This report {subject.Summary}.",
            information ? "RECOMMENDATION: That the report be noted.\n\nReason for Recommendation: To keep Members informed." : "Reason: (For recommendations) To enable the Council to meet its statutory duties and deliver its priorities.",
            "Section 2 – Report",
            "Introduction",
            $"2.1 {DemoText.Sentence(subject.Summary)}. It has been prepared with the relevant services and partners and reflects the position at the end of the last quarter.",
            "Background",
            $"2.2 {points[0]}",
            $"2.3 {points[1]}",
            "Options considered",
            information ? "Not applicable as this is an information report." : "The alternative of taking no action was considered and rejected for the reasons set out above.",
            "Legal Implications",
            "The Council has the powers to take the action proposed. The Monitoring Officer has been consulted and has no further comments.",
            "Financial Implications",
            information ? "There are no direct financial implications arising from this report." : "The costs will be met from existing budgets and are reflected in the Medium Term Financial Strategy.",
            "Equalities implications / Public Sector Equality Duty",
            "Decision makers must have due regard to the public sector equality duty in section 149 of the Equality Act 2010. An equality impact assessment has been carried out and no adverse impact on any protected group has been identified.",
            "Risk Management Implications",
            "Risks included on corporate or directorate risk register? No\n\nSeparate risk register in place? No",
            "Council Priorities",
            spec.Style is BodyStyle.CorporateParenting or BodyStyle.Scrutiny ? "Supporting Those Most in Need" : "A council that puts residents first; a borough that is clean and safe.",
        ]);
    }
}
