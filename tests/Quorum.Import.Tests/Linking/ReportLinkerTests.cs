using Quorum.Import.Linking;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;

namespace Quorum.Import.Tests.Linking;

public class ReportLinkerTests
{
    private static ExtractedPack Pack(params string[] subjects)
    {
        var pack = new ExtractedPack();
        pack.Agenda.Add(new AgendaEntry { Number = "3", Title = "Minutes", Pages = [1, 4] });
        pack.Agenda.Add(new AgendaEntry { Number = "4", Title = "Budget Monitoring Q2", Pages = [5, 10] });
        pack.Agenda.Add(new AgendaEntry { Number = "5", Title = "School Reports - Attendance and Psychology Service", Pages = [11, 30] });
        pack.Agenda.Add(new AgendaEntry { Number = "6", Title = "Fostering Strategy 2025-2030", Pages = [31, 50] });
        foreach (var subject in subjects)
        {
            pack.Reports.Add(new ReportEntry { Subject = subject });
        }
        return pack;
    }

    [Fact]
    public void Reports_are_linked_by_title_and_order_and_two_reports_can_share_an_item()
    {
        var pack = Pack("Budget Monitoring", "INFORMATION REPORT School Attendance", "Psychology Service Summary", "Fostering Strategy");
        ReportLinker.Link(pack, new ExtractionContext());

        Assert.Equal(["4", "5", "5", "6"], pack.Reports.Select(r => r.AgendaItem));
        Assert.Equal([5, 10], pack.Reports[0].Pages!);
        Assert.Null(pack.Reports[1].Pages);
    }

    [Fact]
    public void A_stamp_decides_the_item_even_when_the_title_differs()
    {
        var pack = Pack("Something else entirely");
        pack.Reports[0].StampedItem = "6";
        pack.Reports[0].AgendaItem = "6";
        ReportLinker.Link(pack, new ExtractionContext());

        Assert.Equal("6", pack.Reports[0].AgendaItem);
    }

    [Fact]
    public void A_seat_the_minutes_list_as_non_voting_co_opted_becomes_so()
    {
        var pack = new ExtractedPack();
        pack.Members.Add(new MemberEntry { Role = MemberRoles.Representative, Organisation = "Youth Parliament" });
        var context = new ExtractionContext();
        context.NonVotingCoOptees.Add("Youth Parliament Representative");
        ReportLinker.Link(pack, context);

        Assert.Equal(MemberRoles.CoOptedNonVoting, pack.Members[0].Role);
    }
}
