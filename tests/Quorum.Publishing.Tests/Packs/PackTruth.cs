using Quorum.Domain.Meetings;
using Quorum.Import.Model;
using Quorum.Publishing.Packs;

namespace Quorum.Publishing.Tests.Packs;

/// <summary>
/// What a perfect importer should read from a compiled public pack, written from the data that produced it in
/// the ground-truth shape of <c>samples/groundtruth/README.md</c> (e.g. a group only where the pack prints one).
/// </summary>
internal static class PackTruth
{
    public static ExtractedPack For(AgendaPack pack, CompiledPack compiled)
    {
        var truth = new ExtractedPack
        {
            Source = "generated.pdf",
            Meeting = new MeetingDetails
            {
                Committee = pack.Committee,
                Date = pack.Date,
                Time = pack.Time,
                Venue = pack.Venue,
                Quorum = pack.Quorum,
                AgendaPublished = pack.PublishedOn,
                PublicQuestionDeadline = pack.PublicQuestionDeadline,
            },
            Contact = new ContactDetails { Name = pack.Contact.Name, Title = pack.Contact.Title, Phone = pack.Contact.Phone, Email = pack.Contact.Email },
        };
        foreach (var member in pack.Members)
        {
            truth.Members.Add(member.Seat switch
            {
                PackSeat.Chair => new MemberEntry { Name = member.Name, Title = "Councillor", Role = MemberRoles.Chair },
                PackSeat.ViceChair => new MemberEntry { Name = member.Name, Title = "Councillor", Role = MemberRoles.ViceChair, Group = member.Group },
                PackSeat.Member => new MemberEntry { Name = member.Name, Title = "Councillor", Role = MemberRoles.Member, Group = member.Group },
                PackSeat.CoOpted => new MemberEntry { Name = member.Name, Title = member.Title, Role = MemberRoles.CoOptedVoting, Organisation = member.Organisation },
                _ => new MemberEntry { Name = member.Name, Title = member.Title, Role = MemberRoles.Advisory },
            });
        }
        foreach (var list in pack.Reserves)
        {
            for (var i = 0; i < list.Names.Count; i++)
            {
                truth.Members.Add(new MemberEntry { Name = list.Names[i], Role = MemberRoles.Reserve, Group = list.Group, Order = i + 1 });
            }
        }
        var ranges = compiled.Contents.ToDictionary(c => c.ItemNumber, c => c.Pages);
        foreach (var item in pack.Items)
        {
            var pages = ranges.TryGetValue(item.Number, out var range) ? new[] { range.First, range.Last } : null;
            truth.Agenda.Add(new AgendaEntry
            {
                Number = item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = item.Title,
                Part = item.Part == AgendaPart.PartI ? "I" : "II",
                Pages = pages,
                ToFollow = item.ToFollow,
                ReportOf = item.ReportOf,
            });
            if (pages is null || item.Report is not { } report)
            {
                continue;
            }
            var entry = new ReportEntry
            {
                AgendaItem = truth.Agenda[^1].Number,
                ReportFor = report.ReportFor,
                Pages = pages,
                Subject = report.Subject,
                MeetingDate = report.DateOfMeeting,
                ResponsibleOfficer = report.ResponsibleOfficer,
                ScrutinyLeadMember = report.ScrutinyLeadMember is null ? null : [report.ScrutinyLeadMember],
                PortfolioHolder = report.PortfolioHolder,
                Exempt = report.ExemptionParagraph is not null,
                WardsAffected = report.WardsAffected,
                KeyDecision = report.KeyDecision,
                DecisionSubjectToCallIn = report.DecisionSubjectToCallIn,
                Clearance = report.Clearances.Select(c => new Clearance { Role = PackHtml.RoleName(c.Role), Name = c.Name, Date = c.Date, OnBehalf = c.OnBehalf }).ToList(),
                WardCouncillorsNotified = report.WardCouncillorsNotified,
                Contact = report.Contact,
            };
            entry.Enclosures.AddRange(report.Enclosures.Where(e => e.ExemptionParagraph is null).Select(e => e.Title));
            truth.Reports.Add(entry);
        }
        return truth;
    }
}
